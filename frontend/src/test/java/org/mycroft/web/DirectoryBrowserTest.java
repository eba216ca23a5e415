package org.mycroft.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mycroft.curation.Role;
import org.mycroft.curation.account.AccountService;
import org.mycroft.web.curation.CuratorSession;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The directory in real headless Chromium: a contributor creates an entry with one restricted
 * field (after a refused save), submits it; a reviewer publishes it; then the entry is checked as
 * anonymous, as an {@code authority} account and as a curator on the directory page, the entry
 * page, the country page, search, JSON and feeds, with axe-core on every directory page.
 */
class DirectoryBrowserTest extends BrowserTestSupport {

    private static final String PASSWORD = "directory browser password";
    private static final String WORD = "zebrafinchauthority";
    private static final String SECRET = "RESTRICTED-SAMPLE browser night line";

    @Autowired
    AccountService accounts;

    private void signIn(String user, String landing) {
        driver.manage().deleteAllCookies();
        driver.get(base() + "/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("form[action^='/login'] button[type=submit]")).click();
        browser.waitFor(d -> d.getCurrentUrl().endsWith(landing));
    }

    private static void type(String id, String text) {
        driver.findElement(By.id(id)).clear();
        driver.findElement(By.id(id)).sendKeys(text);
    }

    private void open(String path) {
        driver.get(base() + path);
    }

    private static String page() {
        return driver.getPageSource();
    }

    @Test
    void createReviewPublishThenCheckAsAnonymousAuthorityAndCurator() throws Exception {
        for (var a : List.of(Map.entry("dir-contrib", Role.CONTRIBUTOR), Map.entry("dir-review", Role.REVIEWER),
                Map.entry("dir-authority", Role.AUTHORITY))) {
            if (accounts.find(a.getKey()).isEmpty()) {
                accounts.add(a.getKey(), PASSWORD, a.getValue());
            }
        }
        // contributor: the form, a refused save that keeps what was typed, then a draft submitted for review
        signIn("dir-contrib", "/curation");
        open("/curation/directory/new");
        browser.assertNoSeriousViolations("directory entry form");
        type("state", "SEN");
        new Select(driver.findElement(By.id("authority_type"))).selectByValue("smuggling-by-sea");
        type("name_en", "Maritime Authority " + WORD);
        type("email", "not-an-email");
        type("phone", "33 000 00 09");
        type("urgent_procedure", SECRET);
        driver.findElement(By.id("restrict-urgent_procedure")).click();
        driver.findElement(By.id("save-entry")).click();
        browser.waitFor(d -> !d.findElements(By.id("form-errors")).isEmpty());
        assertThat(driver.findElement(By.id("email")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("urgent_procedure")).getAttribute("value")).isEqualTo(SECRET);
        assertThat(driver.findElement(By.id("restrict-urgent_procedure")).isSelected()).isTrue();
        browser.assertNoSeriousViolations("directory form with errors");
        type("email", "maritime@example.org");
        driver.findElement(By.id("save-entry")).click();
        browser.waitFor(d -> !d.findElements(By.id("entry-status")).isEmpty());
        String url = driver.getCurrentUrl();
        String id = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        assertThat(id).startsWith("authority-sen-smuggling-by-sea-");
        assertThat(driver.findElement(By.id("entry-fields")).getText()).contains(SECRET).contains("+221330000009");
        browser.assertNoSeriousViolations("curator's entry page");
        assertThat(get("/directory/" + id).statusCode()).as("a draft is not public").isEqualTo(404);
        driver.findElement(By.id("submit-entry")).click();
        browser.waitFor(d -> "IN_REVIEW".equals(d.findElement(By.id("entry-status")).getAttribute("data-status")));
        assertThat(driver.findElements(By.id("publish-entry"))).as("a contributor may not publish").isEmpty();

        // reviewer publishes
        signIn("dir-review", "/curation");
        open("/curation/directory/" + id);
        driver.findElement(By.id("publish-entry")).click();
        browser.waitFor(d -> "PUBLISHED".equals(d.findElement(By.id("entry-status")).getAttribute("data-status")));

        // anonymous: the entry everywhere, the restricted field nowhere
        driver.manage().deleteAllCookies();
        open("/directory?q=" + WORD);
        assertThat(driver.findElements(By.cssSelector("li[data-entry='" + id + "']"))).hasSize(1);
        browser.assertNoSeriousViolations("directory page");
        open("/directory/" + id);
        assertThat(driver.findElement(By.id("entry-title")).getText()).contains(WORD);
        assertThat(driver.findElements(By.cssSelector("[data-field=urgent_procedure]"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector("[data-field=phone] a")).getAttribute("href")).isEqualTo("tel:+221330000009");
        browser.assertNoSeriousViolations("directory entry page");
        open("/directory?region=african&type=smuggling-by-sea");
        browser.assertNoSeriousViolations("filtered directory page");
        for (String route : List.of("/directory?q=" + WORD, "/directory/" + id, "/countries/SEN", "/search?q=" + WORD,
                "/search.atom?q=" + WORD)) {
            String body = get(route, "Accept", route.contains(".atom") ? "*/*" : "text/html").body();
            assertThat(body).as(route).contains(WORD).doesNotContain(SECRET).doesNotContain("RESTRICTED-SAMPLE");
        }
        for (String route : List.of("/api/directory?q=" + WORD, "/api/directory/" + id, "/api/search?q=" + WORD)) {
            String body = get(route, "Accept", "application/json").body();
            assertThat(body).as(route).contains(WORD).doesNotContain(SECRET);
        }
        assertThat(get("/api/search.csv?q=" + WORD, "Accept", "*/*").body()).contains(WORD).doesNotContain(SECRET);

        // authority: lands on the directory, reads the restricted field, may not write
        signIn("dir-authority", "/directory");
        browser.assertNoSeriousViolations("directory page, signed in");
        open("/directory/" + id);
        assertThat(driver.findElement(By.cssSelector("[data-field=urgent_procedure]")).getText()).contains(SECRET).contains("Restricted");
        browser.assertNoSeriousViolations("entry page with a restricted field");
        open("/countries/SEN");
        assertThat(driver.findElement(By.id("authorities")).getText()).contains(WORD);
        open("/search?q=" + WORD);
        assertThat(page()).contains(WORD).doesNotContain(SECRET);
        CuratorSession authority = new CuratorSession(base());
        authority.login("dir-authority", PASSWORD);
        assertThat(authority.get("/curation/directory/" + id).statusCode()).isEqualTo(403);
        assertThat(authority.postWithToken("/curation/directory/" + id + "/archive", "/login", Map.of("version", List.of("3")))
                .statusCode()).as("a valid CSRF token, but no curator role").isEqualTo(403);
        assertThat(authority.postWithToken("/curation/directory", "/login", Map.of("state", List.of("SEN"))).statusCode()).isEqualTo(403);

        // curator: the same restricted field on the public pages
        signIn("dir-contrib", "/curation");
        open("/directory/" + id);
        assertThat(driver.findElement(By.cssSelector("[data-field=urgent_procedure]")).getText()).contains(SECRET);
        open("/curation/directory/stale");
        browser.assertNoSeriousViolations("staleness report");
        assertThat(driver.findElements(By.id("stale-none"))).as("every sample was updated today").hasSize(1);
    }
}
