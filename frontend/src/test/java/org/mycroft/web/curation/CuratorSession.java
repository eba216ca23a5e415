package org.mycroft.web.curation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.mycroft.curation.Role;
import org.mycroft.curation.account.AccountService;

/**
 * A plain HTTP client that keeps its own cookies (the session cookie is Secure, which Java's
 * CookieManager would not send over the loopback's plain HTTP), for tests that post forms.
 */
public final class CuratorSession {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;
    final Map<String, String> cookies = new LinkedHashMap<>();

    public CuratorSession(String base) {
        this.base = base;
    }

    /** A session of {@code user} signed in at {@code base}; the account is created with {@code role} the first time. */
    public static CuratorSession signIn(String base, AccountService accounts, String user, Role role, String password) {
        if (accounts.find(user).isEmpty()) {
            accounts.add(user, password, role);
        }
        CuratorSession s = new CuratorSession(base);
        s.login(user, password);
        return s;
    }

    public HttpResponse<String> get(String path) {
        return get(path, "text/html");
    }

    /** GET with the given Accept header (application/json for the API, any type for CSV and feeds). */
    public HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET());
    }

    public Document page(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode());
        }
        return Jsoup.parse(response.body(), base + path);
    }

    /** The CSRF token of the first form of a page. */
    public String csrf(String path) {
        return page(path).selectFirst("input[name=_csrf]").val();
    }

    public HttpResponse<String> post(String path, Map<String, List<String>> form) {
        String body = form.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> enc(e.getKey()) + "=" + enc(v)))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> postWithToken(String path, String tokenPage, Map<String, List<String>> form) {
        Map<String, List<String>> withToken = new LinkedHashMap<>(form);
        withToken.put("_csrf", List.of(csrf(tokenPage)));
        return post(path, withToken);
    }

    /** Signs in through the login form; returns the response of the POST. */
    public HttpResponse<String> login(String username, String password) {
        return postWithToken("/login", "/login", Map.of("username", List.of(username), "password", List.of(password)));
    }

    String sessionId() {
        return cookies.get("JSESSIONID");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
