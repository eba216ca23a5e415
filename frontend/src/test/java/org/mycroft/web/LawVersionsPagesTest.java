package org.mycroft.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Versions of a law over real HTTP: search, facets and the JSON see only the text in force unless
 * history=true; the superseded text has its page, marked "superseded on" with the amending act;
 * the provision's history lists both texts and shows an escaped word-level diff, HTML and JSON.
 */
class LawVersionsPagesTest extends PortalTestSupport implements WithLawHistory {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path, "Accept", "application/json");
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<String> ids(JsonNode search) {
        List<String> ids = new ArrayList<>();
        search.path("results").forEach(r -> ids.add(r.path("id").asText()));
        return ids;
    }

    private static long facetCount(JsonNode search, String facet, String value) {
        for (JsonNode v : search.path("facets").path(facet)) {
            if (v.path("value").asText().equals(value)) {
                return v.path("count").asLong();
            }
        }
        return 0;
    }

    @Test
    void searchAndFacetsSeeTheTextInForceUnlessHistoryIsAsked() throws Exception {
        // Legislation only: a case another test curates may share words with the fixture law.
        String word = LawHistoryFixture.WORD + "&doc_type=legislation";
        JsonNode inForce = json("/api/search?q=" + word);
        assertThat(ids(inForce)).containsExactly(LawHistoryFixture.AMENDED);
        assertThat(inForce.path("results").get(0).path("in_force").asBoolean()).isTrue();
        assertThat(facetCount(inForce, "country", LawHistoryFixture.COUNTRY)).isEqualTo(1);
        assertThat(json("/api/search?q=%22five+years%22&country=" + LawHistoryFixture.COUNTRY).path("total").asLong()).isZero();

        JsonNode history = json("/api/search?q=" + word + "&history=true");
        assertThat(ids(history)).containsExactlyInAnyOrder(LawHistoryFixture.AMENDED, LawHistoryFixture.AMENDED + "__v1");
        assertThat(facetCount(history, "country", LawHistoryFixture.COUNTRY)).isEqualTo(2);
        JsonNode old = history.path("results").findParents("id").stream()
                .filter(r -> r.path("id").asText().endsWith("__v1")).findFirst().orElseThrow();
        assertThat(old.path("in_force").asBoolean()).isFalse();
        assertThat(old.path("superseded_on").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(json("/api/search?q=Parliament+Minister&country=" + LawHistoryFixture.COUNTRY).path("total").asLong())
                .as("a repealed provision is out of the text in force").isZero();
        assertThat(ids(json("/api/search?q=Parliament+Minister&country=" + LawHistoryFixture.COUNTRY + "&history=true")))
                .containsExactly(LawHistoryFixture.REPEALED + "__v1");

        JsonNode country = json("/api/countries/" + LawHistoryFixture.COUNTRY);
        assertThat(country.path("law_count").asInt()).isEqualTo(1);
        assertThat(country.path("legislation_count").asLong()).as("the country page counts the two provisions in force").isEqualTo(2);
        assertThat(json("/api/coverage").findParents("country").stream()
                .filter(r -> r.path("country").asText().equals(LawHistoryFixture.COUNTRY))
                .mapToLong(r -> r.path("legislation_count").asLong()).sum()).as("coverage too").isEqualTo(2);

        HttpResponse<String> bad = get("/api/search?q=x&history=maybe", "Accept", "application/json");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).path("parameter").asText()).isEqualTo("history");

        Document page = page("/search?q=" + word + "&history=true");
        assertThat(page.select("#history").attr("checked")).isNotNull();
        assertThat(page.select("#history").hasAttr("checked")).isTrue();
        assertThat(page.select(".result .superseded")).hasSize(1);
        assertThat(page.select(".result .superseded").text()).startsWith("Superseded on");
        assertThat(page.select("a[href*=page=]")).allSatisfy(a -> assertThat(a.attr("href")).contains("history=true"));
        assertThat(page("/search?q=" + word).select(".result .superseded")).isEmpty();
    }

    @Test
    void theSupersededTextHasItsPageMarkedWithTheDateAndTheAmendingAct() throws Exception {
        Document current = page("/documents/" + LawHistoryFixture.AMENDED);
        assertThat(current.select("#version-note").text()).startsWith("In force: version 2");
        assertThat(current.select(".doc-text").text()).contains("ten years");
        String historyHref = current.select("#history-link").attr("href");
        assertThat(historyHref).isEqualTo("/documents/" + LawHistoryFixture.AMENDED + "/history");
        assertThat(current.select("#provision-history #versions tbody tr")).as("the page itself shows the history").hasSize(2);
        assertThat(current.select("#provision-history #diff del").eachText()).contains("five", "<b>");
        assertThat(current.select("#provision-history #diff ins").eachText()).contains("ten");
        assertThat(current.select("#provision-history #diff b")).isEmpty();

        Document old = page("/documents/" + LawHistoryFixture.AMENDED + "__v1");
        assertThat(old.select("#version-note").text()).startsWith("Superseded on 20").contains(LawHistoryFixture.AMENDING_ACT);
        assertThat(old.select(".doc-text").text()).contains("five years <b>imprisonment</b>");
        assertThat(old.select(".doc-text b")).as("document text stays escaped").isEmpty();
        assertThat(old.select("#current-link").attr("href")).isEqualTo("/documents/" + LawHistoryFixture.AMENDED);

        Document repealed = page("/documents/" + LawHistoryFixture.REPEALED + "__v1");
        assertThat(repealed.select("#version-note").text()).contains("no longer has this provision");
        assertThat(repealed.select("#current-link")).isEmpty();
        assertThat(get("/documents/" + LawHistoryFixture.REPEALED).statusCode()).isEqualTo(404);

        JsonNode oldJson = json("/api/documents/" + LawHistoryFixture.AMENDED + "__v1");
        assertThat(oldJson.path("in_force").asBoolean()).isFalse();
        assertThat(oldJson.path("amended_by").asText()).isEqualTo(LawHistoryFixture.AMENDING_ACT);
        assertThat(oldJson.path("version_of").asText()).isEqualTo(LawHistoryFixture.AMENDED);
        assertThat(json("/api/documents/" + LawHistoryFixture.AMENDED).path("in_force").asBoolean()).isTrue();
    }

    @Test
    void theHistoryListsEveryTextAndShowsAnEscapedWordDiffInHtmlAndJson() throws Exception {
        String path = "/documents/" + LawHistoryFixture.AMENDED + "/history";
        Document page = page(path);
        assertThat(page.select("#versions tbody tr")).hasSize(2);
        assertThat(page.select("#versions tr[data-version=1]").attr("data-in-force")).isEqualTo("false");
        assertThat(page.select("#versions tr[data-version=1] td").get(0).text()).startsWith("Superseded on 20");
        assertThat(page.select("#versions tr[data-version=1]").text()).contains(LawHistoryFixture.AMENDING_ACT);
        assertThat(page.select("#versions tr[data-version=2]").text()).contains("In force");
        assertThat(page.select("#diff del").eachText()).contains("five");
        assertThat(page.select("#diff ins").eachText()).contains("ten");
        assertThat(page.select("#diff del").text()).contains("<b>");
        assertThat(page.select("#diff b")).as("the old text's markup is text, not HTML").isEmpty();
        assertThat(page.select("link[rel=alternate][type=application/json]").attr("href"))
                .isEqualTo("/api" + path + "?from=1&to=2");

        JsonNode json = json("/api" + path);
        assertThat(json.path("unit_id").asText()).isEqualTo(LawHistoryFixture.AMENDED);
        assertThat(json.path("current").asInt()).isEqualTo(2);
        assertThat(json.path("versions")).hasSize(2);
        assertThat(json.path("versions").get(0).path("amended_by").asText()).isEqualTo(LawHistoryFixture.AMENDING_ACT);
        assertThat(json.path("versions").get(0).path("change").asText()).isEqualTo("changed");
        assertThat(json.path("versions").get(0).path("url").asText()).isEqualTo("/documents/" + LawHistoryFixture.AMENDED + "__v1");
        assertThat(json.path("comparison").path("segments").findValuesAsText("kind")).contains("EQUAL", "DELETE", "INSERT");
        assertThat(json("/api" + path + "?from=2&to=2").path("comparison").path("segments")).hasSize(1);
        assertThat(json("/api/documents/" + LawHistoryFixture.AMENDED + "__v1/history").path("unit_id").asText())
                .as("a version's id leads to its provision's history").isEqualTo(LawHistoryFixture.AMENDED);

        assertThat(json("/api/documents/" + LawHistoryFixture.REPEALED + "/history").path("current").isNull()).isTrue();
        HttpResponse<String> bad = get("/api" + path + "?from=9", "Accept", "application/json");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).path("parameter").asText()).isEqualTo("from");
        assertThat(get("/api" + path + "?bogus=1", "Accept", "application/json").statusCode()).isEqualTo(400);
        assertThat(get(path + "?to=x").statusCode()).isEqualTo(400);
        assertThat(get("/api/documents/no-such-law_section-1/history", "Accept", "application/json").statusCode()).isEqualTo(404);
        assertThat(get("/documents/no-such-law_section-1/history").statusCode()).isEqualTo(404);
    }
}
