package org.mycroft.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Limits and hostile input against the running portal on loopback: each bound (query length,
 * values per facet, page depth, query-string size, parameter count) is a 400 that names it; deep
 * result sets are walked with a cursor; and thousands of generated hostile parameter combinations
 * sent to every GET endpoint the application maps never produce a 5xx.
 */
class HostileRequestsTest extends PortalTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FUZZ_REQUESTS = 2500;

    @Autowired
    @Qualifier("requestMappingHandlerMapping") // the application's own; the actuator has another
    RequestMappingHandlerMapping mappings;

    @Test
    void everyLimitIsA400ThatNamesIt() throws Exception {
        assertLimit("/api/search?q=" + "a".repeat(1001), "q", "1000");
        assertLimit("/api/search?page=501", "page", "500");
        assertLimit("/api/search?size=101", "size", "100");
        StringBuilder countries = new StringBuilder("/api/search?q=x");
        for (int i = 0; i < 61; i++) {
            countries.append("&country=").append(String.format("A%02d", i));
        }
        assertLimit(countries.toString(), "country", "60");
        StringBuilder many = new StringBuilder("/api/search?q=x");
        for (int i = 0; i < 201; i++) {
            many.append("&year=").append(1800 + i);
        }
        assertLimit(many.toString(), "year", "200");
        assertLimit("/api/search?q=" + "b".repeat(900) + "&lang=" + "c".repeat(8000), "lang", "8192");
        assertLimit("/api/search?q=x&=extradition", "", "no name");

        HttpResponse<String> page = get("/search?q=" + "a".repeat(1001) + "&lang=fr");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("1000");
    }

    @Test
    void errorAskedForDirectlyIsA404NotA500() throws Exception {
        HttpResponse<String> json = get("/error", "Accept", "application/json");
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(json.body()).get("status").asInt()).isEqualTo(404);
        HttpResponse<String> page = get("/error?lang=fr", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<html").doesNotContain("Exception", "Whitelabel");
        assertThat(get("/error/x", "Accept", "text/html").statusCode()).isEqualTo(404);
    }

    @Test
    void aCursorWalksTheWholeResultSetOnce() throws Exception {
        long total = JSON.readTree(get("/api/search?q=", "Accept", "application/json").body()).get("total").asLong();
        Set<String> seen = new HashSet<>();
        String cursor = "*";
        int batches = 0;
        while (cursor != null && batches < 1000) {
            HttpResponse<String> response = get("/api/search/cursor?size=7&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8),
                    "Accept", "application/json");
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.get("total").asLong()).isEqualTo(total);
            body.get("results").forEach(hit -> assertThat(seen.add(hit.get("id").asText())).as("no unit twice").isTrue());
            cursor = body.get("next_cursor").isNull() ? null : body.get("next_cursor").asText();
            batches++;
        }
        assertThat(seen).hasSize((int) total);
        assertThat(batches).isGreaterThan(1);

        assertLimit("/api/search/cursor?cursor=%7B!xmlparser%7D", "cursor", "next_cursor");
        assertLimit("/api/search/cursor?cursor=AoEpbm90LWEtY3Vyc29y", "cursor", "next_cursor");
        assertLimit("/api/search/cursor?cursor=*&page=2", "page", "cursor");
    }

    @Test
    void thousandsOfHostileRequestsToEveryGetEndpointGiveNo5xx() {
        // A fixed seed keeps the build reproducible; -Dfuzz.seed=N explores other combinations.
        long seed = Long.getLong("fuzz.seed", 20261203L);
        Random random = new Random(seed);
        List<String> endpoints = getEndpoints();
        assertThat(endpoints).contains("/api/search", "/search", "/documents/{id}", "/api/search/cursor");
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < FUZZ_REQUESTS; i++) {
            String url = hostileUrl(random, endpoints.get(random.nextInt(endpoints.size())));
            String accept = pick(random, List.of("application/json", "text/html", "*/*", "text/csv", "image/png", "garbage"));
            HttpResponse<String> response = get(url, "Accept", accept,
                    "Accept-Language", pick(random, List.of("fr", "es-ES,es;q=0.9", "ar", "zz", "*", "en;q=x")));
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() >= 500) {
                failures.add(response.statusCode() + " " + url + " (Accept " + accept + ")");
            }
        }
        System.out.printf("Fuzz (seed %d): %d requests to %d endpoints, statuses %s%n", seed, FUZZ_REQUESTS, endpoints.size(), statuses);
        assertThat(failures).as("5xx answers (seed %d)", seed).isEmpty();
        assertThat(statuses).as("the fuzz reaches both answers and refusals").containsKeys(200, 400);
    }

    private List<String> getEndpoints() {
        Set<String> paths = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                paths.addAll(info.getPatternValues());
            }
        }
        return List.copyOf(paths);
    }

    private static final List<String> NAMES = List.of("q", "page", "size", "sort", "lang", "doc_type", "country", "region",
            "year", "language", "crime_types", "articles", "cross_cutting", "article", "instrument", "cursor", "id",
            "from", "to", "format", "state", "x", "q[]", "", "%", "fl", "qt", "defType", "wt", "json.facet");
    private static final List<String> VALUES = List.of("", " ", "*", "*:*", "extradition", "blanqueo de capitales",
            "\"mutual legal assistance\"", "{!xmlparser v='<!DOCTYPE a SYSTEM \"http://127.0.0.1:9/x\"><a/>'}",
            "{!func}sum(1,1)", "{!join from=id to=id}*:*", "id:* OR 1", "\"", "\"\"\"", "\\", "((((", "[* TO *]",
            "-1", "0", "1", "2", "500", "501", "2147483648", "99999999999999999999", "1e9", "NaN", "\u0000", "\r\n",
            "<script>alert(1)</script>", "../../etc/passwd", "UNTOC-5", "UNTOC-18.13", "UNTOC-999", "TIP", "FP", "SOM",
            "FRA", "CAN", "fra", "Canada", "Côte d'Ivoire", "fr", "es", "ar", "zh", "xx", "legislation", "case",
            "money-laundering", "environmental-crime", "extradition", "african", "relevance", "newest", "oldest",
            "2015", "15", "🙂", "قانون", "洗钱", "AoE=", "&", "=", "%", "+", "null", "true", "a".repeat(999),
            "x".repeat(1001), "test-escaping-case");

    private static String hostileUrl(Random random, String pattern) {
        StringBuilder url = new StringBuilder();
        for (String segment : pattern.substring(1).split("/", -1)) {
            url.append('/');
            url.append(segment.startsWith("{") ? encode(pick(random, VALUES)).replace("+", "%20") : segment);
        }
        if (url.isEmpty()) {
            url.append('/');
        }
        int parameters = random.nextInt(7);
        for (int i = 0; i < parameters; i++) {
            url.append(i == 0 ? '?' : '&').append(encode(pick(random, NAMES))).append('=').append(encode(pick(random, VALUES)));
        }
        return url.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private void assertLimit(String url, String parameter, String limit) throws Exception {
        HttpResponse<String> response = get(url, "Accept", "application/json");
        assertThat(response.statusCode()).as("status of %s…", url.substring(0, Math.min(80, url.length()))).isEqualTo(400);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("parameter").asText()).isEqualTo(parameter);
        assertThat(body.get("message").asText()).contains(limit);
    }
}
