package org.mycroft.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A user's journey in real headless Chromium: search, refine with a facet, open a document;
 * axe-core checks both page kinds and the keyboard reaches the search box and the facets.
 * Skipped (not failed) on a machine without Chromium.
 */
class BrowserJourneyTest extends PortalTestSupport {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static WebDriver driver;
    private static Path profile;

    @BeforeAll
    static void startBrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        profile = Files.createTempDirectory("mycroft-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,1100", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void searchRefineAndReadADocument() throws IOException {
        driver.get(base() + "/");
        assertThat(driver.getTitle()).contains("Mycroft");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Search legislation and case law");

        // Type a query and submit the form.
        WebElement box = driver.findElement(By.id("q"));
        box.sendKeys("mutual legal assistance");
        driver.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
        waitFor(d -> d.getCurrentUrl().contains("q=mutual+legal+assistance"));
        assertThat(driver.findElements(By.cssSelector("li.result"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("li.result .snippet mark"))).isNotEmpty();
        assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("mutual legal assistance");

        // Refine with the first value of the document type facet.
        WebElement facet = driver.findElement(By.cssSelector("#facet-doc-type ~ ul a.facet-link"));
        String label = facet.findElement(By.cssSelector(".facet-label")).getText();
        long count = Long.parseLong(facet.findElement(By.cssSelector(".count")).getText());
        facet.click();
        waitFor(d -> d.getCurrentUrl().contains("doc_type="));
        assertThat(driver.findElement(By.id("results-heading")).getAttribute("data-total")).isEqualTo(String.valueOf(count));
        assertThat(driver.findElement(By.cssSelector(".chips a.chip")).getText()).contains(label);
        assertNoSeriousViolations("search page");
        screenshot("search.png");

        // Open the first result.
        WebElement first = driver.findElement(By.cssSelector("li.result h3 a"));
        String title = first.getText();
        first.click();
        waitFor(d -> d.getCurrentUrl().contains("/documents/"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(driver.findElements(By.cssSelector(".doc-text p"))).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector("dl.meta")).getText()).isNotBlank();
        assertNoSeriousViolations("document page");
        screenshot("document.png");

        // The error page is checked too.
        driver.get(base() + "/search?year=20x5");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Invalid request");
        assertNoSeriousViolations("error page");
    }

    @Test
    void keyboardReachesSkipLinkSearchBoxAndFacets() {
        driver.get(base() + "/");
        Actions keys = new Actions(driver);
        keys.sendKeys(Keys.TAB).perform();
        assertThat(activeElement().getAttribute("class")).contains("skip-link");
        assertThat(activeElement().isDisplayed()).isTrue();

        int tabs = tabUntil(el -> "q".equals(el.getAttribute("id")), 15);
        assertThat(tabs).as("TAB presses to reach the search box").isBetween(1, 15);

        int more = tabUntil(el -> el.getAttribute("class") != null && el.getAttribute("class").contains("facet-link"), 120);
        assertThat(more).as("TAB presses from the search box to the first facet link").isPositive();
        // Enter on the focused facet link follows it, like a mouse click.
        String href = activeElement().getAttribute("href");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        waitFor(d -> d.getCurrentUrl().equals(href));
        assertThat(driver.findElements(By.cssSelector(".chips a.chip"))).hasSize(1);
    }

    private static WebElement activeElement() {
        return driver.switchTo().activeElement();
    }

    /** Presses TAB until the focused element matches; the number of presses, or -1. */
    private static int tabUntil(java.util.function.Predicate<WebElement> target, int max) {
        Actions keys = new Actions(driver);
        for (int i = 1; i <= max; i++) {
            keys.sendKeys(Keys.TAB).perform();
            if (target.test(activeElement())) {
                return i;
            }
        }
        return -1;
    }

    private static void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition::apply);
    }

    private static void assertNoSeriousViolations(String what) {
        Results results = new AxeBuilder().analyze(driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        assertThat(serious).as("axe-core serious/critical violations on the %s: %s", what,
                serious.stream().map(r -> r.getId() + " (" + r.getImpact() + "): " + r.getHelp() + " " + r.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).toList()).toList()).isEmpty();
        assertThat(results.getPasses()).as("axe-core ran its rules").isNotEmpty();
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
