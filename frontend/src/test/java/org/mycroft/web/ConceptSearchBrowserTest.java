package org.mycroft.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Cross-language concept search on the search page (issue #11): the notice of what was recognised,
 * in the UI language, and the link that turns it off and on again, in real headless Chromium, and
 * the off switch kept by every link of the page (plain HTML, no JavaScript needed).
 */
class ConceptSearchBrowserTest extends BrowserTestSupport {

    @Test
    void theNoticeShowsTheRecognisedSubjectAndTheReaderCanTurnItOffAndOn() throws IOException {
        driver.get(base() + "/search?lang=en&q=trata+de+personas");
        WebElement notice = driver.findElement(By.id("concept-notice"));
        assertThat(notice.getText()).contains("Also searching, in every language:").contains("Trafficking in persons");
        long withConcepts = shownTotal();
        List<String> languages = driver.findElements(By.cssSelector("li.result .result-meta")).stream()
                .map(WebElement::getText).toList();
        assertThat(languages).anyMatch(meta -> meta.contains("English"));
        browser.assertNoSeriousViolations("concept notice");
        browser.screenshot("concept-search.png");

        // The switch is a plain link (keyboard and no-JavaScript friendly).
        WebElement off = driver.findElement(By.cssSelector("#concept-notice a.concept-toggle"));
        assertThat(off.getText()).isEqualTo("Search my words only");
        off.click();
        browser.waitFor(d -> d.getCurrentUrl().contains("concepts=off"));
        assertThat(driver.findElement(By.id("concept-notice")).getText())
                .contains("not searched").contains("Trafficking in persons");
        long wordsOnly = shownTotal();
        assertThat(wordsOnly).isLessThan(withConcepts);
        assertThat(driver.findElements(By.cssSelector("li.result .result-meta")))
                .noneMatch(meta -> meta.getText().contains("English"));

        WebElement on = driver.findElement(By.cssSelector("#concept-notice a.concept-toggle"));
        assertThat(on.getText()).isEqualTo("Also search this subject in every language");
        on.click();
        browser.waitFor(d -> !d.getCurrentUrl().contains("concepts="));
        assertThat(shownTotal()).isEqualTo(withConcepts);
    }

    @Test
    void theOffSwitchStaysOnEveryLinkAndInTheFormAndTheLabelsFollowTheInterfaceLanguage() {
        Document off = page("/search?lang=fr&concepts=off&q=extradici%C3%B3n");
        assertThat(off.selectFirst("#concept-notice").text()).contains("Extradition").contains("non recherché");
        assertThat(off.select("input[type=hidden][name=concepts]").eachAttr("value")).contains("off");
        assertThat(off.select("a.facet-link").eachAttr("href")).isNotEmpty().allMatch(href -> href.contains("concepts=off"));
        assertThat(off.select(".sort a").eachAttr("href")).allMatch(href -> href.contains("concepts=off"));

        Document es = page("/search?lang=es&q=traite+des+personnes");
        assertThat(es.selectFirst("#concept-notice").text()).contains("También se busca").contains("Trata de personas");
        // A query naming no subject shows no notice.
        assertThat(page("/search?lang=en&q=proceeds").getElementById("concept-notice")).isNull();
        assertThat(get("/search?q=x&concepts=yes").statusCode()).isEqualTo(400);
    }

    private long shownTotal() {
        return Long.parseLong(driver.findElement(By.id("results-heading")).getAttribute("data-total"));
    }
}
