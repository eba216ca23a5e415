package org.mycroft.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mycroft.core.solr.SolrConnection;
import org.mycroft.core.solr.SolrSettings;
import picocli.CommandLine;

/** {@code mycroft harvest} against a real HTTP server on 127.0.0.1, in-process as the jar runs it. */
class HarvestCommandTest {

    private static final byte[] LAW = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Witness Protection Act</title></head>
            <body><h1>Witness Protection Act (fictional)</h1>
            <h2>Section 1. Protection programme</h2><p>The Minister may admit a witness to the protection programme.</p>
            <h2>Section 2. Relocation</h2><p>A protected witness may be relocated to another State under an agreement.</p>
            </body></html>""".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path tmp;
    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/acts/witness.html", ex -> {
            try (ex) {
                if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                    ex.sendResponseHeaders(304, -1);
                    return;
                }
                ex.getResponseHeaders().add("ETag", "\"v1\"");
                ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                ex.sendResponseHeaders(200, LAW.length);
                ex.getResponseBody().write(LAW);
            }
        });
        server.createContext("/acts/gone.pdf", ex -> {
            try (ex) {
                ex.sendResponseHeaders(404, -1);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void harvestsIndexesAndOnTheSecondRunDoesNeither() throws Exception {
        Path sources = sources("/acts/witness.html");
        Path data = tmp.resolve("data");

        Run first = run("harvest", "--data", data.toString(), sources.toString());

        assertThat(first.exit()).as(first.out()).isZero();
        assertThat(first.out()).contains("Harvest: 1 document(s) fetched, 0 unchanged, 0 failed").contains("Indexed 1 file(s) as 2 unit(s)");
        try (SolrConnection solr = SolrConnection.open(SolrSettings.embedded(data))) {
            var units = solr.client().query(new SolrQuery("parent_id:acts-witness")).getResults();
            assertThat(units).hasSize(2);
            assertThat(units.getFirst().getFieldValue("source_url")).isEqualTo(url("/acts/witness.html"));
            assertThat(units.getFirst().getFieldValue("licence")).isEqualTo("CC BY 4.0");
        }
        assertThat(Files.readString(data.resolve("sources.txt"))).contains(data.resolve("harvest/files").toAbsolutePath().toString());

        Run second = run("harvest", "--data", data.toString(), sources.toString());

        assertThat(second.exit()).isZero();
        assertThat(second.out()).contains("Harvest: 0 document(s) fetched, 1 unchanged, 0 failed, 0 B downloaded")
                .contains("Indexed 0 file(s) as 0 unit(s), 1 unchanged");
    }

    @Test
    void aFailedUrlGivesExitCodeOneAndTheRestIsIndexed() throws Exception {
        Run run = run("harvest", "--data", tmp.resolve("data").toString(), sources("/acts/witness.html", "/acts/gone.pdf").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("1 failed").contains("FAILED " + url("/acts/gone.pdf") + ": HTTP 404")
                .contains("Indexed 1 file(s)");
    }

    @Test
    void noIndexOnlyDownloads() throws Exception {
        Path data = tmp.resolve("data");
        Run run = run("harvest", "--no-index", "--data", data.toString(), sources("/acts/witness.html").toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("1 document(s) fetched").doesNotContain("Indexed");
        assertThat(data.resolve("harvest/files/acts/witness.html")).hasBinaryContent(LAW);
        assertThat(data.resolve("sources.txt")).doesNotExist();
    }

    @Test
    void anUnusableSourcesFileGivesExitCodeTwoAndSaysWhy() throws Exception {
        Path sources = Files.writeString(tmp.resolve("sources.yaml"), """
                sources:
                  - name: acts
                    urls: [not-a-url]
                    licence: CC BY 4.0
                """);

        Run run = run("harvest", "--data", tmp.resolve("data").toString(), sources.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("sources.yaml: source 'acts': 'urls[0]' is not an absolute http(s) URL: 'not-a-url'");
    }

    @Test
    void hasHelp() {
        Run run = run("harvest", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Usage: mycroft harvest").contains("--no-index").contains("SOURCES.yaml");
    }

    private Path sources(String... paths) throws Exception {
        StringBuilder urls = new StringBuilder();
        for (String p : paths) {
            urls.append("      - ").append(url(p)).append('\n');
        }
        return Files.writeString(tmp.resolve("sources.yaml"), """
                defaults: {licence: CC BY 4.0, country: CAN, doc_type: legislation, backoff_seconds: 0.01}
                sources:
                  - name: acts
                    urls:
                %s""".formatted(urls));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = new CommandLine(new MycroftCommand()).execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }
}
