package org.mycroft.ingest.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mycroft.ingest.TestFiles;
import org.mycroft.ingest.harvest.HarvestReport.Outcome;

/** Harvests from a real HTTP server on 127.0.0.1 serving real PDF, HTML and XML files. */
class HarvesterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration GENEROUS = Duration.ofSeconds(60);

    @TempDir
    Path tmp;
    private TestServer server;
    private Path site;
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
        site = Files.createDirectories(tmp.resolve("site"));
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.close();
    }

    @Test
    void fetchesEveryListedDocumentWithItsSidecarAndReportsTheBadUrl() throws Exception {
        serveLaws();
        server.handle("/laws/missing.pdf", ex -> TestServer.send(ex, 404, "text/html", "not here".getBytes()));

        HarvestReport report = harvest("", source("canada-acts", "/laws/act.pdf", "/laws/code.html", "/laws/decree.xml",
                "/laws/missing.pdf"));

        assertThat(report.fetched()).hasSize(3);
        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.url()).isEqualTo(server.url("/laws/missing.pdf"));
            assertThat(f.reason()).isEqualTo("HTTP 404");
        });
        Path folder = harvestDir().resolve("files/canada-acts");
        assertThat(folder.resolve("act.pdf")).hasSameBinaryContentAs(site.resolve("act.pdf"));
        assertThat(folder.resolve("code.html")).hasSameBinaryContentAs(site.resolve("code.html"));
        assertThat(folder.resolve("decree.xml")).hasSameBinaryContentAs(site.resolve("decree.xml"));
        assertThat(report.bytes()).isEqualTo(Files.size(site.resolve("act.pdf")) + Files.size(site.resolve("code.html"))
                + Files.size(site.resolve("decree.xml")));

        JsonNode sidecar = sidecar(folder.resolve("act.pdf"));
        assertThat(sidecar.get("source_url").asText()).isEqualTo(server.url("/laws/act.pdf").toString());
        assertThat(sidecar.get("licence").asText()).isEqualTo("Open Government Licence – Canada");
        assertThat(sidecar.get("country").asText()).isEqualTo("CAN");
        assertThat(sidecar.get("doc_type").asText()).isEqualTo("legislation");
        assertThat(sidecar.get("language").asText()).isEqualTo("en");
        assertThat(sidecar.get("id").asText()).isEqualTo("canada-acts-act");
        assertThat(Instant.parse(sidecar.get("retrieved_at").asText())).isBetween(Instant.now().minus(GENEROUS), Instant.now());
        assertThat(sidecar.has("title")).isFalse();
        assertThat(HarvestState.load(harvestDir().resolve("state.json")).get(server.url("/laws/act.pdf")))
                .hasValueSatisfying(e -> assertThat(e.file()).isEqualTo("files/canada-acts/act.pdf"));
    }

    @Test
    void secondRunAsksConditionallyAndDownloadsNothing() throws Exception {
        serveLaws();
        String sources = source("canada-acts", "/laws/act.pdf", "/laws/code.html", "/laws/decree.xml");
        harvest("", sources);
        String retrievedAt = sidecar(harvestDir().resolve("files/canada-acts/act.pdf")).get("retrieved_at").asText();

        HarvestReport second = harvest("", sources);

        assertThat(second.fetched()).isEmpty();
        assertThat(second.unchanged()).hasSize(3);
        assertThat(second.bytes()).isZero();
        assertThat(second.failures()).isEmpty();
        // decree.xml has no ETag: If-Modified-Since alone must give the 304
        assertThat(server.conditionalRequests()).containsExactlyInAnyOrder("/laws/act.pdf", "/laws/code.html", "/laws/decree.xml");
        assertThat(second.files()).containsExactlyInAnyOrder(harvestDir().resolve("files/canada-acts/act.pdf"),
                harvestDir().resolve("files/canada-acts/code.html"), harvestDir().resolve("files/canada-acts/decree.xml"));
        assertThat(sidecar(harvestDir().resolve("files/canada-acts/act.pdf")).get("retrieved_at").asText()).isEqualTo(retrievedAt);
    }

    @Test
    void aChangedDocumentIsFetchedAgainAndTheOthersAreNot() throws Exception {
        serveLaws();
        String sources = source("canada-acts", "/laws/act.pdf", "/laws/code.html", "/laws/decree.xml");
        harvest("", sources);

        Files.writeString(site.resolve("code.html"), html("Criminal Code (amended)", "Section 1. Participation in an organized criminal group is an offence punishable by ten years."));
        Files.writeString(site.resolve("decree.xml"), "<decree><title>Decree</title><article n=\"1\">Amended text.</article></decree>");
        Files.setLastModifiedTime(site.resolve("decree.xml"), FileTime.from(Instant.now().plusSeconds(10)));
        HarvestReport second = harvest("", sources);

        assertThat(second.fetched()).extracting(Outcome::url)
                .containsExactlyInAnyOrder(server.url("/laws/code.html"), server.url("/laws/decree.xml"));
        assertThat(second.unchanged()).extracting(Outcome::url).containsExactly(server.url("/laws/act.pdf"));
        assertThat(harvestDir().resolve("files/canada-acts/code.html")).content().contains("(amended)");
        assertThat(harvestDir().resolve("files/canada-acts/decree.xml")).content().contains("Amended text.");
    }

    @Test
    void aServerWithoutValidatorsGivesTheSameBytesWhichCountAsUnchanged() throws Exception {
        byte[] body = html("Plain Act", "Section 1. A plain server that never answers 304.").getBytes(StandardCharsets.UTF_8);
        server.handle("/plain.html", ex -> TestServer.send(ex, 200, "text/html; charset=utf-8", body));
        harvest("", source("plain", "/plain.html"));

        HarvestReport second = harvest("", source("plain", "/plain.html"));

        assertThat(second.unchanged()).hasSize(1);
        assertThat(second.bytes()).isEqualTo(body.length);
        assertThat(server.requests("/plain.html")).isEqualTo(2);
    }

    @Test
    void editedMetadataReachesTheSidecarWithoutDownloadingAgain() throws Exception {
        serveLaws();
        harvest("", source("canada-acts", "/laws/act.pdf"));

        HarvestReport second = harvest("", """
                  - name: canada-acts
                    urls: [%s]
                    licence: CC BY 4.0
                    doc_type: regulation
                """.formatted(server.url("/laws/act.pdf")));

        assertThat(second.unchanged()).hasSize(1);
        JsonNode sidecar = sidecar(harvestDir().resolve("files/canada-acts/act.pdf"));
        assertThat(sidecar.get("licence").asText()).isEqualTo("CC BY 4.0");
        assertThat(sidecar.get("doc_type").asText()).isEqualTo("regulation");
    }

    @Test
    void indexPageLinksAreFollowedOneLevelOnly() throws Exception {
        serveLaws();
        Files.writeString(site.resolve("code.html"), html("Criminal Code",
                "Section 1. Offence. <a href=\"/laws/deeper.pdf\">Schedule (deeper level)</a>"));
        server.handle("/laws/deeper.pdf", ex -> TestServer.send(ex, 200, "application/pdf", Files.readAllBytes(site.resolve("act.pdf"))));
        server.handle("/laws/notes.txt", ex -> TestServer.send(ex, 200, "text/plain", "notes".getBytes()));
        Files.writeString(site.resolve("index.html"), """
                <html><head><title>Laws</title></head><body>
                <a href="act.pdf">Proceeds of Crime (Money Laundering) Act</a>
                <a href="act.pdf#part-2">Part 2 of the same act</a>
                <a href="code.html">HTML</a>
                <a href="notes.txt">Drafting notes</a>
                <a href="index.html">This page</a>
                <a href="mailto:laws@example.org">Write to us</a>
                <a href="http://elsewhere.example/law.pdf">Another site's law</a>
                </body></html>""");
        server.file("/laws/index.html", site.resolve("index.html"), "text/html; charset=utf-8", true);
        String sources = """
                  - name: laws-index
                    index: %s
                    link_pattern: '\\.(pdf|html)$'
                """.formatted(server.url("/laws/index.html"));

        HarvestReport report = harvest("", sources);

        assertThat(report.failures()).isEmpty();
        assertThat(report.fetched()).extracting(Outcome::url)
                .containsExactlyInAnyOrder(server.url("/laws/act.pdf"), server.url("/laws/code.html"));
        assertThat(server.requests("/laws/deeper.pdf")).isZero();
        assertThat(server.requests("/laws/notes.txt")).isZero();
        assertThat(server.requests("/laws/act.pdf")).isEqualTo(1);
        Path folder = harvestDir().resolve("files/laws-index");
        assertThat(sidecar(folder.resolve("act.pdf")).get("title").asText()).isEqualTo("Proceeds of Crime (Money Laundering) Act");
        assertThat(sidecar(folder.resolve("code.html")).has("title")).isFalse(); // "HTML" is no title

        HarvestReport second = harvest("", sources); // the index answers 304: its saved copy gives the links
        assertThat(second.unchanged()).hasSize(2);
        assertThat(second.bytes()).isZero();
        assertThat(server.conditionalRequests()).contains("/laws/index.html");
    }

    @Test
    void anIndexWithoutMatchingLinksIsReported() throws Exception {
        Files.writeString(site.resolve("index.html"), "<html><body><a href=\"notes.txt\">Notes</a></body></html>");
        server.file("/laws/index.html", site.resolve("index.html"), "text/html", true);

        HarvestReport report = harvest("", """
                  - name: laws-index
                    index: %s
                    link_pattern: '\\.pdf$'
                """.formatted(server.url("/laws/index.html")));

        assertThat(report.failures()).singleElement()
                .satisfies(f -> assertThat(f.reason()).isEqualTo("index page: no document links found"));
    }

    @Test
    void rejectsAContentTypeThatIsNotAccepted() throws Exception {
        server.handle("/tool.exe", ex -> TestServer.send(ex, 200, "application/octet-stream", new byte[] {'M', 'Z', 0, 1}));
        server.handle("/untyped", ex -> TestServer.send(ex, 200, null, "who knows".getBytes()));

        HarvestReport report = harvest("", source("odd", "/tool.exe", "/untyped"));

        assertThat(report.failures()).extracting(Outcome::reason)
                .containsExactlyInAnyOrder("Content-Type application/octet-stream is not accepted", "no Content-Type");
        assertThat(server.requests("/tool.exe")).isEqualTo(1);
        assertThat(filesUnder(harvestDir().resolve("files"))).isEmpty();
    }

    @Test
    void rejectsBodiesOverTheSizeCapWhateverContentLengthSays() throws Exception {
        byte[] big = new byte[5000];
        server.handle("/declared.pdf", ex -> TestServer.send(ex, 200, "application/pdf", big));
        server.handle("/chunked.pdf", ex -> { // no Content-Length at all
            ex.getResponseHeaders().add("Content-Type", "application/pdf");
            ex.sendResponseHeaders(200, 0);
            ex.getResponseBody().write(big);
        });
        server.handle("/endless.pdf", ex -> { // would never stop: the harvester must hang up
            ex.getResponseHeaders().add("Content-Type", "application/pdf");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 100_000; i++) {
                    out.write(new byte[8192]);
                }
            } catch (IOException expected) {
                // the client went away
            }
        });
        serveLaws();

        HarvestReport report = assertTimeoutPreemptively(GENEROUS,
                () -> harvest("  max_bytes: 1000\n", source("big", "/declared.pdf", "/chunked.pdf", "/endless.pdf", "/laws/decree.xml")));

        assertThat(report.failures()).extracting(Outcome::reason).containsExactlyInAnyOrder(
                "too large: Content-Length 5000 bytes, over the cap of 1000",
                "too large: more than 1000 bytes received",
                "too large: more than 1000 bytes received");
        assertThat(report.fetched()).extracting(Outcome::url).containsExactly(server.url("/laws/decree.xml"));
        assertThat(server.requests("/declared.pdf") + server.requests("/chunked.pdf") + server.requests("/endless.pdf")).isEqualTo(3);
        assertThat(filesUnder(harvestDir().resolve("files"))).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("decree.xml", "decree.xml.json"); // no partial downloads left
    }

    @Test
    void retriesAServiceUnavailableAndThenSucceeds() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        byte[] pdf = Files.readAllBytes(TestFiles.pdf(site.resolve("flaky.pdf"), "Flaky Act", "Section 1. Retried."));
        server.handle("/flaky.pdf", ex -> {
            if (calls.incrementAndGet() == 1) {
                ex.getResponseHeaders().add("Retry-After", "0");
                TestServer.send(ex, 503, "text/plain", "busy".getBytes());
            } else {
                TestServer.send(ex, 200, "application/pdf", pdf);
            }
        });

        HarvestReport report = harvest("", source("flaky", "/flaky.pdf"));

        assertThat(report.fetched()).hasSize(1);
        assertThat(server.requests("/flaky.pdf")).isEqualTo(2);
        assertThat(harvestDir().resolve("files/flaky/flaky.pdf")).hasBinaryContent(pdf);
    }

    @Test
    void clientErrorsFailAtOnceAndServerErrorsAfterTheRetries() throws Exception {
        server.handle("/gone.pdf", ex -> TestServer.send(ex, 404, "text/html", "gone".getBytes()));
        server.handle("/secret.pdf", ex -> TestServer.send(ex, 403, "text/html", "no".getBytes()));
        server.handle("/broken.pdf", ex -> TestServer.send(ex, 500, "text/html", "oops".getBytes()));

        HarvestReport report = harvest("  retries: 2\n", source("errors", "/gone.pdf", "/secret.pdf", "/broken.pdf"));

        assertThat(report.failures()).extracting(Outcome::reason)
                .containsExactlyInAnyOrder("HTTP 404", "HTTP 403", "HTTP 500 (3 attempts)");
        assertThat(server.requests("/gone.pdf")).isEqualTo(1);
        assertThat(server.requests("/secret.pdf")).isEqualTo(1);
        assertThat(server.requests("/broken.pdf")).isEqualTo(3);
    }

    @Test
    void aSlowServerTimesOut() throws Exception {
        server.handle("/slow.pdf", ex -> await()); // never answers
        server.handle("/stalled.pdf", ex -> { // answers, then stops sending half-way
            ex.getResponseHeaders().add("Content-Type", "application/pdf");
            ex.sendResponseHeaders(200, 2000);
            ex.getResponseBody().write(new byte[1000]);
            ex.getResponseBody().flush();
            await();
        });

        HarvestReport report = assertTimeoutPreemptively(GENEROUS,
                () -> harvest("  timeout_seconds: 0.5\n  retries: 1\n", source("slow", "/slow.pdf", "/stalled.pdf")));

        assertThat(report.failures()).extracting(Outcome::reason)
                .containsOnly("timed out (timeout 0.5 s) (2 attempts)");
        assertThat(report.failures()).hasSize(2);
        assertThat(server.requests("/slow.pdf")).isEqualTo(2);
        assertThat(filesUnder(harvestDir().resolve("files"))).isEmpty();
    }

    @Test
    void neverMoreRequestsInFlightThanTheConcurrency() throws Exception {
        byte[] body = "Section 1. Text.".getBytes(StandardCharsets.UTF_8);
        String[] paths = IntStream.range(0, 12).mapToObj(i -> "/doc-" + i + ".txt").toArray(String[]::new);
        // Requests are held until three are in flight together (the bound), so overlap is certain
        // rather than a matter of timing; a harvester that fetched one at a time would break the
        // barrier and show a maximum of 1.
        CyclicBarrier together = new CyclicBarrier(3);
        for (String path : paths) {
            server.handle(path, ex -> {
                try {
                    together.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (BrokenBarrierException | TimeoutException e) {
                    // fewer than three in flight: answer anyway, the assertion below reports it
                }
                TestServer.send(ex, 200, "text/plain; charset=utf-8", body);
            });
        }

        HarvestReport report = harvest("  concurrency: 3\n", source("many", paths));

        assertThat(report.fetched()).hasSize(12);
        assertThat(server.maxInFlight()).isLessThanOrEqualTo(3).isGreaterThan(1);
    }

    @Test
    void redirectsAreFollowedButNotForever() throws Exception {
        serveLaws();
        server.handle("/old/act.pdf", ex -> {
            ex.getResponseHeaders().add("Location", "/laws/act.pdf");
            ex.sendResponseHeaders(301, -1);
        });
        server.handle("/loop.pdf", ex -> {
            ex.getResponseHeaders().add("Location", "/loop.pdf");
            ex.sendResponseHeaders(302, -1);
        });

        HarvestReport report = harvest("", source("moved", "/old/act.pdf", "/loop.pdf"));

        assertThat(report.fetched()).singleElement().satisfies(o -> assertThat(o.file()).hasFileName("act.pdf"));
        // the sidecar keeps the URL the curator listed, which outlives the redirect target
        assertThat(sidecar(harvestDir().resolve("files/moved/act.pdf")).get("source_url").asText())
                .isEqualTo(server.url("/old/act.pdf").toString());
        assertThat(report.failures()).singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo("more than 5 redirects"));
        assertThat(server.requests("/loop.pdf")).isEqualTo(Fetcher.MAX_REDIRECTS + 1);
    }

    @Test
    void urlsThatDifferOnlyByQueryGetTheirOwnFiles() throws Exception {
        server.handle("/show", ex -> TestServer.send(ex, 200, "text/html",
                html("Act " + ex.getRequestURI().getQuery(), "Section 1. Text.").getBytes(StandardCharsets.UTF_8)));

        HarvestReport report = harvest("", source("shown", "/show?id=1", "/show?id=2"));

        assertThat(report.fetched()).extracting(o -> o.file().getFileName().toString())
                .doesNotHaveDuplicates()
                .allMatch(name -> name.matches("show-[0-9a-f]{8}\\.html"));
    }

    @Test
    void encodedUrlsAreRequestedExactlyAsListed() throws Exception {
        List<String> rawPaths = new java.util.concurrent.CopyOnWriteArrayList<>();
        server.handle("/laws/Loi n°12.pdf", ex -> {
            rawPaths.add(ex.getRequestURI().getRawPath());
            TestServer.send(ex, 200, "application/pdf", Files.readAllBytes(TestFiles.pdf(site.resolve("loi.pdf"), "Loi", "Article 1.")));
        });

        HarvestReport report = harvest("", source("france", "/laws/Loi%20n%C2%B012.pdf"));

        assertThat(report.fetched()).singleElement().satisfies(o -> assertThat(o.file()).hasFileName("loi-n-12.pdf"));
        assertThat(rawPaths).containsExactly("/laws/Loi%20n%C2%B012.pdf");
    }

    // --- fixtures ---

    private void serveLaws() throws IOException {
        TestFiles.pdf(site.resolve("act.pdf"), "Proceeds of Crime Act", "Proceeds of Crime Act (fictional)",
                "Section 1. Laundering", "Every person who launders the proceeds of crime commits an offence.");
        Files.writeString(site.resolve("code.html"), html("Criminal Code", "Section 1. Participation in an organized criminal group is an offence."));
        Files.writeString(site.resolve("decree.xml"), "<decree><title>Decree</title><article n=\"1\">Original text.</article></decree>");
        server.file("/laws/act.pdf", site.resolve("act.pdf"), "application/pdf", true);
        server.file("/laws/code.html", site.resolve("code.html"), "text/html; charset=utf-8", true);
        server.file("/laws/decree.xml", site.resolve("decree.xml"), "application/xml", false);
    }

    private static String html(String title, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><h1>"
                + title + "</h1><p>" + body + "</p></body></html>";
    }

    private HarvestReport harvest(String extraDefaults, String sources) throws IOException {
        String yaml = """
                defaults:
                  licence: Open Government Licence – Canada
                  country: CAN
                  doc_type: legislation
                  language: en
                  backoff_seconds: 0.01
                %ssources:
                %s""".formatted(extraDefaults, sources);
        return new Harvester(harvestDir(), Clock.systemUTC()).harvest(HarvestSources.parse(yaml, "test.yaml"));
    }

    private String source(String name, String... paths) {
        return "  - name: " + name + "\n    urls:\n"
                + Arrays.stream(paths).map(p -> "      - " + server.url(p) + "\n").collect(Collectors.joining());
    }

    private Path harvestDir() {
        return tmp.resolve("data/harvest");
    }

    private static JsonNode sidecar(Path document) throws IOException {
        return JSON.readTree(document.resolveSibling(document.getFileName() + ".json").toFile());
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private void await() {
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
