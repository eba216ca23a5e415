package org.mycroft.ingest.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mycroft.ingest.TestFiles;

/** robots.txt (RFC 9309) read from a real HTTP server on 127.0.0.1. */
class RobotsTxtTest {

    @TempDir
    Path tmp;
    private TestServer server;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
        Path site = Files.createDirectories(tmp.resolve("site"));
        TestFiles.pdf(site.resolve("act.pdf"), "Proceeds of Crime Act", "Proceeds of Crime Act (fictional)",
                "Section 1. Laundering", "Every person who launders the proceeds of crime commits an offence.");
        server.file("/laws/act.pdf", site.resolve("act.pdf"), "application/pdf", true);
        server.file("/drafts/bill.pdf", site.resolve("act.pdf"), "application/pdf", true);
        Files.writeString(site.resolve("index.html"), "<html><body><a href=\"/laws/act.pdf\">Act</a></body></html>");
        server.file("/drafts/index.html", site.resolve("index.html"), "text/html", true);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void robots(int status, String body) {
        server.handle("/robots.txt", ex -> TestServer.send(ex, status, "text/plain", body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void ourOwnGroupDecidesAndTheFileIsReadOncePerSite() throws Exception {
        robots(200, """
                User-agent: *
                Disallow: /

                User-agent: Mycroft-harvester
                Disallow: /drafts/
                """);

        HarvestReport report = harvest(source("site", "", "/laws/act.pdf", "/drafts/bill.pdf"));

        assertThat(report.fetched()).extracting(o -> o.url().getPath()).containsExactly("/laws/act.pdf");
        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.url().getPath()).isEqualTo("/drafts/bill.pdf");
            assertThat(f.reason()).isEqualTo("disallowed for mycroft-harvester by " + server.url("/robots.txt"));
        });
        assertThat(server.requests("/drafts/bill.pdf")).isZero();
        assertThat(server.requests("/robots.txt")).isEqualTo(1);
    }

    @Test
    void aSiteClosedToAllRobotsIsLeftAloneUnlessTheSourceSaysItsOwnerAgreed() throws Exception {
        robots(200, "User-agent: *\nDisallow: /\n");

        HarvestReport report = harvest(source("polite", "", "/laws/act.pdf")
                + source("agreed", "    robots_txt: false\n", "/drafts/bill.pdf"));

        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.url().getPath()).isEqualTo("/laws/act.pdf");
            assertThat(f.reason()).startsWith("disallowed for mycroft-harvester");
        });
        assertThat(report.fetched()).extracting(o -> o.url().getPath()).containsExactly("/drafts/bill.pdf");
        assertThat(server.requests("/laws/act.pdf")).isZero();
    }

    @Test
    void anIndexPageThatRobotsTxtForbidsIsNotRead() throws Exception {
        robots(200, "User-agent: mycroft-harvester\nDisallow: /drafts/\n");

        HarvestReport report = harvest("""
                  - name: drafts
                    index: %s
                """.formatted(server.url("/drafts/index.html")));

        assertThat(report.failures()).singleElement().satisfies(f ->
                assertThat(f.reason()).isEqualTo("index page: disallowed for mycroft-harvester by " + server.url("/robots.txt")));
        assertThat(server.requests("/drafts/index.html")).isZero();
        assertThat(server.requests("/laws/act.pdf")).isZero();
    }

    @Test
    void aMissingRobotsTxtAllowsEverything() throws Exception {
        robots(404, "not here");

        HarvestReport report = harvest(source("site", "", "/laws/act.pdf", "/drafts/bill.pdf"));

        assertThat(report.failures()).isEmpty();
        assertThat(report.fetched()).hasSize(2);
    }

    @Test
    void anUnreachableRobotsTxtStopsTheSiteForThisRun() throws Exception {
        robots(503, "down for maintenance");

        HarvestReport report = harvest(source("site", "", "/laws/act.pdf", "/drafts/bill.pdf"));

        assertThat(report.fetched()).isEmpty();
        assertThat(report.failures()).hasSize(2).allSatisfy(f -> assertThat(f.reason())
                .isEqualTo(server.url("/robots.txt") + " could not be read (HTTP 503 (4 attempts)), so the site is not harvested in this run"));
        assertThat(server.requests("/laws/act.pdf") + server.requests("/drafts/bill.pdf")).isZero();
        assertThat(server.requests("/robots.txt")).isEqualTo(4); // read once for the site, with its retries
    }

    private HarvestReport harvest(String sources) throws IOException {
        String yaml = """
                defaults:
                  licence: Open Government Licence – Canada
                  backoff_seconds: 0.01
                sources:
                %s""".formatted(sources);
        return new Harvester(tmp.resolve("data/harvest"), Clock.systemUTC()).harvest(HarvestSources.parse(yaml, "test.yaml"));
    }

    private String source(String name, String extra, String... paths) {
        StringBuilder out = new StringBuilder("  - name: " + name + "\n" + extra + "    urls:\n");
        for (String p : paths) {
            out.append("      - ").append(server.url(p)).append('\n');
        }
        return out.toString();
    }
}
