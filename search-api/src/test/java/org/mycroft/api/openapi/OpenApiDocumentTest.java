package org.mycroft.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mycroft.api.article.WorkbenchApiTestSupport;
import org.mycroft.core.taxonomy.CaseVocabulary;
import org.mycroft.core.taxonomy.CrimeType;

/**
 * The served OpenAPI document as a product (issue #11): the reference parser (swagger-parser) finds
 * nothing to report, every operation is summarised, every parameter typed (allowed values from the
 * taxonomy, which the server accepts), every error documented with its shape; and a Java client
 * generated from the served document by openapi-generator searches the running application (the
 * workbench tests' context and index).
 */
class OpenApiDocumentTest extends WorkbenchApiTestSupport {

    private String served;
    private OpenAPI api;

    @BeforeAll
    void read() throws Exception {
        HttpResponse<String> response = send("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        served = response.body();
        // Kept beside the reports, for a reader of a failure.
        java.nio.file.Files.writeString(Path.of("target", "openapi-served.json"), served);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(served, null, options);
        assertThat(result.getMessages()).as("swagger-parser messages").isEmpty();
        api = result.getOpenAPI();
        assertThat(api).isNotNull();
    }

    @Test
    void theDocumentSaysWhoRunsTheApiAndUnderWhichTerms() {
        assertThat(api.getInfo().getTitle()).isEqualTo("Mycroft API");
        assertThat(api.getInfo().getLicense().getName()).isNotBlank();
        assertThat(api.getInfo().getLicense().getUrl()).startsWith("https://");
        assertThat(api.getInfo().getContact().getName()).isNotBlank();
    }

    @Test
    void responseSchemasCarryTheirAnnotationsAndTheJsonNames() {
        // solr-core brings an older swagger-annotations that made any @Schema on a record a 500 of /v3/api-docs.
        var authority = api.getComponents().getSchemas().get("Authority");
        assertThat(authority).as("the country twin's Authority schema").isNotNull();
        assertThat(authority.getProperties()).as("properties named as the JSON writes them")
                .containsKeys("restricted_fields", "name_en", "last_updated").doesNotContainKey("restrictedFields");
        assertThat(((io.swagger.v3.oas.models.media.Schema<?>) authority.getProperties().get("restricted_fields")).getDescription())
                .contains("always empty for anonymous readers");
    }

    @Test
    void everyOperationHasASummaryTypedParametersWithExamplesAndItsErrors() {
        int operations = 0;
        for (var path : api.getPaths().entrySet()) {
            for (var entry : path.getValue().readOperationsMap().entrySet()) {
                Operation op = entry.getValue();
                String where = entry.getKey() + " " + path.getKey();
                operations++;
                assertThat(op.getSummary()).as("summary of %s", where).isNotBlank();
                List<Parameter> parameters = op.getParameters() == null ? List.of() : op.getParameters();
                for (Parameter p : parameters) {
                    assertThat(p.getSchema()).as("schema of %s in %s", p.getName(), where).isNotNull();
                    assertThat(p.getSchema().getType() == null ? p.getSchema().getTypes() : p.getSchema().getType())
                            .as("type of %s in %s", p.getName(), where).isNotNull();
                    assertThat(p.getDescription()).as("description of %s in %s", p.getName(), where).isNotBlank();
                    assertThat(p.getExample()).as("example of %s in %s", p.getName(), where).isNotNull();
                }
                var responses = op.getResponses();
                assertThat(responses).as("responses of %s", where).containsKey("200").containsKey("503");
                if (!parameters.isEmpty()) {
                    assertThat(responses).as("400 of %s", where).containsKey("400");
                    assertErrorShape(responses.get("400"), where);
                }
                if (path.getKey().contains("{")) {
                    assertThat(responses).as("404 of %s", where).containsKey("404");
                    assertErrorShape(responses.get("404"), where);
                }
                assertErrorShape(responses.get("503"), where);
            }
        }
        assertThat(operations).isGreaterThanOrEqualTo(15);
    }

    @Test
    void downloadsNameTheirMediaTypeAndOperationIdsReadWell() {
        Map<String, String> downloads = Map.of("/api/search.csv", "text/csv", "/api/search.jsonl", "application/x-ndjson",
                "/api/search.ris", "application/x-research-info-systems", "/search.atom", "application/atom+xml",
                "/api/compare.csv", "text/csv", "/api/coverage.csv", "text/csv");
        downloads.forEach((path, type) -> assertThat(api.getPaths().get(path).getGet().getResponses().get("200").getContent())
                .as(path).containsOnlyKeys(type));
        List<String> ids = new ArrayList<>();
        api.getPaths().forEach((path, item) -> {
            assertThat(path).as("only the API and the feed").matches("/api/.*|/search\\.atom");
            item.readOperations().forEach(op -> ids.add(op.getOperationId()));
        });
        assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).matches("[a-z][A-Za-z]+"));
    }

    @Test
    void allowedValuesComeFromTheTaxonomyAndTheServerAcceptsEachOfThem() throws Exception {
        Map<String, Parameter> search = parameters("/api/search");
        assertThat(enumOf(search.get("crime_types"))).containsExactlyElementsOf(
                taxonomy.crimeTypes().stream().map(CrimeType::id).toList());
        assertThat(enumOf(search.get("country"))).contains("CAN", "FRA", "GHA").hasSize(taxonomy.countries().all().size());
        assertThat(enumOf(search.get("doc_type"))).containsExactlyElementsOf(taxonomy.docTypes());
        for (String field : CaseVocabulary.get().fields()) {
            assertThat(enumOf(search.get(field))).as(field).containsExactlyElementsOf(CaseVocabulary.get().values(field));
        }
        List<String> requests = new ArrayList<>();
        for (String name : List.of("doc_type", "crime_types", "cross_cutting", "region", "cooperation_form", "legal_basis",
                "outcome", "court_level", "confiscation_type", "sort", "lang")) {
            enumOf(search.get(name)).forEach(v -> requests.add(name + "=" + enc(v)));
        }
        for (String query : requests) {
            assertThat(send("/api/search?size=1&" + query).statusCode()).as(query).isEqualTo(200);
        }
        // The documented example of each parameter is itself a valid request.
        for (Parameter p : search.values()) {
            JsonNode example = JSON.valueToTree(p.getExample());
            String value = example.isArray() ? example.get(0).asText() : example.asText();
            assertThat(send("/api/search?" + p.getName() + "=" + enc(value)).statusCode()).as("%s=%s", p.getName(), value)
                    .isEqualTo(200);
        }
        // A value outside the list is the documented 400.
        HttpResponse<String> bad = send("/api/search?outcome=won");
        assertThat(bad.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(bad.body());
        assertThat(error.fieldNames()).toIterable().containsExactlyInAnyOrder("status", "error", "message", "parameter");
        assertThat(error.get("parameter").asText()).isEqualTo("outcome");
    }

    @Test
    void aClientGeneratedFromTheServedDocumentSearchesTheRunningApplication(@TempDir Path work) throws Exception {
        GeneratedClient client = GeneratedClient.generate(served, work, "http://127.0.0.1:" + port);
        Object response = client.call("search", Map.of("q", "extradition", "doc_type", List.of("case"), "size", 50));
        JsonNode expected = get("/api/search?q=extradition&doc_type=case&size=50");
        assertThat(expected.get("total").asLong()).isPositive();
        assertThat(((Number) GeneratedClient.property(response, "total")).longValue()).isEqualTo(expected.get("total").asLong());
        List<String> ids = new ArrayList<>();
        for (Object hit : (List<?>) GeneratedClient.property(response, "results")) {
            ids.add((String) GeneratedClient.property(hit, "id"));
        }
        assertThat(ids).containsExactlyElementsOf(expected.get("results").findValuesAsText("id"));
        // A value the server refuses reaches the client as the documented 400.
        assertThat(client.statusOfFailed("search", Map.of("country", List.of("XYZ")))).isEqualTo(400);
    }

    private void assertErrorShape(ApiResponse declared, String where) {
        ApiResponse response = declared.get$ref() == null ? declared
                : api.getComponents().getResponses().get(declared.get$ref().substring(declared.get$ref().lastIndexOf('/') + 1));
        assertThat(response.getContent()).as("content of an error of %s", where).containsKey("application/json");
        Schema<?> schema = response.getContent().get("application/json").getSchema();
        assertThat(schema.get$ref()).as(where).endsWith("/" + ApiDocumentCompleter.ERROR_SCHEMA);
        assertThat(response.getContent().get("application/json").getExamples()).as("example of %s", where).isNotEmpty();
    }

    private Map<String, Parameter> parameters(String path) {
        Map<String, Parameter> byName = new java.util.LinkedHashMap<>();
        api.getPaths().get(path).getGet().getParameters().forEach(p -> byName.put(p.getName(), p));
        return byName;
    }

    private static List<String> enumOf(Parameter p) {
        Schema<?> schema = p.getSchema().getItems() != null ? p.getSchema().getItems() : p.getSchema();
        return schema.getEnum().stream().map(String::valueOf).toList();
    }
}
