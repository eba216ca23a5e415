package org.mycroft.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running portal (real Tomcat on a random loopback port, embedded Solr with the samples
 * indexed) shared by the page tests: every subclass gets the same cached Spring context.
 */
@SpringBootTest(classes = TestPortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"mycroft.solr.mode=embedded", "server.address=127.0.0.1"})
public abstract class PortalTestSupport {

    /** A fresh index per test JVM, under target/ so `mvn clean` removes it. */
    static final Path DATA_DIR = freshDataDir();

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("mycroft.data-dir", DATA_DIR::toString);
    }

    private static Path freshDataDir() {
        try {
            Path target = Path.of("target").toAbsolutePath();
            Files.createDirectories(target);
            return Files.createTempDirectory(target, "portal-test-data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected String base() {
        return "http://127.0.0.1:" + port;
    }

    /** GET a path (with its query string, already encoded) on the running portal. */
    protected HttpResponse<String> get(String pathAndQuery, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + pathAndQuery))
                .timeout(Duration.ofSeconds(60));
        boolean accept = false;
        for (int i = 0; i < headers.length; i += 2) {
            accept |= headers[i].equalsIgnoreCase("Accept");
        }
        if (!accept) {
            request.header("Accept", "text/html");
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET a page that must answer 200 with HTML, parsed. */
    protected Document page(String pathAndQuery, String... headers) {
        HttpResponse<String> response = get(pathAndQuery, headers);
        assertThat(response.statusCode()).as("status of %s", pathAndQuery).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        return Jsoup.parse(response.body(), base() + pathAndQuery);
    }

    /** The result count a search page shows. */
    protected static long total(Document page) {
        return Long.parseLong(page.selectFirst("#results-heading").attr("data-total"));
    }
}
