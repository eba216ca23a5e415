package org.mycroft.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mycroft.api.LoopbackApi;
import org.mycroft.api.SampleIndex;
import org.mycroft.api.TestApiApplication;
import org.mycroft.api.TempDirs;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.taxonomy.Taxonomy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The JSON search API over real embedded Solr with the sample corpus indexed, called over
 * real HTTP on loopback.
 */
@SpringBootTest(classes = TestApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchApiTest {

    // Not @TempDir: Spring resolves the dynamic properties before JUnit injects temp dirs.
    static final Path data = TempDirs.create("mycroft-api-test");

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
        // Two synthetic units pin the hierarchical filters independently of the tagger.
        solr.add(List.of(
                unit("hier-paragraph", "UNTOC-18.13", "wildlife-crime", "environmental-crime"),
                unit("hier-other", "UNTOC-16", "fraud"), mentionProbe()));
        solr.commit();
    }

    private static SolrInputDocument unit(String id, String article, String... crimeTypesExpanded) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField(IndexFields.ID, id);
        doc.setField(IndexFields.PARENT_ID, id);
        doc.setField(IndexFields.DOC_TYPE, "reference");
        doc.setField(IndexFields.TITLE, "Hierarchy probe " + id);
        doc.setField(IndexFields.TEXT_EN, "A probe for hierarchical filters: zyxwvprobe.");
        doc.setField(IndexFields.LANGUAGE, "en");
        doc.setField(IndexFields.ARTICLES, article);
        doc.setField(IndexFields.ARTICLES_EXPANDED, Taxonomy.withAncestors(article));
        doc.setField(IndexFields.CRIME_TYPES, crimeTypesExpanded[crimeTypesExpanded.length - 1]);
        doc.setField(IndexFields.CRIME_TYPES_EXPANDED, List.of(crimeTypesExpanded));
        return doc;
    }

    /** A provision that only names laundering in a list of predicates: a mention, never a subject. */
    private static SolrInputDocument mentionProbe() {
        SolrInputDocument doc = unit("mention-probe", "UNTOC-23", "obstruction-of-justice");
        doc.setField(IndexFields.TEXT_EN, "Whoever intimidates a witness in proceedings for laundering, bribery or fraud: qwmentionprobe.");
        doc.setField(IndexFields.MENTIONS, List.of("money-laundering", "corruption", "fraud"));
        return doc;
    }

    @Test
    void aMentionIsSearchableButNeitherASubjectNorAFacetCount() throws Exception {
        JsonNode mentioned = get("/api/search?mentions=money-laundering&q=qwmentionprobe");
        assertThat(mentioned.get("total").asLong()).isEqualTo(1);
        JsonNode hit = mentioned.get("results").get(0);
        assertThat(hit.get("mentions").toString()).contains("money-laundering");
        assertThat(hit.get("crime_types").toString()).doesNotContain("money-laundering");
        assertThat(get("/api/search?crime_types=money-laundering&q=qwmentionprobe").get("total").asLong()).isZero();
        JsonNode facets = get("/api/search?q=qwmentionprobe").get("facets").get("crime_types");
        assertThat(facets.toString()).contains("obstruction-of-justice").doesNotContain("money-laundering");
        assertThat(get("/api/documents/mention-probe").get("mentions").toString()).contains("corruption");
        assertThat(get("/api/search?mentions=extradition&q=qwmentionprobe").get("total").asLong()).isZero();
    }

    @Test
    void phraseFromInsideASamplePdfFindsItWithAHighlightedSnippet() throws Exception {
        JsonNode body = get("/api/search?q=" + enc("\"dual criminality is not required for coercive measures\""));
        assertThat(body.get("total").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode first = body.get("results").get(0);
        assertThat(first.get("snippet").asText()).contains("<mark>");
        JsonNode document = get("/api/documents/" + first.get("id").asText());
        assertThat(document.get("source_path").asText()).endsWith(".pdf");
        assertThat(document.get("text").asText()).contains("dual criminality is not required for coercive measures");
    }

    @Test
    void responseHasTheDocumentedShape() throws Exception {
        JsonNode body = get("/api/search?q=" + enc("mutual legal assistance"));
        assertThat(body.get("total").asLong()).isGreaterThan(0);
        assertThat(body.get("page").asInt()).isEqualTo(1);
        assertThat(body.get("size").asInt()).isEqualTo(20);
        JsonNode hit = body.get("results").get(0);
        for (String field : List.of("id", "doc_type", "title", "country", "year", "language", "articles", "crime_types",
                "cross_cutting", "snippet", "url")) {
            assertThat(hit.has(field)).as("result field %s", field).isTrue();
        }
        assertThat(hit.get("url").asText()).isEqualTo("/documents/" + hit.get("id").asText());
        for (Facet facet : Facet.values()) {
            assertThat(body.get("facets").has(facet.parameter())).as("facet %s", facet.parameter()).isTrue();
        }
        JsonNode docTypes = body.get("facets").get("doc_type");
        assertThat(docTypes.get(0).has("value") && docTypes.get(0).has("label") && docTypes.get(0).has("count")).isTrue();
    }

    @Test
    void everyFacetCountEqualsTheTotalWhenFilteringOnIt() throws Exception {
        JsonNode all = get("/api/search?size=1");
        int checked = 0;
        for (Facet facet : Facet.values()) {
            for (JsonNode value : all.get("facets").get(facet.parameter())) {
                JsonNode filtered = get("/api/search?size=1&" + facet.parameter() + "=" + enc(value.get("value").asText()));
                assertThat(filtered.get("total").asLong())
                        .as("%s=%s", facet.parameter(), value.get("value").asText())
                        .isEqualTo(value.get("count").asLong());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void aFacetListsItsMostFrequentValuesAndMoreOrASelectionListsThemAll() throws Exception {
        JsonNode top = get("/api/search?size=1");
        List<String> truncated = new ArrayList<>();
        top.get("truncated_facets").forEach(name -> truncated.add(name.asText()));
        assertThat(truncated).as("the samples have a facet with more values than a page lists").contains("articles");
        for (Facet facet : Facet.values()) {
            if (!facet.counted()) {
                continue;
            }
            JsonNode shown = top.get("facets").get(facet.parameter());
            JsonNode whole = get("/api/search?size=1&more=" + facet.parameter());
            assertThat(whole.get("truncated_facets").toString()).doesNotContain("\"" + facet.parameter() + "\"");
            JsonNode all = whole.get("facets").get(facet.parameter());
            if (truncated.contains(facet.parameter())) {
                assertThat(shown.size()).as(facet.parameter()).isEqualTo(SearchQueryBuilder.FACET_VALUES);
                assertThat(all.size()).as(facet.parameter()).isGreaterThan(shown.size());
            } else {
                assertThat(all.size()).as(facet.parameter()).isEqualTo(shown.size());
            }
            for (int i = 0; i < shown.size(); i++) { // the most frequent first, in the same order
                assertThat(all.get(i)).as("%s #%d", facet.parameter(), i).isEqualTo(shown.get(i));
            }
        }
        // A facet with a selected value lists all its values, so the selection keeps its count.
        JsonNode selected = get("/api/search?size=1&articles=UNTOC-5");
        assertThat(selected.get("truncated_facets").toString()).doesNotContain("\"articles\"");
        assertThat(selected.get("facets").get("articles").size())
                .isEqualTo(get("/api/search?size=1&more=articles").get("facets").get("articles").size());
    }

    @Test
    void valuesOfOneFacetAreOredAndFacetsAreAnded() throws Exception {
        JsonNode all = get("/api/search?size=1");
        JsonNode countries = all.get("facets").get("country");
        String a = countries.get(0).get("value").asText();
        String b = countries.get(1).get("value").asText();
        long both = get("/api/search?size=1&country=" + a + "&country=" + b).get("total").asLong();
        assertThat(both).isEqualTo(countries.get(0).get("count").asLong() + countries.get(1).get("count").asLong());

        JsonNode cases = get("/api/search?size=100&doc_type=case&country=" + a + "&country=" + b);
        for (JsonNode hit : cases.get("results")) {
            assertThat(hit.get("doc_type").asText()).isEqualTo("case");
            assertThat(hit.get("country").asText()).isIn(a, b);
        }
        long allCases = get("/api/search?size=1&doc_type=case").get("total").asLong();
        assertThat(cases.get("total").asLong()).isLessThanOrEqualTo(Math.min(allCases, both));
    }

    @Test
    void aRepeatedWordSearchesAsTheWordOnceAndCannotStandInForAnother() throws Exception {
        JsonNode once = get("/api/search?q=" + enc("extradition request") + "&size=100");
        JsonNode repeated = get("/api/search?q=" + enc("extradition Extradition request extradition") + "&size=100");
        assertThat(once.get("total").asLong()).isPositive();
        // Sent as is, "extradition" three times met the minimum match alone, without "request".
        assertThat(repeated.get("total").asLong()).isEqualTo(once.get("total").asLong());
        assertThat(ids(repeated)).isEqualTo(ids(once));
    }

    @Test
    void pageTwoContinuesPageOne() throws Exception {
        List<String> firstTen = ids(get("/api/search?q=" + enc("assistance") + "&size=10"));
        List<String> page1 = ids(get("/api/search?q=" + enc("assistance") + "&size=5&page=1"));
        List<String> page2 = ids(get("/api/search?q=" + enc("assistance") + "&size=5&page=2"));
        assertThat(firstTen).hasSizeGreaterThan(5);
        List<String> joined = new ArrayList<>(page1);
        joined.addAll(page2);
        assertThat(joined).isEqualTo(firstTen);
        JsonNode second = get("/api/search?q=" + enc("assistance") + "&size=5&page=2");
        assertThat(second.get("page").asInt()).isEqualTo(2);
    }

    @Test
    void emptyQueryListsEverythingNewestFirst() throws Exception {
        JsonNode body = get("/api/search?size=100");
        assertThat(body.get("total").asLong()).isGreaterThanOrEqualTo(30);
        Integer previous = null;
        for (JsonNode hit : body.get("results")) {
            if (hit.get("year").isNull()) {
                continue;
            }
            int year = hit.get("year").asInt();
            if (previous != null) {
                assertThat(year).isLessThanOrEqualTo(previous);
            }
            previous = year;
        }
    }

    @Test
    void articleFilterFindsParagraphsAndCrimeFilterFindsChildren() throws Exception {
        Set<String> untoc18 = new HashSet<>(ids(get("/api/search?q=zyxwvprobe&articles=UNTOC-18")));
        assertThat(untoc18).containsExactly("hier-paragraph");
        Set<String> paragraph = new HashSet<>(ids(get("/api/search?q=zyxwvprobe&articles=UNTOC-18.13")));
        assertThat(paragraph).containsExactly("hier-paragraph");
        Set<String> environment = new HashSet<>(ids(get("/api/search?q=zyxwvprobe&crime_types=environmental-crime")));
        assertThat(environment).containsExactly("hier-paragraph");
        assertThat(ids(get("/api/search?q=zyxwvprobe&articles=UNTOC-16"))).containsExactly("hier-other");
    }

    @Test
    void pagingReachesTheFirstTenThousandResultsAndPointsDeeperSetsToTheCursor() throws Exception {
        assertThat(send("/api/search?page=100&size=100").statusCode()).isEqualTo(200);
        assertThat(send("/api/search?page=500").statusCode()).isEqualTo(200);
        HttpResponse<String> deeper = send("/api/search?page=101&size=100");
        assertThat(deeper.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(deeper.body());
        assertThat(error.get("parameter").asText()).isEqualTo("page");
        assertThat(error.get("message").asText()).contains("10,000").contains("100").contains("/api/search/cursor");
    }

    @ParameterizedTest
    @CsvSource({
        "size=100000, size",
        "page=-1, page",
        "page=abc, page",
        // Paging reaches the first 10,000 results (page x size); deeper sets go through /api/search/cursor.
        "page=101&size=100, page",
        "page=201&size=50, page",
        "articles=UNTOC-99, articles",
        "year=20x5, year",
        "country=XYZ, country",
        "crime_types=shoplifting, crime_types",
        "sort=random, sort",
        "lang=de, lang",
        "colour=blue, colour",
        "mentions=shoplifting, mentions",
        "more=colour, more",
        "more=year_from, more"
    })
    void badParametersAre400sNamingTheParameter(String query, String parameter) throws Exception {
        HttpResponse<String> response = send("/api/search?" + query);
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("parameter").asText()).isEqualTo(parameter);
        assertThat(body.get("message").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("solr");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{!xmlparser v='<!DOCTYPE a SYSTEM \"http://127.0.0.1:1/x\"><a/>'}",
        "{!join from=id to=parent_id}*:*",
        "\"unbalanced ( [ quote",
        "title:(money AND",
        "laundering^100 OR *",
        "\\",
        "{!frange l=0}sum(1)",
        "AND OR NOT"
    })
    void solrSyntaxIsSearchedAsText(String q) throws Exception {
        HttpResponse<String> response = send("/api/search?q=" + enc(q));
        assertThat(response.statusCode()).as(q).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).has("total")).isTrue();
    }

    @Test
    void localParamsInQueryDoNotChangeTheParser() throws Exception {
        // Were {!join} honoured, it would match every unit; as text it matches (almost) nothing.
        long all = get("/api/search?size=1").get("total").asLong();
        long injected = get("/api/search?size=1&q=" + enc("{!join from=id to=parent_id}*:*")).get("total").asLong();
        assertThat(injected).isLessThan(all);
    }

    @Test
    void documentJsonHasTextAndSource() throws Exception {
        // A summary of a real law carries its official source; fictional samples have none.
        JsonNode hit = get("/api/search?q=" + enc("Modern Slavery Act") + "&doc_type=legislation&country=GBR&size=1")
                .get("results").get(0);
        JsonNode doc = get("/api/documents/" + hit.get("id").asText());
        assertThat(doc.get("text").asText()).isNotBlank();
        assertThat(doc.get("source_url").asText()).startsWith("http");
        assertThat(doc.get("provisions").size()).isGreaterThan(1);
    }

    @Test
    void unknownDocumentIs404AndMalformedIdIs400() throws Exception {
        assertThat(send("/api/documents/no-such-document").statusCode()).isEqualTo(404);
        assertThat(send("/api/documents/" + enc("BAD ID!")).statusCode()).isEqualTo(400);
    }

    @Test
    void openApiDescribesTheSearchAndDocumentEndpoints() throws Exception {
        JsonNode spec = get("/v3/api-docs");
        assertThat(spec.get("paths").has("/api/search")).isTrue();
        assertThat(spec.get("paths").has("/api/documents/{id}")).isTrue();
    }

    @Test
    void traffickingInPersonsDoesNotFindTippingOff() throws Exception {
        // The synonym line "tip, trafficking in persons" once met KStem's tipping -> tip, ranking
        // "Section 333A. Tipping off" (Proceeds of Crime Act sample) among the trafficking laws.
        JsonNode tipping = get("/api/search?size=5&q=" + enc("tipping off"));
        assertThat(tipping.get("results").get(0).get("title").asText()).containsIgnoringCase("tipping");
        for (String q : List.of("trafficking in persons", "TIP", "human trafficking")) {
            JsonNode body = get("/api/search?size=100&q=" + enc(q));
            assertThat(body.get("total").asLong()).as(q).isGreaterThan(0);
            body.get("results").forEach(hit -> assertThat(hit.get("title").asText() + " " + hit.get("snippet").asText())
                    .as(q).doesNotContainIgnoringCase("tipping"));
        }
    }

    private static List<String> ids(JsonNode body) {
        List<String> ids = new ArrayList<>();
        body.get("results").forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }

    /** Each new UN language is searched in its own field: inflected and segmented forms find the samples. */
    @Test
    void arabicChineseAndRussianQueriesFindTheirSamplesWithLabelsInThatLanguage() throws Exception {
        Map<String, String> queries = Map.of(
                "غسل أموال", "ar", // the text says "غسل الأموال"
                "洗钱罪", "zh",
                "торговлей людьми", "ru"); // the text says "торговле людьми", "Торговля людьми"
        for (Map.Entry<String, String> q : queries.entrySet()) {
            JsonNode body = get("/api/search?q=" + enc(q.getKey()) + "&lang=" + q.getValue());
            assertThat(body.get("total").asInt()).as(q.getKey()).isPositive();
            assertThat(body.get("results").get(0).get("language").asText()).as(q.getKey()).isEqualTo(q.getValue());
            assertThat(body.get("results").get(0).get("snippet").asText()).as(q.getKey()).contains("<mark>");
        }
        JsonNode zh = get("/api/search?lang=zh&language=zh");
        assertThat(zh.get("total").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(zh.get("facets").get("country").findValuesAsText("label")).contains("中国");
    }

    private JsonNode get(String path) throws Exception {
        return new LoopbackApi(http, port).get(path);
    }

    private HttpResponse<String> send(String path) throws Exception {
        return new LoopbackApi(http, port).send(path);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
