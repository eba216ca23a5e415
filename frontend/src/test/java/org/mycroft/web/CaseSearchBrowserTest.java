package org.mycroft.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The cooperation-case filters on the search page (issue #11): every case facet (each value as
 * plain HTML, no JavaScript needed, and one value of each followed in real headless Chromium), the
 * year range and either-side form and the "Convention as legal basis" table.
 */
class CaseSearchBrowserTest extends BrowserTestSupport {

    private static final List<String> CASE_FACETS = List.of("cooperation_form", "requesting_state", "requested_state",
            "legal_basis", "legal_basis_article", "outcome", "court_level", "confiscation_type");

    @Test
    void everyCaseFacetFiltersThePageToItsCount() {
        Document cases = page("/search?doc_type=case");
        for (String facet : CASE_FACETS) {
            Element group = cases.getElementById("facet-" + facet.replace('_', '-'));
            assertThat(group).as("facet group %s", facet).isNotNull();
            List<Element> links = group.parent().select("a.facet-link");
            assertThat(links).as(facet).hasSizeGreaterThanOrEqualTo(2);
            for (Element link : links) {
                long count = Long.parseLong(link.selectFirst(".count").text());
                Document filtered = page(link.attr("href"));
                assertThat(total(filtered)).as("%s -> %s", facet, link.attr("href")).isEqualTo(count);
                assertThat(filtered.select(".chips a.chip")).isNotEmpty();
            }
        }
    }

    @Test
    void eachCaseFacetIsFollowedInTheBrowserToItsCount() {
        for (String facet : CASE_FACETS) {
            driver.get(base() + "/search?doc_type=case");
            WebElement link = driver.findElement(By.id("facet-" + facet.replace('_', '-')))
                    .findElement(By.xpath("..")).findElement(By.cssSelector("a.facet-link"));
            String count = link.findElement(By.cssSelector(".count")).getText();
            link.click();
            browser.waitFor(d -> d.getCurrentUrl().contains(facet + "="));
            assertThat(driver.findElement(By.id("results-heading")).getAttribute("data-total")).as(facet).isEqualTo(count);
            assertThat(driver.findElements(By.cssSelector(".chips a.chip"))).as(facet).isNotEmpty();
        }
    }

    @Test
    void unknownCaseValuesGiveTheErrorPage() {
        for (String query : List.of("outcome=maybe", "legal_basis=treaty", "court_level=x", "year_from=20x0",
                "either_state=ZZZ", "year_from=2024&year_to=2020")) {
            assertThat(get("/search?" + query).statusCode()).as(query).isEqualTo(400);
        }
    }

    @Test
    void yearRangeAndEitherStateFormAndTheRelianceTable() throws IOException {
        driver.get(base() + "/search?doc_type=case");
        List<WebElement> rows = driver.findElements(By.cssSelector(".reliance-table tbody tr"));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(5);
        assertThat(driver.findElement(By.id("reliance-heading")).getText()).contains("Convention");

        driver.findElement(By.id("year-from")).sendKeys("2019");
        driver.findElement(By.id("year-to")).sendKeys("2023");
        new Select(driver.findElement(By.id("either-state"))).selectByValue("FRA");
        driver.findElement(By.cssSelector("form.case-filters button[type=submit]")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("either_state=FRA"));
        String url = driver.getCurrentUrl();
        assertThat(url).contains("doc_type=case").contains("year_from=2019").contains("year_to=2023");
        List<WebElement> results = driver.findElements(By.cssSelector("li.result"));
        assertThat(results).isNotEmpty();
        for (WebElement result : results) {
            int year = Integer.parseInt(result.findElement(By.cssSelector(".result-meta")).getText().replaceAll("(?s).*?\\b(\\d{4})\\b.*", "$1"));
            assertThat(year).isBetween(2019, 2023);
        }
        // The same URL's JSON twin has the same total.
        long shown = Long.parseLong(driver.findElement(By.id("results-heading")).getAttribute("data-total"));
        String api = get(url.substring(base().length()).replace("/search?", "/api/search?"), "Accept", "application/json").body();
        assertThat(api).contains("\"total\":" + shown);
        // The chips show the range and the State, and each removes its filter.
        assertThat(driver.findElements(By.cssSelector(".chips a.chip"))).hasSizeGreaterThanOrEqualTo(4);
        browser.assertNoSeriousViolations("case search");
        browser.screenshot("case-search.png");
    }
}
