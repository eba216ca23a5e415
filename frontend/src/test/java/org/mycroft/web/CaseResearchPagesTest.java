package org.mycroft.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mycroft.core.taxonomy.Taxonomy;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The statistics page against the faceted search, the export and feed links of the search page,
 * and the printed copy of a case and of a result list (issue #11).
 */
class CaseResearchPagesTest extends BrowserTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Taxonomy taxonomy;

    @Test
    void statisticsEqualTheFacetCountsOfTheCaseSearch() throws Exception {
        // "extradición" names a concept: the statistics count what the concept search finds, as the search does.
        for (String filter : List.of("", "legal_basis=UNTOC", "year_from=2020", "q=extradici%C3%B3n")) {
            JsonNode stats = json("/api/statistics?" + filter);
            JsonNode search = json("/api/search?size=1&doc_type=case&" + filter);
            assertThat(stats.get("total").asLong()).isEqualTo(search.get("total").asLong()).isPositive();
            int groups = 0;
            for (JsonNode group : stats.get("groups")) {
                String field = group.get("field").asText();
                assertThat(counts(group.get("values"))).as("%s with %s", field, filter)
                        .isEqualTo(counts(search.get("facets").get(field)));
                groups++;
            }
            assertThat(groups).isEqualTo(7);
        }
        // The page: one SVG chart and one table per breakdown, each row's link finds its count.
        Document page = page("/statistics");
        assertThat(Long.parseLong(page.getElementById("stats-total").attr("data-total")))
                .isEqualTo(json("/api/statistics").get("total").asLong());
        List<Element> tables = page.select("table.stat-table");
        assertThat(tables).hasSize(7);
        for (Element table : tables) {
            Element chart = table.parent().selectFirst("svg.stat-chart");
            assertThat(chart).isNotNull();
            assertThat(chart.select("rect.stat-bar")).hasSameSizeAs(table.select("tbody tr"));
            assertThat(chart.attr("role")).isEqualTo("img");
            if (List.of("cooperation_form", "legal_basis", "outcome").contains(table.attr("data-field"))) {
                for (Element row : table.select("tbody tr")) {
                    long count = Long.parseLong(row.selectFirst("td.num").text());
                    assertThat(total(page(row.selectFirst("a").attr("href")))).as(row.text()).isEqualTo(count);
                }
            }
        }
    }

    @Test
    void statisticsShowTheConventionRelianceTableOfTheSearchForTheSameFilter() throws Exception {
        for (String filter : List.of("", "year_from=2020", "cooperation_form=extradition")) {
            JsonNode stats = json("/api/statistics?" + filter).get("convention_reliance");
            JsonNode search = json("/api/search?size=1&doc_type=case&" + filter).get("convention_reliance");
            assertThat(stats).as(filter).isEqualTo(search);
            for (JsonNode row : stats) {
                String state = row.get("state").asText();
                assertThat(row.get("as_requesting").asLong()).as("%s requesting with %s", state, filter).isEqualTo(
                        json("/api/search?size=1&doc_type=case&legal_basis=UNTOC&requesting_state=" + state + "&" + filter).get("total").asLong());
                assertThat(row.get("as_requested").asLong()).as("%s requested with %s", state, filter).isEqualTo(
                        json("/api/search?size=1&doc_type=case&legal_basis=UNTOC&requested_state=" + state + "&" + filter).get("total").asLong());
            }
        }
        JsonNode all = json("/api/statistics").get("convention_reliance");
        assertThat(all.size()).isGreaterThanOrEqualTo(2);
        List<Element> rows = page("/statistics").select("table.reliance-table tbody tr");
        assertThat(rows).hasSize(all.size());
        for (int i = 0; i < rows.size(); i++) {
            Element row = rows.get(i);
            assertThat(row.attr("data-state")).isEqualTo(all.get(i).get("state").asText());
            assertThat(row.select("td").eachText()).containsExactly(all.get(i).get("as_requesting").asText(),
                    all.get(i).get("as_requested").asText());
        }
        assertThat(page("/statistics?lang=fr").select("#reliance-heading").text()).isNotBlank();
    }

    @Test
    void searchPageOffersExportsAndTheFeedWithItsFilters() throws Exception {
        Document page = page("/search?doc_type=case&legal_basis=UNTOC");
        long total = total(page);
        for (String kind : List.of("csv", "jsonl", "ris", "atom")) {
            Element link = page.selectFirst("a.export-" + kind);
            assertThat(link).as(kind).isNotNull();
            assertThat(link.attr("href")).contains("doc_type=case").contains("legal_basis=UNTOC");
        }
        HttpResponse<String> jsonl = get(page.selectFirst("a.export-jsonl").attr("href"), "Accept", "*/*");
        assertThat(jsonl.statusCode()).isEqualTo(200);
        assertThat(jsonl.body().split("\n")).hasSize((int) total);
        HttpResponse<String> atom = get(page.selectFirst("a.export-atom").attr("href"), "Accept", "*/*");
        assertThat(atom.statusCode()).isEqualTo(200);
        assertThat(atom.body()).contains("<feed").contains("urn:mycroft:document:");
        assertThat(page.selectFirst("link[rel=alternate][type=application/atom+xml]")).isNotNull();
    }

    @Test
    void printedCaseAndResultListShowPermalinkAndDateWithoutNavigation() throws Exception {
        String caseId = json("/api/search?size=1&doc_type=case&legal_basis=UNTOC").get("results").get(0).get("id").asText();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        for (String path : List.of("/documents/" + caseId, "/search?doc_type=case&outcome=refused")) {
            driver.get(base() + path);
            assertThat(driver.findElement(By.cssSelector(".print-stamp")).isDisplayed()).as("stamp on screen").isFalse();
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            try {
                assertThat(driver.findElement(By.cssSelector(".main-nav")).isDisplayed()).as("nav in print").isFalse();
                assertThat(driver.findElement(By.cssSelector(".lang-switch")).isDisplayed()).isFalse();
                WebElement stamp = driver.findElement(By.cssSelector(".print-stamp"));
                assertThat(stamp.isDisplayed()).as("stamp in print").isTrue();
                assertThat(stamp.getText()).contains(base() + path).contains(today);
            } finally {
                browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            }
        }
    }

    @Test
    void aCasePageListsSimilarCasesWithTheTagsTheyShareLikeItsJsonTwin() throws Exception {
        String darnel = json("/api/search?size=1&doc_type=case&q=Darnel").get("results").get(0).get("id").asText();
        JsonNode similar = json("/api/documents/" + darnel).get("similar_cases");
        assertThat(similar).isNotEmpty();
        driver.get(base() + "/documents/" + darnel);
        WebElement section = driver.findElement(By.id("similar-cases"));
        assertThat(section.getAttribute("data-kind")).isEqualTo("similar");
        List<WebElement> items = section.findElements(By.cssSelector("ul.similar-cases > li"));
        assertThat(items).hasSize(similar.size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode like = similar.get(i);
            assertThat(items.get(i).findElement(By.tagName("a")).getAttribute("href")).endsWith(like.get("url").asText());
            String shares = items.get(i).findElement(By.cssSelector(".shared-tags")).getText();
            assertThat(shares).startsWith("shares:");
            // The subjects shared are named; shared articles only when no subject is shared.
            List<String> tags = new ArrayList<>();
            like.get("shared_tags").forEach(t -> tags.add(t.asText()));
            List<String> subjects = tags.stream().filter(t -> !taxonomy.isValidArticleId(t)).toList();
            for (String tag : subjects.isEmpty() ? tags : subjects) {
                assertThat(shares).as("labels of %s", tags).contains(taxonomyLabel(tag));
            }
            if (!subjects.isEmpty()) {
                assertThat(shares).as("articles repeat the subjects").doesNotContain(" art. ");
            }
        }
        assertThat(section.getText()).contains("Extradition");
        // A keyboard user reaches the first similar case and follows it.
        WebElement first = items.getFirst().findElement(By.tagName("a"));
        first.sendKeys(Keys.ENTER);
        browser.waitFor(d -> d.getCurrentUrl().endsWith(similar.get(0).get("url").asText()));
        browser.assertNoSeriousViolations("case page with similar cases");
        // In French, the section and the tag labels follow the interface language.
        Document fr = page("/documents/" + darnel + "?lang=fr");
        assertThat(fr.select("#similar-heading").text()).isEqualTo("Affaires similaires");
        assertThat(fr.select("#similar-cases .shared-tags").text()).contains("en commun :").contains("Extradition");
    }

    @Test
    void aProvisionNoCaseAppliesOffersSimilarCasesLabelledAsSuch() throws Exception {
        String provision = json("/api/search?size=1&doc_type=legislation&crime_types=trafficking-in-persons")
                .get("results").get(0).get("id").asText();
        JsonNode doc = json("/api/documents/" + provision);
        assertThat(doc.get("citing_cases")).isEmpty();
        Document page = page("/documents/" + provision);
        assertThat(page.select("#citing-cases")).isEmpty();
        Element section = page.getElementById("similar-cases");
        assertThat(section).isNotNull();
        assertThat(section.attr("data-kind")).isEqualTo("instead-of-applying");
        assertThat(section.select("p.help").text()).contains("No case is linked to this provision yet");
        assertThat(section.select("ul.similar-cases > li a").eachAttr("href"))
                .containsExactlyElementsOf(doc.get("similar_cases").findValuesAsText("url"));
        // In the browser the label is read before the list.
        driver.get(base() + "/documents/" + provision);
        WebElement shown = driver.findElement(By.id("similar-cases"));
        assertThat(shown.isDisplayed()).isTrue();
        assertThat(shown.getText().indexOf("No case is linked")).isLessThan(shown.getText().indexOf(doc.get("similar_cases").get(0)
                .get("title").asText()));
    }

    private String taxonomyLabel(String tag) {
        String family = taxonomy.isValidArticleId(tag) ? "articles" : taxonomy.crimeType(tag).isPresent() ? "crime_types" : "cross_cutting";
        return taxonomy.label(family, tag, "en");
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path, "Accept", "application/json");
        assertThat(response.statusCode()).as("%s -> %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static Map<String, Long> counts(JsonNode values) {
        Map<String, Long> out = new HashMap<>();
        values.forEach(v -> out.put(v.get("value").asText(), v.get("count").asLong()));
        return out;
    }
}
