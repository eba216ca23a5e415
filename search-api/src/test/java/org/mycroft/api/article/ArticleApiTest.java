package org.mycroft.api.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleApiTest extends WorkbenchApiTestSupport {

    @Test
    void everyArticleOfTheFourInstrumentsIsListedInTaxonomyOrderWithTitles() throws Exception {
        JsonNode body = get("/api/articles");
        assertThat(body.get("lang").asText()).isEqualTo("en");
        List<String> instruments = new ArrayList<>();
        body.get("instruments").forEach(i -> instruments.add(i.get("id").asText()));
        assertThat(instruments).containsExactly("UNTOC", "TIP", "SOM", "FP");
        JsonNode untoc = body.get("instruments").get(0);
        assertThat(untoc.get("articles")).hasSize(41);
        JsonNode five = untoc.get("articles").get(4);
        assertThat(five.get("id").asText()).isEqualTo("UNTOC-5");
        assertThat(five.get("number").asInt()).isEqualTo(5);
        assertThat(five.get("title").asText()).isEqualTo(taxonomy.article("UNTOC-5").orElseThrow().title("en"));
        assertThat(five.get("url").asText()).isEqualTo("/articles/UNTOC-5");
        assertThat(five.get("api_url").asText()).isEqualTo("/api/articles/UNTOC-5");
        // Titles in the request's language, from the taxonomy files.
        JsonNode fr = get("/api/articles?lang=fr&instrument=UNTOC");
        assertThat(fr.get("instruments")).hasSize(1);
        assertThat(fr.get("instruments").get(0).get("articles").get(4).get("title").asText())
                .isEqualTo(taxonomy.article("UNTOC-5").orElseThrow().title("fr"));
    }

    @Test
    void countsEqualTheSearchApiWithTheSameFilters() throws Exception {
        JsonNode body = get("/api/articles");
        int checked = 0;
        for (JsonNode instrument : body.get("instruments")) {
            for (JsonNode a : instrument.get("articles")) {
                String id = a.get("id").asText();
                long provisions = a.get("provision_count").asLong();
                long cases = a.get("case_count").asLong();
                if (provisions == 0 && cases == 0 && checked > 40) {
                    continue;
                }
                checked++;
                JsonNode legislation = search("doc_type=legislation&articles=" + id);
                assertThat(provisions).as("provisions of %s", id).isEqualTo(legislation.get("total").asLong());
                assertThat(a.get("state_count").asInt()).as("States of %s", id).isEqualTo(legislation.get("facets").get("country").size());
                assertThat(cases).as("cases of %s", id).isEqualTo(searchTotal("doc_type=case&articles=" + id));
            }
        }
        assertThat(checked).isGreaterThan(40);
    }

    @Test
    void paragraphTagsRollUpToTheirArticle() throws Exception {
        JsonNode untoc = get("/api/articles?instrument=UNTOC").get("instruments").get(0);
        JsonNode eighteen = untoc.get("articles").get(17);
        assertThat(eighteen.get("id").asText()).isEqualTo("UNTOC-18");
        // The Malta probe is tagged UNTOC-18.13 only, and still counts for UNTOC-18.
        JsonNode detail = get("/api/articles/UNTOC-18");
        assertThat(detail.get("provision_count").asLong()).isEqualTo(eighteen.get("provision_count").asLong());
        JsonNode malta = stateOf(detail, PROBE_COUNTRY);
        assertThat(malta).isNotNull();
        assertThat(malta.get("provisions").get(0).get("id").asText()).isEqualTo("probe-mlt-paragraph");
    }

    @Test
    void oneArticleGroupsItsProvisionsByStateNewestLawFirstAndListsItsCases() throws Exception {
        JsonNode detail = get("/api/articles/UNTOC-5");
        assertThat(detail.get("label").asText()).isEqualTo(taxonomy.label("articles", "UNTOC-5", "en"));
        assertThat(detail.get("instrument").asText()).isEqualTo("UNTOC");
        JsonNode overview = get("/api/articles?instrument=UNTOC").get("instruments").get(0).get("articles").get(4);
        assertThat(detail.get("provision_count").asLong()).isEqualTo(overview.get("provision_count").asLong()).isPositive();
        assertThat(detail.get("state_count").asInt()).isEqualTo(overview.get("state_count").asInt())
                .isEqualTo(detail.get("states").size());
        assertThat(detail.get("case_count").asLong()).isEqualTo(overview.get("case_count").asLong())
                .isEqualTo(detail.get("cases").size()).isPositive();
        long sum = 0;
        List<String> names = new ArrayList<>();
        for (JsonNode state : detail.get("states")) {
            String iso3 = state.get("country").asText();
            names.add(state.get("name").asText());
            long n = state.get("provision_count").asLong();
            sum += n;
            assertThat(n).as(iso3).isEqualTo(searchTotal("doc_type=legislation&articles=UNTOC-5&country=" + iso3));
            assertThat(state.get("provisions")).hasSize((int) Math.min(n, ArticleService.PROVISIONS_PER_STATE));
            List<Integer> years = new ArrayList<>();
            state.get("provisions").forEach(p -> years.add(p.get("year").asInt()));
            assertThat(years).as("newest law first in %s", iso3).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
            assertThat(state.get("compare_url").asText()).isEqualTo("/compare?article=UNTOC-5&country=" + iso3);
        }
        assertThat(sum).isEqualTo(detail.get("provision_count").asLong());
        assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(detail.get("compare_url").asText()).startsWith("/compare?article=UNTOC-5&country=");
        assertThat(detail.get("compare_by_region")).isNotEmpty();
        List<String> dates = new ArrayList<>();
        detail.get("cases").forEach(c -> dates.add(c.get("date").asText()));
        assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @ParameterizedTest
    @CsvSource({"/api/articles/UNTOC-99", "/api/articles/FOO", "/api/articles/UNTOC-18.13", "/api/articles/untoc-5"})
    void unknownArticlesAreA404WithAMessage(String path) throws Exception {
        JsonNode body = error(path, 404);
        assertThat(body.get("message").asText()).contains("No article");
    }

    @ParameterizedTest
    @CsvSource({"/api/articles?instrument=XYZ, instrument", "/api/articles?foo=1, foo", "/api/articles?lang=de, lang",
            "/api/articles/UNTOC-5?instrument=UNTOC, instrument", "/api/articles?lang=en&lang=fr, lang"})
    void badParametersAreA400NamingThem(String path, String parameter) throws Exception {
        assertThat(error(path, 400).get("parameter").asText()).isEqualTo(parameter);
    }

    static JsonNode stateOf(JsonNode detail, String iso3) {
        for (JsonNode s : detail.get("states")) {
            if (s.get("country").asText().equals(iso3)) {
                return s;
            }
        }
        return null;
    }
}
