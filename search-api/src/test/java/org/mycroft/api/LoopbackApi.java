package org.mycroft.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The API of a test's running portal, called over real HTTP on loopback. */
public record LoopbackApi(HttpClient http, int port) {

    public static final ObjectMapper JSON = new ObjectMapper();

    public LoopbackApi(int port) {
        this(HttpClient.newHttpClient(), port);
    }

    /** GET {@code path}; the answer must be a 200, read as JSON. */
    public JsonNode get(String path) throws Exception {
        HttpResponse<String> response = send(path);
        assertThat(response.statusCode()).as("%s -> %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    public HttpResponse<String> send(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The ids of a search answer's results, in order. */
    public static List<String> ids(JsonNode body) {
        List<String> ids = new ArrayList<>();
        body.get("results").forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
