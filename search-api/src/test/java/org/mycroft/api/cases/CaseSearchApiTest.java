package org.mycroft.api.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mycroft.api.LoopbackApi;
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
 * The cooperation-case filters and facets of {@code /api/search} (issue #11) over the sample
 * corpus in real embedded Solr, over real HTTP.
 */
@SpringBootTest(classes = TestApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseSearchApiTest {

    static final Path data = TempDirs.create("mycroft-case-api-test");
    static final List<String> CASE_FACETS = List.of("cooperation_form", "requesting_state", "requested_state",
            "legal_basis", "legal_basis_article", "outcome", "court_level", "confiscation_type");

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

    @Test
    void everyCaseFacetHasAtLeastTwoValuesWithResultsAndEachFilterCountsRight() throws Exception {
        JsonNode all = get("/api/search?size=1&doc_type=case");
        for (String facet : CASE_FACETS) {
            JsonNode values = all.get("facets").get(facet);
            assertThat(values.size()).as(facet).isGreaterThanOrEqualTo(2);
            for (JsonNode value : values) {
                assertThat(value.get("label").asText()).as("label of %s", value).isNotBlank();
                JsonNode filtered = get("/api/search?size=100&doc_type=case&" + facet + "=" + enc(value.get("value").asText()));
                assertThat(filtered.get("total").asLong()).as("%s=%s", facet, value.get("value").asText())
                        .isEqualTo(value.get("count").asLong()).isPositive();
            }
        }
        // Labels come from the taxonomy, in the asked language.
        JsonNode fr = get("/api/search?size=1&doc_type=case&lang=fr");
        assertThat(labelOf(fr, "legal_basis", "UNTOC")).isEqualTo("La Convention (UNTOC)");
        assertThat(labelOf(fr, "outcome", "refused")).isEqualTo("Refusée");
    }

    @Test
    void conventionWithAnArticleNarrowsTheConventionCases() throws Exception {
        JsonNode convention = get("/api/search?size=100&legal_basis=UNTOC");
        JsonNode article16 = get("/api/search?size=100&legal_basis=UNTOC&legal_basis_article=UNTOC-16");
        assertThat(article16.get("total").asLong()).isPositive().isLessThan(convention.get("total").asLong());
        for (JsonNode hit : article16.get("results")) {
            JsonNode doc = get("/api/documents/" + hit.get("id").asText());
            assertThat(doc.toString()).contains("extradi");
        }
    }

    @Test
    void eitherStateIsTheUnionOfBothSides() throws Exception {
        long requesting = total("requesting_state=FRA");
        long requested = total("requested_state=FRA");
        long both = total("requesting_state=FRA&requested_state=FRA");
        assertThat(requesting).isPositive();
        assertThat(requested).isPositive();
        assertThat(total("either_state=FRA")).isEqualTo(requesting + requested - both);
        assertThat(total("either_state=FRA&either_state=USA"))
                .isGreaterThan(total("either_state=FRA")).isGreaterThan(total("either_state=USA"));
    }

    @Test
    void yearRangeKeepsOnlyYearsInsideItAndAgreesWithTheYearFacet() throws Exception {
        JsonNode all = get("/api/search?size=1&doc_type=case");
        long expected = 0;
        for (JsonNode y : all.get("facets").get("year")) {
            int year = y.get("value").asInt();
            if (year >= 2019 && year <= 2022) {
                expected += y.get("count").asLong();
            }
        }
        JsonNode range = get("/api/search?size=100&doc_type=case&year_from=2019&year_to=2022");
        assertThat(range.get("total").asLong()).isEqualTo(expected).isPositive();
        range.get("results").forEach(hit -> assertThat(hit.get("year").asInt()).isBetween(2019, 2022));
        assertThat(total("doc_type=case&year_from=2023")).isPositive()
                .isLessThan(all.get("total").asLong());
    }

    @Test
    void conventionRelianceCountsEachStateOnBothSides() throws Exception {
        JsonNode cases = get("/api/search?size=1&doc_type=case");
        JsonNode untoc = get("/api/search?size=1&doc_type=case&legal_basis=UNTOC");
        Map<String, Long> requesting = counts(untoc.get("facets").get("requesting_state"));
        Map<String, Long> requested = counts(untoc.get("facets").get("requested_state"));
        JsonNode rows = cases.get("convention_reliance");
        assertThat(rows.size()).isGreaterThanOrEqualTo(5);
        long sumRequesting = 0;
        for (JsonNode row : rows) {
            String state = row.get("state").asText();
            assertThat(row.get("as_requesting").asLong()).as(state).isEqualTo(requesting.getOrDefault(state, 0L));
            assertThat(row.get("as_requested").asLong()).as(state).isEqualTo(requested.getOrDefault(state, 0L));
            assertThat(row.get("label").asText()).isNotEqualTo(state);
            sumRequesting += row.get("as_requesting").asLong();
        }
        assertThat(sumRequesting).isEqualTo(untoc.get("total").asLong());
        // The table follows the search: a filter on a State keeps only cases involving it.
        JsonNode colombia = get("/api/search?size=1&either_state=COL");
        assertThat(colombia.get("convention_reliance").toString()).contains("\"COL\"").doesNotContain("\"SEN\"");
    }

    @ParameterizedTest
    @CsvSource({
        "cooperation_form=telepathy, cooperation_form",
        "requesting_state=XYZ, requesting_state",
        "requested_state=ZZZ, requested_state",
        "either_state=Atlantis, either_state",
        "legal_basis=untoc, legal_basis",
        "legal_basis_article=UNTOC-99, legal_basis_article",
        "outcome=maybe, outcome",
        "court_level=heaven, court_level",
        "confiscation_type=all, confiscation_type",
        "year_from=19x9, year_from",
        "year_to=2020a, year_to",
        "year_from=2022&year_to=2019, year_from"
    })
    void unknownCaseValuesAre400sNamingTheParameter(String query, String parameter) throws Exception {
        HttpResponse<String> response = send("/api/search?" + query);
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("parameter").asText()).isEqualTo(parameter);
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("message").asText()).isNotBlank().doesNotContain("Exception");
    }

    private static String labelOf(JsonNode body, String facet, String value) {
        for (JsonNode v : body.get("facets").get(facet)) {
            if (v.get("value").asText().equals(value)) {
                return v.get("label").asText();
            }
        }
        return null;
    }

    private static Map<String, Long> counts(JsonNode values) {
        Map<String, Long> out = new HashMap<>();
        values.forEach(v -> out.put(v.get("value").asText(), v.get("count").asLong()));
        return out;
    }

    private long total(String query) throws Exception {
        return get("/api/search?size=1&" + query).get("total").asLong();
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
