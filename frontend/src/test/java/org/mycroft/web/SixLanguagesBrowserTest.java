package org.mycroft.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The six UN languages in real headless Chromium. A newcomer switches to Arabic, Chinese or
 * Russian from the English home page and stays in that language through search, a document,
 * compare and coverage, following the page's own links and forms; no interface text in Latin
 * script is left outside content marked with its own language. Arabic pages are right to left,
 * laid out mirrored (checked on the rendered boxes). Every journey page is screenshot under
 * target/screenshots/{ar,zh,ru}-{search,document,compare,coverage}.png for a reader to look at;
 * axe-core finds no serious or critical violation in any of the six languages.
 */
class SixLanguagesBrowserTest extends BrowserTestSupport {

    /** Latin-script words a page may show in any language: the product name, file formats and the tools named after them, codes. */
    private static final Set<String> LATIN_ALLOWED = Set.of("Mycroft", "JSON", "Lines", "CSV", "RIS", "Atom", "Zotero", "EndNote",
            "ISO");
    /** A URL shown as such (the permalink of a printed page) is an address, not text. */
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}{2,}");

    /**
     * The visible text of the page outside content: elements that carry their own lang, and the
     * places that show a document's own words (titles, snippets, texts, passages, the notice of a
     * sample, its licence), whatever its language; form values and rule ids in code.
     */
    private static final String INTERFACE_TEXT = """
            const content = '.notice, code, datalist, option, .error-detail, .result-title, .result-parent, .snippet,'
                + ' #doc-title, .doc-parent, .doc-text, .breadcrumbs li:not(:first-child), .toc, blockquote, .source-text, .licence-text,'
                + ' .provision-title, .provision-law, .provision-text';
            const skip = el => el.closest('[lang]:not(html)') || el.closest(content);
            const out = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              const n = walker.currentNode, el = n.parentElement;
              if (!el || skip(el) || !n.textContent.trim()) continue;
              const style = getComputedStyle(el);
              if (style.display === 'none' || style.visibility === 'hidden') continue;
              out.push(n.textContent.trim());
            }
            return out.join('\\n');""";

    private String attribute(String selector, String name) {
        return driver.findElement(By.cssSelector(selector)).getDomAttribute(name);
    }

    private void assertInLanguage(String lang, String page) {
        assertThat(attribute("html", "lang")).as("lang of the %s page", page).isEqualTo(lang);
        assertThat(attribute("html", "dir")).as("dir of the %s page", page).isEqualTo(lang.equals("ar") ? "rtl" : "ltr");
        String text = (String) ((JavascriptExecutor) driver).executeScript(INTERFACE_TEXT);
        List<String> latin = new ArrayList<>();
        Matcher m = LATIN_WORD.matcher(URL.matcher(text).replaceAll(" "));
        while (m.find()) {
            if (!LATIN_ALLOWED.contains(m.group()) && !m.group().matches("[A-Z]{2,5}")) {
                latin.add(m.group());
            }
        }
        assertThat(latin).as("interface text left in Latin script on the %s page in %s:%n%s", page, lang, text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "zh", "ru"})
    void aNewcomerSwitchesLanguageOnTheHomePageAndKeepsItThroughSearchDocumentCompareAndCoverage(String lang)
            throws Exception {
        driver.get(base() + "/");
        assertThat(attribute("html", "lang")).isEqualTo("en");
        driver.findElement(By.cssSelector(".lang-switch a[hreflang=" + lang + "]")).click();
        assertInLanguage(lang, "home");

        // Search: the form of the page, then the first result.
        driver.findElement(By.id("q")).sendKeys("money");
        driver.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("q=money"));
        assertThat(driver.getCurrentUrl()).contains("lang=" + lang);
        assertThat(driver.findElements(By.cssSelector("li.result"))).isNotEmpty();
        assertInLanguage(lang, "search");
        browser.screenshot(lang + "-search.png");
        driver.findElement(By.cssSelector("li.result h3 a")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/documents/"));
        assertInLanguage(lang, "document");
        browser.screenshot(lang + "-document.png");

        // Compare, from the main navigation: an article and two States typed by their names in this language.
        driver.findElement(By.cssSelector(".main-nav a[href^='/compare']")).click();
        assertInLanguage(lang, "empty compare");
        new Select(driver.findElement(By.id("article"))).selectByValue("UNTOC-6");
        String[] names = switch (lang) {
            case "ar" -> new String[] {"فرنسا", "المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية"};
            case "zh" -> new String[] {"法国", "大不列颠及北爱尔兰联合王国"};
            default -> new String[] {"Франция", "Соединенное Королевство Великобритании и Северной Ирландии"};
        };
        WebElement add = driver.findElement(By.id("add-country"));
        add.sendKeys(names[0]);
        add.submit();
        browser.waitFor(d -> d.getCurrentUrl().contains("country="));
        driver.findElement(By.id("add-country")).sendKeys(names[1]);
        driver.findElement(By.id("add-country")).submit();
        browser.waitFor(d -> d.findElements(By.cssSelector("input[name=country][value=GBR]")).size() == 1);
        assertThat(driver.getCurrentUrl()).contains("lang=" + lang);
        assertThat(driver.findElements(By.cssSelector("input[name=country][value=FRA]"))).hasSize(1);
        assertInLanguage(lang, "compare");
        browser.screenshot(lang + "-compare.png");

        driver.findElement(By.cssSelector(".main-nav a[href^='/coverage']")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/coverage"));
        assertThat(driver.findElements(By.cssSelector("table.coverage-table tbody tr"))).isNotEmpty();
        assertInLanguage(lang, "coverage");
        browser.screenshot(lang + "-coverage.png");
    }

    /** Mirrored layout: in Arabic the brand is at the right edge and the facets column left of the results. */
    @Test
    void arabicLayoutIsMirrored() {
        driver.get(base() + "/?lang=en");
        WebElement brand = driver.findElement(By.cssSelector(".brand"));
        int width = driver.findElement(By.tagName("body")).getRect().getWidth();
        assertThat(brand.getRect().getX()).isLessThan(width / 2);
        int resultsX = driver.findElement(By.cssSelector("section.results")).getRect().getX();
        int facetsX = driver.findElement(By.cssSelector("aside.facets")).getRect().getX();
        assertThat(resultsX).isLessThan(facetsX);

        driver.get(base() + "/?lang=ar");
        brand = driver.findElement(By.cssSelector(".brand"));
        assertThat(brand.getRect().getX() + brand.getRect().getWidth()).isGreaterThan(width / 2);
        resultsX = driver.findElement(By.cssSelector("section.results")).getRect().getX();
        facetsX = driver.findElement(By.cssSelector("aside.facets")).getRect().getX();
        assertThat(resultsX).as("results right of the facets in Arabic").isGreaterThan(facetsX);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "zh", "en", "fr", "ru", "es"})
    void axeFindsNoSeriousViolationInAnyLanguage(String lang) {
        for (String path : List.of("/search?q=extradition&lang=", "/compare?article=UNTOC-16&country=FRA&country=ESP&lang=",
                "/coverage?lang=", "/articles/UNTOC-18?lang=")) {
            driver.get(base() + path + lang);
            assertThat(attribute("html", "lang")).isEqualTo(lang);
            browser.assertNoSeriousViolations(path + lang);
        }
        driver.get(base() + "/?lang=" + lang);
        driver.findElement(By.cssSelector("li.result h3 a")).click();
        browser.assertNoSeriousViolations("document page in " + lang);
    }
}
