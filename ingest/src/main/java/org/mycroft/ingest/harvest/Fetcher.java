package org.mycroft.ingest.harvest;

import io.micronaut.http.ByteBodyHttpResponse;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.RawHttpClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import org.mycroft.ingest.harvest.FetchResult.Downloaded;
import org.mycroft.ingest.harvest.FetchResult.Failed;
import org.mycroft.ingest.harvest.FetchResult.NotModified;

/**
 * Conditional GETs with the Micronaut HTTP client, streamed to disk. The raw client gives the
 * status and headers before the body, so the Content-Type and Content-Length are checked before
 * a byte is written, and the body is counted as it arrives (a server may omit or understate its
 * length). Redirects are followed here, not by the client, to cap them and to stream every hop.
 */
final class Fetcher implements AutoCloseable {

    static final int MAX_REDIRECTS = 5;
    /** In {@code accept}: keep whatever type the server sends (robots.txt is often served as text/html or worse). */
    static final String ANY_TYPE = "*/*";
    static final String USER_AGENT = "Mycroft-harvester/0.1 (open legal knowledge portal)";

    private final RawHttpClient client;
    private final FetchPolicy policy;
    private final Clock clock;

    Fetcher(FetchPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
        DefaultHttpClientConfiguration config = new DefaultHttpClientConfiguration();
        config.setConnectTimeout(policy.timeout());
        config.setReadTimeout(policy.timeout());
        config.setReadIdleTimeout(policy.timeout()); // a body that stalls mid-way fails too
        config.setFollowRedirects(false);
        config.setExceptionOnErrorStatus(false);
        this.client = RawHttpClient.create(null, config);
    }

    /** GET with retries; {@code accept} lists the media types to keep (others fail, without retry). */
    FetchResult fetch(URI url, Validators validators, List<String> accept, Path folder) {
        for (int attempt = 0; ; attempt++) {
            FetchResult result = fetchOnce(url, validators, accept, folder);
            if (!(result instanceof Failed failed) || !failed.retryable()) {
                return result;
            }
            if (attempt >= policy.retries()) {
                return failed.finalAttempt(failed.reason() + (attempt == 0 ? "" : " (" + (attempt + 1) + " attempts)"));
            }
            var delay = policy.retryDelay(attempt, failed.retryAfter(), ThreadLocalRandom.current());
            if (delay.isEmpty()) {
                return failed.finalAttempt(failed.reason() + " (server asks to retry after "
                        + failed.retryAfter().toSeconds() + " s)");
            }
            try {
                Thread.sleep(delay.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Failed.permanent("interrupted");
            }
        }
    }

    private FetchResult fetchOnce(URI url, Validators validators, List<String> accept, Path folder) {
        URI current = url;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            MutableHttpRequest<?> request = HttpRequest.GET(current.toString())
                    .header(HttpHeaders.USER_AGENT, USER_AGENT)
                    // say what we want, but take anything so that a wrong type gets our clear reason, not a 406
                    .header(HttpHeaders.ACCEPT, String.join(", ", accept) + ", */*;q=0.1");
            if (validators.etag() != null) {
                request.header(HttpHeaders.IF_NONE_MATCH, validators.etag());
            }
            if (validators.lastModified() != null) {
                request.header(HttpHeaders.IF_MODIFIED_SINCE, validators.lastModified());
            }
            HttpResponse<?> response;
            try {
                // connect + first byte, each bounded by the client; this is only the safety net
                response = SingleResult.await(client.exchange(request, null, Thread.currentThread()),
                        policy.timeout().multipliedBy(2).plusSeconds(1));
            } catch (TimeoutException e) {
                return Failed.transientFailure(timedOut());
            } catch (ExecutionException e) {
                return Failed.transientFailure(describe(e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Failed.permanent("interrupted");
            } catch (RuntimeException e) {
                return Failed.transientFailure(describe(e));
            }
            if (!(response instanceof ByteBodyHttpResponse<?> raw)) {
                return Failed.permanent("unexpected response from the HTTP client: " + response.getClass().getSimpleName());
            }
            try (raw) {
                int status = raw.code();
                if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                    String location = raw.getHeaders().get(HttpHeaders.LOCATION);
                    URI next = location == null ? null : resolve(current, location);
                    if (next == null) {
                        return Failed.permanent("HTTP " + status + " without a usable Location");
                    }
                    current = next;
                    continue;
                }
                if (status == 304) {
                    return new NotModified(current);
                }
                if (status == 408 || status == 429 || status >= 500) {
                    return Failed.http(status, true, retryAfter(raw.getHeaders().get(HttpHeaders.RETRY_AFTER)));
                }
                if (status != 200 && status != 203) {
                    return Failed.http(status, false, null);
                }
                return download(current, raw, accept, folder);
            }
        }
        return Failed.permanent("more than " + MAX_REDIRECTS + " redirects");
    }

    private FetchResult download(URI url, ByteBodyHttpResponse<?> response, List<String> accept, Path folder) {
        String mediaType = response.getHeaders().get(HttpHeaders.CONTENT_TYPE);
        if (mediaType == null || mediaType.isBlank()) {
            if (!accept.contains(ANY_TYPE)) {
                return Failed.permanent("no Content-Type");
            }
            mediaType = "application/octet-stream";
        }
        if (!accept.contains(ANY_TYPE) && !accept.contains(FetchPolicy.baseType(mediaType))) {
            return Failed.permanent("Content-Type " + FetchPolicy.baseType(mediaType) + " is not accepted");
        }
        long declared = response.getContentLength();
        if (declared > policy.maxBytes()) {
            return Failed.permanent("too large: Content-Length " + declared + " bytes, over the cap of " + policy.maxBytes());
        }
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, ".harvest-", ".part"); // hidden: ingest never lists it
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long count = 0;
            try (InputStream in = response.byteBody().toInputStream(); OutputStream out = Files.newOutputStream(temp)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    count += n;
                    if (count > policy.maxBytes()) {
                        Files.deleteIfExists(temp);
                        return Failed.permanent("too large: more than " + policy.maxBytes() + " bytes received"
                                + (declared >= 0 ? " (Content-Length said " + declared + ")" : ""));
                    }
                    sha256.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            if (declared >= 0 && count != declared) {
                Files.deleteIfExists(temp);
                return Failed.transientFailure("incomplete body: " + count + " of " + declared + " bytes");
            }
            return new Downloaded(url, temp, count, HexFormat.of().formatHex(sha256.digest()), mediaType,
                    response.getHeaders().get(HttpHeaders.ETAG), response.getHeaders().get(HttpHeaders.LAST_MODIFIED));
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            return Failed.transientFailure(describe(e));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Retry-After in seconds or as an HTTP date; null when absent or unreadable. */
    Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.chars().allMatch(Character::isDigit)) {
            return v.length() > 9 ? Duration.ofDays(1) : Duration.ofSeconds(Long.parseLong(v));
        }
        try {
            Duration until = Duration.between(clock.instant(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return until.isNegative() ? Duration.ZERO : until;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static URI resolve(URI base, String location) {
        try {
            URI next = base.resolve(new URI(location.strip())).normalize();
            String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && next.getHost() != null ? next : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private String timedOut() {
        return "timed out (timeout " + policy.timeout().toMillis() / 1000.0 + " s)";
    }

    /** One line for the report: a timeout says so, otherwise the innermost message. */
    private String describe(Throwable error) {
        String message = null;
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().contains("Timeout")) {
                return timedOut();
            }
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return message != null ? message : error.getClass().getSimpleName();
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a hidden leftover, removed by the next run's cleanup
            }
        }
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            throw new IllegalStateException("could not close the HTTP client", e);
        }
    }

    /** What we remember of the copy we have, sent back so the server can answer 304. */
    record Validators(String etag, String lastModified) {
        static final Validators NONE = new Validators(null, null);
    }
}
