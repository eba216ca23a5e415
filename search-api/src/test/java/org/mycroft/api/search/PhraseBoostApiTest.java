package org.mycroft.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import static org.mycroft.api.LoopbackApi.JSON;
import static org.mycroft.api.LoopbackApi.enc;
import static org.mycroft.api.LoopbackApi.ids;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mycroft.api.LoopbackApi;
import org.mycroft.api.TempDirs;
import org.mycroft.api.TestApiApplication;
import org.mycroft.core.index.IndexFields;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The phrase boost as a rerank of the top matches ({@link PhraseBoost}), over real embedded Solr and
 * loopback HTTP: more units than the rerank's window match both words with equal scores, and one
 * of them, which the tie order puts on the third page, has the words side by side.
 */
@SpringBootTest(classes = TestApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhraseBoostApiTest {

    static final Path data = TempDirs.create("mycroft-phrase-test");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("mycroft.data-dir", () -> data.toString());
    }

    /** More than the window, so that paging crosses its end. */
    private static final int FAR = PhraseBoost.WINDOW + 60;
    /** Sorts between far-050 and far-051: the 52nd of the equal scores, inside the window, on page 3 of 20. */
    private static final String NEAR = "far-050a";
    private static final String WORDS = "extradition request";

    @LocalServerPort
    int port;

    @Autowired
    SolrClient solr;

    private LoopbackApi api;

    @BeforeAll
    void index() throws Exception {
        api = new LoopbackApi(port);
        List<SolrInputDocument> units = new ArrayList<>();
        for (int i = 0; i < FAR; i++) {
            // Both words, six words apart: beyond the phrase slop. Same length and frequencies: equal scores.
            units.add(unit(String.format(Locale.ROOT, "far-%03d", i), "extradition alpha beta gamma delta epsilon zeta request"));
        }
        units.add(unit(NEAR, "extradition request alpha beta gamma delta epsilon zeta"));
        solr.add(units);
        solr.commit();
    }

    private static SolrInputDocument unit(String id, String text) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField(IndexFields.ID, id);
        doc.setField(IndexFields.PARENT_ID, id);
        doc.setField(IndexFields.DOC_TYPE, "reference");
        doc.setField(IndexFields.TITLE, "Probe");
        doc.setField(IndexFields.TEXT_EN, text);
        doc.setField(IndexFields.LANGUAGE, "en");
        doc.setField(IndexFields.YEAR, 2000);
        return doc;
    }

    @Test
    void theUnitWithTheWordsSideBySideComesFirstWithBothMarked() throws Exception {
        JsonNode body = api.get("/api/search?q=" + enc(WORDS) + "&size=20");
        assertThat(body.get("total").asLong()).isEqualTo(FAR + 1);
        JsonNode first = body.get("results").get(0);
        assertThat(first.get("id").asText()).isEqualTo(NEAR);
        assertThat(first.get("snippet").asText()).contains("<mark>extradition</mark> <mark>request</mark>");
        // Without the boost it is where the tie order puts it: a date sort does not rank by score.
        assertThat(ids(api.get("/api/search?q=" + enc(WORDS) + "&size=20&sort=newest"))).doesNotContain(NEAR);
    }

    @Test
    void pagesAcrossTheWindowsEndShowEveryMatchOnceInTheSameOrderWhateverThePageSize() throws Exception {
        List<String> bySmallPages = new ArrayList<>();
        for (int page = 1; (page - 1) * 20 < FAR + 1; page++) {
            bySmallPages.addAll(ids(api.get("/api/search?q=" + enc(WORDS) + "&size=20&page=" + page)));
        }
        List<String> byLargePages = new ArrayList<>();
        for (int page = 1; (page - 1) * 100 < FAR + 1; page++) {
            byLargePages.addAll(ids(api.get("/api/search?q=" + enc(WORDS) + "&size=100&page=" + page)));
        }
        assertThat(bySmallPages).hasSize(FAR + 1).doesNotHaveDuplicates().startsWith(NEAR);
        assertThat(byLargePages).isEqualTo(bySmallPages);
    }

    @Test
    void aCursorWalkAlsoPutsThePhraseFirstAndReturnsEveryMatchOnce() throws Exception {
        List<String> walked = new ArrayList<>();
        String cursor = "*";
        while (cursor != null) {
            JsonNode batch = api.get("/api/search/cursor?q=" + enc(WORDS) + "&size=100&cursor=" + enc(cursor));
            walked.addAll(ids(batch));
            cursor = batch.get("next_cursor").isNull() ? null : batch.get("next_cursor").asText();
        }
        assertThat(walked).hasSize(FAR + 1).doesNotHaveDuplicates().startsWith(NEAR);
        assertThat(new HashSet<>(walked)).hasSize(FAR + 1);
    }

    @Test
    void aRerankOrItsParametersFromTheRequestAre400sAndRerankSyntaxInTheTextIsSearchedAsText() throws Exception {
        for (String param : List.of("rq", PhraseBoost.PHRASE, PhraseBoost.RERANK_QUERY)) {
            HttpResponse<String> response = api.send("/api/search?q=" + enc(WORDS) + "&" + param + "=" + enc("{!rerank reRankQuery=$x}"));
            assertThat(response.statusCode()).as(param).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("parameter").asText()).isEqualTo(param);
        }
        HttpResponse<String> injected = api.send("/api/search?q=" + enc("{!rerank reRankQuery=$q reRankDocs=1000000} \"a\" extradition"));
        assertThat(injected.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(injected.body()).has("total")).isTrue();
    }
}
