package org.mycroft.web;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;

/** The running portal plus one headless Chromium per test class, started before and closed after its tests. */
abstract class BrowserTestSupport extends PortalTestSupport {

    protected static HeadlessChromium browser;
    protected static ChromeDriver driver;

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
}
