package org.mycroft.api.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.mycroft.api.SampleIndex;
import org.mycroft.api.TempDirs;
import org.mycroft.api.TestApiApplication;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.ingest.pipeline.SampleCorpusLoader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The workbench JSON API (articles, compare, coverage, countries) over real embedded Solr with the
 * sample corpus, called over real HTTP. Subclasses share one Spring context and one index. Besides
 * the samples, three probe units pin what the tagger does not guarantee: a provision of Malta tagged
 * only at paragraph level (UNTOC-18.13), and two provisions of Malta whose text has markup and
 * whose evidence for UNTOC-5 (at paragraph level, one with stale offsets) must be highlighted safely.
 */
@SpringBootTest(classes = TestApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class WorkbenchApiTestSupport {

    static final Path DATA = TempDirs.create("mycroft-workbench-api-test");
    public static final String PROBE_COUNTRY = "MLT";
    public static final String MARKUP_TEXT = "Art. 9 <b>bold</b> & <script>alert(1)</script>: whoever takes part in an organized criminal group is punished.";
    public static final String PASSAGE = "organized criminal group";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("mycroft.data-dir", () -> DATA.toString());
    }

    protected static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @Autowired
    protected SolrClient solr;

    @Autowired
    protected Taxonomy taxonomy;

    @BeforeAll
    void index() throws Exception {
        synchronized (WorkbenchApiTestSupport.class) {
            if (!SampleCorpusLoader.indexIsEmpty(solr)) {
                return; // the context (and its index) is shared by every subclass
            }
            SampleIndex.load(solr, taxonomy, DATA);
            int start = MARKUP_TEXT.indexOf(PASSAGE);
            String good = "[{\"tag\":\"UNTOC-5.1\",\"text\":\"" + PASSAGE + "\",\"start\":" + start + ",\"end\":"
                    + (start + PASSAGE.length()) + ",\"rule\":\"probe\",\"confidence\":0.9},"
                    + "{\"tag\":\"UNTOC-6\",\"text\":\"bold\",\"start\":10,\"end\":14,\"rule\":\"probe\",\"confidence\":0.9}]";
            String stale = "[{\"tag\":\"UNTOC-5\",\"text\":\"" + PASSAGE + "\",\"start\":2,\"end\":5,\"rule\":\"probe\",\"confidence\":0.5},"
                    + "{\"tag\":\"UNTOC-5\",\"text\":\"not in the text\",\"start\":0,\"end\":3,\"rule\":\"probe\",\"confidence\":0.5}]";
            solr.add(List.of(
                    probe("probe-mlt-paragraph", 1, "Central authority for mutual legal assistance.", List.of("UNTOC-18.13"), "[]"),
                    probe("probe-mlt-markup", 2, MARKUP_TEXT, List.of("UNTOC-5.1", "UNTOC-6"), good),
                    probe("probe-mlt-stale", 3, MARKUP_TEXT, List.of("UNTOC-5"), stale)));
            solr.commit();
        }
    }

    private static SolrInputDocument probe(String id, int position, String text, List<String> articles, String evidence) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField(IndexFields.ID, id);
        doc.setField(IndexFields.PARENT_ID, "probe-mlt-law");
        doc.setField(IndexFields.PARENT_TITLE, "Probe Act <i>2020</i>");
        doc.setField(IndexFields.DOC_TYPE, "legislation");
        doc.setField(IndexFields.TITLE, "Article " + position);
        doc.setField(IndexFields.PROVISION_NUMBER, String.valueOf(position));
        doc.setField(IndexFields.POSITION, position);
        doc.setField(IndexFields.TEXT_EN, text);
        doc.setField(IndexFields.LANGUAGE, "en");
        doc.setField(IndexFields.COUNTRY, PROBE_COUNTRY);
        doc.setField(IndexFields.REGION, "western-european-other");
        doc.setField(IndexFields.YEAR, 2020);
        doc.setField(IndexFields.ARTICLES, articles);
        List<String> expanded = new ArrayList<>();
        articles.forEach(a -> Taxonomy.withAncestors(a).forEach(x -> {
            if (!expanded.contains(x)) {
                expanded.add(x);
            }
        }));
        doc.setField(IndexFields.ARTICLES_EXPANDED, expanded);
        doc.setField(IndexFields.TAG_EVIDENCE, evidence);
        doc.setField(IndexFields.INGESTED_AT, new java.util.Date());
        return doc;
    }

    protected JsonNode get(String path) throws Exception {
        HttpResponse<String> response = send(path);
        assertThat(response.statusCode()).as("%s -> %s", path, response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return JSON.readTree(response.body());
    }

    protected HttpResponse<String> send(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON error: status, and the parameter it names (null for a 404). */
    protected JsonNode error(String path, int status) throws Exception {
        HttpResponse<String> response = send(path);
        assertThat(response.statusCode()).as("%s -> %s", path, response.body()).isEqualTo(status);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("message").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("solr");
        return body;
    }

    /** Total of {@code /api/search} with these filters (the reference every workbench count must match). */
    protected long searchTotal(String query) throws Exception {
        return get("/api/search?size=1&" + query).get("total").asLong();
    }

    protected JsonNode search(String query) throws Exception {
        return get("/api/search?size=100&" + query);
    }

    protected static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
