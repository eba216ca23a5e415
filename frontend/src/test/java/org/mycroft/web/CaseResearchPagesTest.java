package org.mycroft.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The statistics page against the faceted search, the export and feed links of the search page,
 * and the printed copy of a case and of a result list (issue #11).
 */
class CaseResearchPagesTest extends PortalTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static HeadlessChromium browser;
    private static WebDriver driver;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = HeadlessChromium.start();
        driver = browser.driver();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void statisticsEqualTheFacetCountsOfTheCaseSearch() throws Exception {
        for (String filter : List.of("", "legal_basis=UNTOC", "year_from=2020")) {
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
                org.openqa.selenium.WebElement stamp = driver.findElement(By.cssSelector(".print-stamp"));
                assertThat(stamp.isDisplayed()).as("stamp in print").isTrue();
                assertThat(stamp.getText()).contains(base() + path).contains(today);
            } finally {
                browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            }
        }
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
