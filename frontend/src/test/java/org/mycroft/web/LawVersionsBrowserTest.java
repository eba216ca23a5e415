package org.mycroft.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A reader in real headless Chromium finds an amended provision, opens its history from the
 * provision's page by keyboard, reads the diff (deletions struck, insertions underlined), compares
 * another pair of versions with the form, and opens the superseded text, marked as such.
 * Skipped (not failed) on a machine without Chromium.
 */
class LawVersionsBrowserTest extends BrowserTestSupport implements WithLawHistory {

    private static List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    @Test
    void aReaderOpensTheHistoryAndTheDiffOfAnAmendedProvision() throws Exception {
        // Search with history: the old text is there, marked superseded; its link leads to its own page.
        driver.get(base() + "/search?q=" + LawHistoryFixture.WORD + "&doc_type=legislation");
        assertThat(driver.findElements(By.cssSelector(".result"))).hasSize(1);
        driver.findElement(By.id("history")).click();
        driver.findElement(By.cssSelector(".search-form button[type=submit]")).click();
        browser.waitFor(d -> d.findElements(By.cssSelector(".result")).size() == 2);
        assertThat(texts(".result .superseded")).singleElement().asString().startsWith("Superseded on");

        // The provision's page says it is in force; its history link is reached by keyboard.
        driver.get(base() + "/documents/" + LawHistoryFixture.AMENDED);
        assertThat(driver.findElement(By.id("version-note")).getText()).startsWith("In force: version 2");
        assertThat(browser.tabUntil(e -> "history-link".equals(e.getAttribute("id")), 60)).isPositive();
        browser.activeElement().sendKeys(Keys.ENTER);
        browser.waitFor(d -> !d.findElements(By.id("versions")).isEmpty());

        assertThat(driver.findElements(By.cssSelector("#versions tbody tr"))).hasSize(2);
        assertThat(driver.findElement(By.cssSelector("#versions tr[data-version='1']")).getText())
                .contains("Superseded on").contains(LawHistoryFixture.AMENDING_ACT);
        assertThat(texts("#diff del")).contains("five");
        assertThat(texts("#diff ins")).contains("ten");
        assertThat(driver.findElement(By.cssSelector("#diff del")).getCssValue("text-decoration-line")).isEqualTo("line-through");
        assertThat(driver.findElements(By.cssSelector("#diff b"))).as("old markup is shown as text").isEmpty();
        browser.assertNoSeriousViolations("history of a provision");
        browser.screenshot("law-history.png");

        // Compare a version with itself: nothing is deleted or inserted.
        new Select(driver.findElement(By.id("from"))).selectByValue("2");
        driver.findElement(By.id("compare-button")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("from=2"));
        assertThat(driver.findElements(By.cssSelector("#diff del, #diff ins"))).isEmpty();
        assertThat(driver.findElement(By.id("diff")).getText()).contains("ten years");

        // The superseded text's own page.
        driver.findElement(By.cssSelector("#versions tr[data-version='1'] th a")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains(LawHistoryFixture.AMENDED + "__v1"));
        assertThat(driver.findElement(By.id("version-note")).getText()).startsWith("Superseded on");
        assertThat(driver.findElement(By.cssSelector(".doc-text")).getText()).contains("five years <b>imprisonment</b>");
        browser.assertNoSeriousViolations("superseded text of a provision");
        driver.findElement(By.id("current-link")).click();
        browser.waitFor(d -> d.getCurrentUrl().matches(".*/documents/" + LawHistoryFixture.AMENDED + "(\\?.*)?"));
    }
}
