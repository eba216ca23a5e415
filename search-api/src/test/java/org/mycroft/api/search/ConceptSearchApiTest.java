package org.mycroft.api.search;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mycroft.api.SampleIndex;
import org.mycroft.api.TempDirs;
import org.mycroft.api.TestApiApplication;
import org.mycroft.core.taxonomy.Taxonomy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Cross-language concept search (issue #11) over the sample corpus in real embedded Solr, over
 * real HTTP: the taxonomy's concepts are recognised in the query in any language, their tags and
 * names are searched beside the words, the response says what was recognised, and
 * {@code concepts=off} searches the words only.
 */
@SpringBootTest(classes = TestApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConceptSearchApiTest {

    static final Path data = TempDirs.create("mycroft-concept-api-test");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("mycroft.data-dir", () -> data.toString());
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    SolrClient solr;

    @Autowired
    Taxonomy taxonomy;

    @BeforeAll
    void index() throws Exception {
        SampleIndex.load(solr, taxonomy, data);
    }

    @ParameterizedTest
    @CsvSource({
            "trata de personas, trafficking-in-persons, crime_types, en, Trafficking in persons",
            "traite des personnes, trafficking-in-persons, crime_types, fr, Traite des personnes",
            "mensenhandel, trafficking-in-persons, crime_types, es, Trata de personas",
            "extradición, extradition, cross_cutting, en, Extradition",
            "blanchiment d'argent, money-laundering, crime_types, en, Money-laundering"})
    void conceptsAreRecognisedInAnyLanguageAndLabelledInTheRequestLanguage(String q, String id, String facet, String lang,
            String label) throws Exception {
        JsonNode concepts = get("/api/search?size=1&q=" + enc(q) + "&lang=" + lang).get("concepts");
        assertThat(concepts.get("searched").asBoolean()).isTrue();
        assertThat(concepts.get("recognised")).hasSize(1);
        JsonNode concept = concepts.get("recognised").get(0);
        assertThat(concept.get("id").asText()).isEqualTo(id);
        assertThat(concept.get("facet").asText()).isEqualTo(facet);
        assertThat(concept.get("label").asText()).isEqualTo(label);
    }

    @Test
    void aSpanishQueryFindsTheEnglishLawsOnItsConceptAndTheWordsAloneDoNot() throws Exception {
        String query = "/api/search?size=20&language=en&q=" + enc("trata de personas");
        JsonNode on = get(query);
        assertThat(documents(on)).contains("gbr-modern-slavery-act-2015", "usa-18-usc-trafficking-forced-labor");
        assertThat(documents(on).getFirst()).isIn("gbr-modern-slavery-act-2015", "usa-18-usc-trafficking-forced-labor",
                "nzl-crimes-act-1961-organised-crime", "ecthr-rantsev-v-cyprus-and-russia-2010");
        on.get("results").forEach(hit -> assertThat(hit.get("language").asText()).isEqualTo("en"));
        // The English name of the concept is highlighted in the English text.
        assertThat(on.get("results").get(0).get("snippet").asText()).containsIgnoringCase("<mark>");

        JsonNode off = get(query + "&concepts=off");
        assertThat(off.get("total").asLong()).isZero();
        assertThat(off.get("concepts").get("searched").asBoolean()).isFalse();
        assertThat(off.get("concepts").get("recognised").get(0).get("id").asText()).isEqualTo("trafficking-in-persons");
    }

    @Test
    void aFrenchQueryAlsoFindsTheEnglishLawOnItsConceptWhileItsOwnLanguageStaysFirst() throws Exception {
        JsonNode on = get("/api/search?size=100&q=" + enc("traite des personnes"));
        // Same language first: the French trafficking laws lead, as with the words alone.
        JsonNode off = get("/api/search?size=100&concepts=off&q=" + enc("traite des personnes"));
        assertThat(documents(on).getFirst()).isEqualTo(documents(off).getFirst());
        assertThat(on.get("results").get(0).get("language").asText()).isEqualTo("fr");
        // And the other languages' laws on the subject are found too.
        assertThat(documents(on)).contains("gbr-modern-slavery-act-2015");
        assertThat(documents(off)).doesNotContain("gbr-modern-slavery-act-2015");
        assertThat(on.get("total").asLong()).isGreaterThan(off.get("total").asLong());
    }

    @Test
    void aQueryNamingNoConceptIsSearchedExactlyAsBefore() throws Exception {
        for (String q : List.of("proceeds", "Microsoft warrant", "Aurora")) {
            JsonNode on = get("/api/search?size=50&q=" + enc(q));
            JsonNode off = get("/api/search?size=50&concepts=off&q=" + enc(q));
            assertThat(on.get("concepts").get("recognised")).as(q).isEmpty();
            assertThat(ids(on)).as(q).isEqualTo(ids(off)).isNotEmpty();
            assertThat(on.get("total")).isEqualTo(off.get("total"));
        }
    }

    @Test
    void theSwitchIsValidatedAndSolrSyntaxInTheQueryStaysText() throws Exception {
        HttpResponse<String> bad = send("/api/search?q=x&concepts=maybe");
        assertThat(bad.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(bad.body());
        assertThat(error.get("parameter").asText()).isEqualTo("concepts");
        assertThat(error.get("message").asText()).contains("on").contains("off");
        assertThat(send("/api/search?q=x&concepts=on&concepts=off").statusCode()).isEqualTo(400);
        // Local params and operators next to a concept are words, never Solr syntax.
        JsonNode hostile = get("/api/search?q=" + enc("{!join from=id to=parent_id}trata de personas $mycroft_user:*"));
        assertThat(hostile.get("concepts").get("recognised").get(0).get("id").asText()).isEqualTo("trafficking-in-persons");
        assertThat(get("/api/search?q=" + enc("\"trata de personas") + "&concepts=on").get("total").asLong()).isPositive();
    }

    private static List<String> documents(JsonNode body) {
        List<String> docs = new ArrayList<>();
        body.get("results").forEach(hit -> docs.add(hit.get("parent_id").asText()));
        return docs;
    }

    private static List<String> ids(JsonNode body) {
        List<String> ids = new ArrayList<>();
        body.get("results").forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = send(path);
        assertThat(response.statusCode()).as("%s -> %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
