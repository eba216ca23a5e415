package org.mycroft.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A user's journey in real headless Chromium: search, refine with a facet, open a document;
 * axe-core checks both page kinds and the keyboard reaches the search box and the facets.
 * Skipped (not failed) on a machine without Chromium.
 */
class BrowserJourneyTest extends BrowserTestSupport {

    @Test
    void searchRefineAndReadADocument() throws IOException {
        driver.get(base() + "/");
        assertThat(driver.getTitle()).contains("Mycroft");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Search legislation and case law");

        // Type a query and submit the form.
        WebElement box = driver.findElement(By.id("q"));
        box.sendKeys("mutual legal assistance");
        driver.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("q=mutual+legal+assistance"));
        assertThat(driver.findElements(By.cssSelector("li.result"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("li.result .snippet mark"))).isNotEmpty();
        assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("mutual legal assistance");

        // Refine with the first value of the document type facet.
        WebElement facet = driver.findElement(By.cssSelector("#facet-doc-type ~ ul a.facet-link"));
        String label = facet.findElement(By.cssSelector(".facet-label")).getText();
        long count = Long.parseLong(facet.findElement(By.cssSelector(".count")).getText());
        facet.click();
        browser.waitFor(d -> d.getCurrentUrl().contains("doc_type="));
        assertThat(driver.findElement(By.id("results-heading")).getAttribute("data-total")).isEqualTo(String.valueOf(count));
        assertThat(driver.findElement(By.cssSelector(".chips a.chip")).getText()).contains(label);
        browser.assertNoSeriousViolations("search page");
        browser.screenshot("search.png");

        // Open the first result.
        WebElement first = driver.findElement(By.cssSelector("li.result h3 a"));
        String title = first.getText();
        first.click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/documents/"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(driver.findElements(By.cssSelector(".doc-text p"))).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector("dl.meta")).getText()).isNotBlank();
        browser.assertNoSeriousViolations("document page");
        browser.screenshot("document.png");

        // The error page is checked too.
        driver.get(base() + "/search?year=20x5");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Invalid request");
        browser.assertNoSeriousViolations("error page");
    }

    @Test
    void keyboardReachesSkipLinkSearchBoxAndFacets() {
        driver.get(base() + "/");
        Actions keys = new Actions(driver);
        keys.sendKeys(Keys.TAB).perform();
        assertThat(browser.activeElement().getAttribute("class")).contains("skip-link");
        assertThat(browser.activeElement().isDisplayed()).isTrue();

        int tabs = browser.tabUntil(el -> "q".equals(el.getAttribute("id")), 15);
        assertThat(tabs).as("TAB presses to reach the search box").isBetween(1, 15);

        int more = browser.tabUntil(el -> el.getAttribute("class") != null && el.getAttribute("class").contains("facet-link"), 200);
        assertThat(more).as("TAB presses from the search box to the first facet link").isPositive();
        // Enter on the focused facet link follows it, like a mouse click.
        String href = browser.activeElement().getAttribute("href");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        browser.waitFor(d -> d.getCurrentUrl().equals(href));
        assertThat(driver.findElements(By.cssSelector(".chips a.chip"))).hasSize(1);
    }
}
