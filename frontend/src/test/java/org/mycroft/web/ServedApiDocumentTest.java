package org.mycroft.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the whole portal serves (pages, curation and API in one application)
 * describes the API and the feed only, typed like search-api's own: the pages, their CSV aliases
 * and the curation forms stay out. search-api's OpenApiDocumentTest validates the document itself.
 */
class ServedApiDocumentTest extends PortalTestSupport {

    @Test
    void thePortalServesTheApiDocumentWithoutItsPages() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs", "Accept", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode doc = new ObjectMapper().readTree(response.body());
        assertThat(doc.get("info").get("license").get("name").asText()).isNotBlank();
        assertThat(doc.get("paths").properties()).isNotEmpty().allSatisfy(path -> {
            assertThat(path.getKey()).matches("/api/.*|/search\\.atom");
            path.getValue().properties().forEach(operation -> {
                assertThat(operation.getValue().get("summary").asText()).as(path.getKey()).isNotBlank();
                operation.getValue().path("parameters").forEach(p -> assertThat(p.has("schema")).as("%s %s", path.getKey(), p).isTrue());
                assertThat(operation.getValue().get("responses").has("503")).as(path.getKey()).isTrue();
            });
        });
        assertThat(doc.get("paths").has("/api/search")).isTrue();
        assertThat(doc.get("paths").has("/api/documents/{id}")).isTrue();
    }
}
