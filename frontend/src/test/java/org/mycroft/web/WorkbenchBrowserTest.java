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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The workbench pages in real headless Chromium: articles, one article, compare with three States,
 * the coverage matrix and a country profile. Each page's content is checked against the index
 * itself (Solr queried directly, not through the page's own service), axe-core must find no
 * serious or critical violation, and a screenshot of each is saved under target/screenshots/.
 * Skipped (not failed) on a machine without Chromium.
 */
class WorkbenchBrowserTest extends PortalTestSupport {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static ChromeDriver driver;
    private static Path profile;

    @Autowired
    SolrClient solr;

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
        assertNoSeriousViolations("articles page");
        screenshot("articles.png");
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
        assertNoSeriousViolations("article page");
        screenshot("article.png");
        // Follow the link that compares every State with a provision, side by side.
        int states = driver.findElements(By.cssSelector("section.state-group")).size();
        driver.findElement(By.cssSelector("a.button-link")).click();
        waitFor(d -> d.getCurrentUrl().contains("/compare?article=UNTOC-5&country="));
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
        assertNoSeriousViolations("compare page");
        screenshot("compare.png");

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
        int tabs = tabUntil(el -> "add-country".equals(el.getAttribute("id")), 40);
        assertThat(tabs).as("TAB presses to reach the State field").isPositive();
        assertThat(activeElement().getCssValue("outline-style")).as("visible focus").isNotEqualTo("none");
        activeElement().sendKeys("Japan");
        activeElement().sendKeys(Keys.ENTER);
        waitFor(d -> d.getCurrentUrl().contains("country=JPN"));
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
            assertNoSeriousViolations("compare page, narrow");
            screenshot("compare-narrow.png");
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
        assertNoSeriousViolations("coverage page");
        screenshot("coverage.png");
        // A non-zero cell opens the compare view of that State and article.
        WebElement link = table.findElement(By.cssSelector("tr[data-country=CAN] td[data-article='UNTOC-5'] a"));
        link.click();
        waitFor(d -> d.getCurrentUrl().contains("/compare?article=UNTOC-5&country=CAN"));
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
        assertNoSeriousViolations("country page");
        screenshot("country.png");
    }

    @Test
    void mainNavigationIsReachableByKeyboardWithVisibleFocus() {
        driver.get(base() + "/coverage");
        int tabs = tabUntil(el -> el.getAttribute("href") != null && el.getAttribute("href").contains("/articles?"), 10);
        assertThat(tabs).isPositive();
        assertThat(activeElement().getCssValue("outline-style")).isNotEqualTo("none");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        waitFor(d -> d.getCurrentUrl().contains("/articles?lang=en"));
        assertThat(driver.findElement(By.cssSelector("nav.main-nav a[aria-current=page]")).getText()).isEqualTo("Articles");
    }

    private static WebElement activeElement() {
        return driver.switchTo().activeElement();
    }

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
                        .limit(5).map(n -> String.valueOf(n.getTarget())).toList()).toList()).isEmpty();
        assertThat(results.getPasses()).as("axe-core ran its rules").isNotEmpty();
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
