package org.mycroft.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.mycroft.core.solr.CloudAdmin;
import org.mycroft.core.solr.SolrConnection;
import org.mycroft.core.solr.SolrMode;
import org.mycroft.core.solr.SolrSettings;
import org.mycroft.web.TestPortalApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running portal in cloud mode loses its SolrCloud node and gets it back: while the node is
 * down every API call answers 503 with Retry-After and the JSON error shape, and every page a
 * 503 page in the user's language; once the node is back the same portal serves again, without
 * a restart.
 */
@SpringBootTest(classes = TestPortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"mycroft.solr.mode=cloud", "server.address=127.0.0.1",
                "mycroft.solr.connect-timeout=2s", "mycroft.solr.read-timeout=30s"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SolrOutageTest {

    /** Every GET endpoint that reads the index, JSON and HTML. */
    private static final List<String> API = List.of("/api/search?q=extradition", "/api/search",
            "/api/documents/test-escaping-case", "/api/articles", "/api/articles/UNTOC-5",
            "/api/compare?article=UNTOC-5&country=FRA&country=CAN", "/api/compare.csv?article=UNTOC-5&country=FRA",
            "/api/coverage", "/api/coverage.csv", "/api/countries/CAN");
    private static final List<String> PAGES = List.of("/", "/search?q=extradition", "/documents/test-escaping-case",
            "/articles", "/articles/UNTOC-5", "/compare?article=UNTOC-5&country=FRA&country=CAN", "/coverage",
            "/countries/CAN");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static MiniSolrCloudCluster cluster;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void cloud(DynamicPropertyRegistry registry) throws Exception {
        Path tmp = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "outage-");
        cluster = new MiniSolrCloudCluster.Builder(1, tmp.resolve("cluster")).build();
        String zk = cluster.getZkServer().getZkAddress();
        String zkHost = cluster.getZkServer().getZkHost();
        SolrSettings settings = new SolrSettings(SolrMode.CLOUD, null, null, List.of(zkHost),
                java.util.Optional.of(zk.substring(zkHost.length())), "mycroft");
        try (SolrConnection admin = SolrConnection.open(settings)) {
            CloudAdmin cloudAdmin = new CloudAdmin((CloudHttp2SolrClient) admin.client(), zk);
            cloudAdmin.uploadConfigset("mycroft");
            cloudAdmin.createCollection("mycroft", "mycroft", 1, 1);
        }
        cluster.waitForActiveCollection("mycroft", 1, 1);
        registry.add("mycroft.solr.zk-hosts", () -> zkHost);
        registry.add("mycroft.solr.zk-chroot", () -> zk.substring(zkHost.length()));
        registry.add("mycroft.data-dir", () -> tmp.resolve("data").toString());
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.shutdown();
        }
    }

    @Test
    void solrDownGives503EverywhereAndServingResumesWhenItReturns() throws Exception {
        long total = JSON.readTree(get("/api/search", "application/json").body()).get("total").asLong();
        assertThat(total).as("the samples are indexed in the cluster").isGreaterThan(10);

        JettySolrRunner node = cluster.stopJettySolrRunner(0);
        cluster.waitForJettyToStop(node);

        for (String path : API) {
            HttpResponse<String> response = get(path, "application/json");
            assertThat(response.statusCode()).as("status of %s while Solr is down", path).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).as("Retry-After of %s", path).hasValue("10");
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.get("status").asInt()).isEqualTo(503);
            assertThat(body.get("error").asText()).isEqualTo("Service Unavailable");
            assertThat(body.get("message").asText()).contains("unavailable").doesNotContain("Solr", "Exception", "http://");
            assertThat(body.has("parameter")).isTrue();
        }
        for (String path : PAGES) {
            HttpResponse<String> response = get(path + (path.contains("?") ? "&" : "?") + "lang=fr", "text/html");
            assertThat(response.statusCode()).as("status of page %s while Solr is down", path).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).hasValue("10");
            Document page = Jsoup.parse(response.body());
            assertThat(page.selectFirst("h1").text()).as("French 503 page for %s", path)
                    .isEqualTo("Recherche momentanément indisponible");
            assertThat(response.body()).doesNotContain("Exception", "SolrServer", "at org.");
        }
        HttpResponse<String> health = get("/actuator/health", "application/json");
        assertThat(health.statusCode()).as("health is down with Solr").isEqualTo(503);
        assertThat(JSON.readTree(health.body()).at("/components/solr/status").asText()).isEqualTo("DOWN");
        assertThat(get("/actuator/health/readiness", "application/json").statusCode()).isEqualTo(503);
        assertThat(get("/actuator/health/liveness", "application/json").statusCode())
                .as("alive: no restart needed, the portal resumes by itself").isEqualTo(200);

        HttpResponse<String> spanish = get("/search?q=trata", "text/html", "Accept-Language", "es-ES,es;q=0.9");
        assertThat(Jsoup.parse(spanish.body()).selectFirst("h1").text()).isEqualTo("Búsqueda no disponible temporalmente");

        cluster.startJettySolrRunner(node, true);
        cluster.waitForNode(node, 60);
        cluster.waitForActiveCollection("mycroft", 60, TimeUnit.SECONDS, 1, 1);

        // The portal's client finds the node again by itself (no restart): a bounded wait on the
        // first 200, failing with the last status if it never comes.
        HttpResponse<String> again = await("serving resumes once Solr is back").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> get("/api/search", "application/json"), response -> response.statusCode() == 200);
        assertThat(JSON.readTree(again.body()).get("total").asLong()).isEqualTo(total);
        for (String path : PAGES) {
            assertThat(get(path, "text/html").statusCode()).as("page %s after Solr returned", path).isEqualTo(200);
        }
        assertThat(get("/actuator/health/readiness", "application/json").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path, String accept, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", accept);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
