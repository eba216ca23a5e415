package org.mycroft.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The workbench pages in real headless Chromium: articles, one article, compare with three States,
 * the coverage matrix and a country profile. Each page's content is checked against the index
 * itself (Solr queried directly, not through the page's own service), axe-core must find no
 * serious or critical violation, and a screenshot of each is saved under target/screenshots/.
 * Skipped (not failed) on a machine without Chromium.
 */
class WorkbenchBrowserTest extends BrowserTestSupport {

    @Autowired
    SolrClient solr;

    /** Provisions (legislation units) tagged to an article or one of its paragraphs, straight from Solr. */
    private long provisions(String article, String country) throws Exception {
        SolrQuery q = new SolrQuery("*:*").setRows(0)
                .addFilterQuery("doc_type:legislation", "articles_expanded:\"" + article + "\"");
        if (country != null) {
            q.addFilterQuery("country:" + country);
        }
        return solr.query(q).getResults().getNumFound();
    }

    private long cases(String article) throws Exception {
        return solr.query(new SolrQuery("*:*").setRows(0).addFilterQuery("doc_type:case", "articles_expanded:\"" + article + "\""))
                .getResults().getNumFound();
    }

    @Test
    void articlesPageListsEveryArticleWithCountsFromTheIndex() throws Exception {
        driver.get(base() + "/articles");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Articles of the Convention and its Protocols");
        assertThat(driver.findElements(By.cssSelector("table.articles-table"))).hasSize(4);
        for (String article : List.of("UNTOC-5", "UNTOC-6", "UNTOC-18", "TIP-3", "SOM-6", "UNTOC-41")) {
            WebElement row = driver.findElement(By.cssSelector("tr[data-article='" + article + "']"));
            assertThat(row.findElement(By.cssSelector("[data-count=provisions]")).getText()).as(article)
                    .isEqualTo(String.valueOf(provisions(article, null)));
            assertThat(row.findElement(By.cssSelector("[data-count=cases]")).getText()).as(article)
                    .isEqualTo(String.valueOf(cases(article)));
        }
        browser.assertNoSeriousViolations("articles page");
        browser.screenshot("articles.png");
    }

    @Test
    void oneArticleGroupsProvisionsByStateAndLinksToCompare() throws Exception {
        driver.get(base() + "/articles/UNTOC-5");
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("UNTOC art. 5");
        assertThat(driver.findElement(By.cssSelector("dd[data-count=provisions]")).getText())
                .isEqualTo(String.valueOf(provisions("UNTOC-5", null)));
        assertThat(driver.findElement(By.cssSelector("dd[data-count=cases]")).getText()).isEqualTo(String.valueOf(cases("UNTOC-5")));
        WebElement canada = driver.findElement(By.cssSelector("section.state-group[data-country=CAN]"));
        assertThat(canada.findElements(By.cssSelector(".provision-list li"))).hasSize((int) provisions("UNTOC-5", "CAN"));
        browser.assertNoSeriousViolations("article page");
        browser.screenshot("article.png");
        // Follow the link that compares every State with a provision, side by side.
        int states = driver.findElements(By.cssSelector("section.state-group")).size();
        driver.findElement(By.cssSelector("a.button-link")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/compare?article=UNTOC-5&country="));
        assertThat(driver.findElements(By.cssSelector("table.compare-table thead th[scope=col]"))).hasSize(states);
    }

    @Test
    void compareThreeStatesSideBySideThenAddOneByNameWithTheKeyboard() throws Exception {
        driver.get(base() + "/compare?article=UNTOC-5&country=FRA&country=ESP&country=CAN");
        List<String> headers = new ArrayList<>();
        for (WebElement th : driver.findElements(By.cssSelector("table.compare-table thead th[scope=col]"))) {
            headers.add(th.getAttribute("data-country"));
            String iso3 = th.getAttribute("data-country");
            assertThat(th.findElement(By.cssSelector(".count-badge")).getAttribute("data-count")).as(iso3)
                    .isEqualTo(String.valueOf(provisions("UNTOC-5", iso3)));
        }
        assertThat(headers).containsExactly("FRA", "ESP", "CAN");
        assertThat(driver.findElement(By.cssSelector("table.compare-table caption")).getText()).contains("3 States");
        assertThat(driver.findElements(By.cssSelector("td[data-country=CAN] .provision-text mark"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("td[data-country=FRA] .provision-text[lang=fr]"))).isNotEmpty();
        browser.assertNoSeriousViolations("compare page");
        browser.screenshot("compare.png");

        // Wide screen: the columns sit side by side.
        List<WebElement> cells = driver.findElements(By.cssSelector("table.compare-table tbody td"));
        assertThat(cells.get(1).getLocation().getX()).isGreaterThan(cells.get(0).getLocation().getX());
        assertThat(cells.get(1).getLocation().getY()).isEqualTo(cells.get(0).getLocation().getY());

        // The print stylesheet hides the form and keeps the table.
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(driver.findElement(By.cssSelector("form.compare-form")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.cssSelector("table.compare-table")).isDisplayed()).isTrue();
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        // Keyboard only: reach the "Add a State" field, type a name, submit with Enter.
        int tabs = browser.tabUntil(el -> "add-country".equals(el.getAttribute("id")), 40);
        assertThat(tabs).as("TAB presses to reach the State field").isPositive();
        assertThat(browser.activeElement().getCssValue("outline-style")).as("visible focus").isNotEqualTo("none");
        browser.activeElement().sendKeys("Japan");
        browser.activeElement().sendKeys(Keys.ENTER);
        browser.waitFor(d -> d.getCurrentUrl().contains("country=JPN"));
        assertThat(driver.getCurrentUrl()).endsWith("/compare?article=UNTOC-5&country=FRA&country=ESP&country=CAN&country=JPN&lang=en");
        WebElement japan = driver.findElement(By.cssSelector("td[data-country=JPN]"));
        assertThat(japan.getText()).contains("No provision indexed for Japan");

        // Narrow screen: the columns stack.
        driver.manage().window().setSize(new Dimension(400, 1000));
        try {
            List<WebElement> stacked = driver.findElements(By.cssSelector("table.compare-table tbody td"));
            assertThat(stacked.get(1).getLocation().getY()).isGreaterThan(stacked.get(0).getLocation().getY());
            assertThat(stacked.get(1).getLocation().getX()).isEqualTo(stacked.get(0).getLocation().getX());
            assertThat(stacked.get(0).findElement(By.cssSelector(".cell-state")).isDisplayed()).isTrue();
            browser.assertNoSeriousViolations("compare page, narrow");
            browser.screenshot("compare-narrow.png");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 1100));
        }
    }

    @Test
    void coverageMatrixCellsMatchTheIndexAndLinkToCompare() throws Exception {
        driver.get(base() + "/coverage?instrument=UNTOC");
        WebElement table = driver.findElement(By.cssSelector("table.coverage-table"));
        assertThat(table.findElements(By.cssSelector("thead th[scope=col]"))).hasSize(44);
        for (String[] cell : List.of(new String[] {"CAN", "UNTOC-5"}, new String[] {"CAN", "UNTOC-6"}, new String[] {"FRA", "UNTOC-5"},
                new String[] {"GBR", "UNTOC-18"}, new String[] {"USA", "UNTOC-10"}, new String[] {"ESP", "UNTOC-23"})) {
            WebElement td = table.findElement(By.cssSelector("tr[data-country=" + cell[0] + "] td[data-article='" + cell[1] + "']"));
            assertThat(td.getText()).as("%s × %s", cell[0], cell[1]).isEqualTo(String.valueOf(provisions(cell[1], cell[0])));
        }
        browser.assertNoSeriousViolations("coverage page");
        browser.screenshot("coverage.png");
        // A non-zero cell opens the compare view of that State and article.
        WebElement link = table.findElement(By.cssSelector("tr[data-country=CAN] td[data-article='UNTOC-5'] a"));
        link.click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/compare?article=UNTOC-5&country=CAN"));
        assertThat(driver.findElements(By.cssSelector("td[data-country=CAN] article.provision"))).hasSize((int) provisions("UNTOC-5", "CAN"));
    }

    @Test
    void countryProfileShowsLawsByArticleAndCooperationCases() throws Exception {
        driver.get(base() + "/countries/CAN");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Canada");
        long legislation = solr.query(new SolrQuery("*:*").setRows(0).addFilterQuery("doc_type:legislation", "country:CAN"))
                .getResults().getNumFound();
        assertThat(driver.findElement(By.cssSelector("dd[data-count=provisions]")).getText()).isEqualTo(String.valueOf(legislation));
        WebElement five = driver.findElement(By.cssSelector("section.article-group[data-article='UNTOC-5']"));
        assertThat(five.findElements(By.cssSelector(".provision-list li"))).hasSize((int) provisions("UNTOC-5", "CAN"));
        long cooperation = solr.query(new SolrQuery("*:*").setRows(0).addFilterQuery("doc_type:case",
                "country:CAN OR requesting_state:CAN OR requested_state:CAN")).getResults().getNumFound();
        assertThat(driver.findElements(By.cssSelector(".case-list li"))).hasSize((int) cooperation);
        assertThat(driver.findElement(By.cssSelector("time.last-update")).getAttribute("datetime")).matches("\\d{4}-\\d{2}-\\d{2}");
        browser.assertNoSeriousViolations("country page");
        browser.screenshot("country.png");
    }

    @Test
    void mainNavigationIsReachableByKeyboardWithVisibleFocus() {
        driver.get(base() + "/coverage");
        int tabs = browser.tabUntil(el -> el.getAttribute("href") != null && el.getAttribute("href").contains("/articles?"), 10);
        assertThat(tabs).isPositive();
        assertThat(browser.activeElement().getCssValue("outline-style")).isNotEqualTo("none");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        browser.waitFor(d -> d.getCurrentUrl().contains("/articles?lang=en"));
        assertThat(driver.findElement(By.cssSelector("nav.main-nav a[aria-current=page]")).getText()).isEqualTo("Articles");
    }
}
