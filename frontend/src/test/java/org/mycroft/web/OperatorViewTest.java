package org.mycroft.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * What an operator gets from the running portal: health with Solr as a component, liveness and
 * readiness probes, Prometheus metrics with the API's request timer and the Solr query timer, and
 * one structured log line per request.
 */
@ExtendWith(OutputCaptureExtension.class)
class OperatorViewTest extends PortalTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void healthShowsSolrAndTheProbesAnswer() throws Exception {
        HttpResponse<String> health = get("/actuator/health", "Accept", "application/json");
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(health.body());
        assertThat(body.get("status").asText()).isEqualTo("UP");
        assertThat(body.at("/components/solr/status").asText()).isEqualTo("UP");
        assertThat(JSON.readTree(get("/actuator/health/liveness", "Accept", "application/json").body()).get("status").asText())
                .isEqualTo("UP");
        HttpResponse<String> readiness = get("/actuator/health/readiness", "Accept", "application/json");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(readiness.body()).at("/components/solr/status").asText()).isEqualTo("UP");
    }

    @Test
    void prometheusHasRequestAndSolrTimersAndRequestsAreLoggedOnOneLine(CapturedOutput output) {
        // The request log writes its line after the response is sent, so only requests followed by
        // others are asserted in the log: the first metrics read is logged while the searches run.
        assertThat(get("/actuator/prometheus", "Accept", "text/plain").statusCode()).isEqualTo(200);
        assertThat(get("/api/search?q=extradition", "Accept", "application/json").statusCode()).isEqualTo(200);
        assertThat(get("/search?q=extradition").statusCode()).isEqualTo(200);

        HttpResponse<String> metrics = get("/actuator/prometheus", "Accept", "text/plain");
        assertThat(metrics.statusCode()).as("loopback clients may read the metrics").isEqualTo(200);
        assertThat(metrics.body()).contains("mycroft_solr_query_seconds_count")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/search\"")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/search\"")
                // Spring Security's per-filter observations are off (mycroft-defaults.properties): they cost CPU on every request.
                .doesNotContain("spring_security_filterchains");
        assertThat(output.getOut() + output.getErr())
                .containsPattern("method=GET path=/api/search status=200 ms=[0-9.]+ solr_ms=[0-9.]*[1-9][0-9.]*")
                .contains("method=GET path=/actuator/prometheus status=200");
    }

    @Test
    void managementEndpointsOtherThanHealthAreNotExposedBeyondTheList() {
        assertThat(get("/actuator/env", "Accept", "application/json").statusCode()).isEqualTo(404);
        assertThat(get("/actuator/beans", "Accept", "application/json").statusCode()).isEqualTo(404);
    }
}
