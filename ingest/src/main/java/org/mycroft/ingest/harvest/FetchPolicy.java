package org.mycroft.ingest.harvest;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.mycroft.ingest.extraction.DocumentFormats;

/**
 * How documents are fetched: parallel requests, the timeout of each step (connect, first byte,
 * every gap in the body), retries with exponential backoff, the size cap and the media types
 * accepted.
 */
public record FetchPolicy(int concurrency, Duration timeout, int retries, Duration backoff, long maxBytes,
        List<String> accept) {

    /** Every format ingest reads (Markdown, ODT, RTF and ZIP included): harvest refuses nothing ingest could index. */
    public static final List<String> DEFAULT_ACCEPT = DocumentFormats.mediaTypes();

    public static final FetchPolicy DEFAULT = new FetchPolicy(4, Duration.ofSeconds(30), 3, Duration.ofSeconds(1),
            50L * 1024 * 1024, DEFAULT_ACCEPT);

    /** A server may ask us to come back later; longer than this and the URL fails for this run instead. */
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);

    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    public FetchPolicy {
        if (concurrency < 1 || concurrency > 64) {
            throw new IllegalArgumentException("concurrency must be between 1 and 64, not " + concurrency);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        if (retries < 0 || retries > 10) {
            throw new IllegalArgumentException("retries must be between 0 and 10, not " + retries);
        }
        if (backoff.isNegative()) {
            throw new IllegalArgumentException("backoff must not be negative");
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("max_bytes must be positive");
        }
        if (accept.isEmpty()) {
            throw new IllegalArgumentException("accept must list at least one media type");
        }
        accept = accept.stream().map(FetchPolicy::baseType).toList();
    }

    public boolean accepts(String mediaType) {
        return mediaType != null && accept.contains(baseType(mediaType));
    }

    /**
     * The wait before retry number {@code attempt + 1}: exponential with jitter so that parallel
     * failures do not retry in lockstep, never shorter than the server's Retry-After. Empty when
     * the server asks for a longer pause than we are willing to wait.
     */
    public Optional<Duration> retryDelay(int attempt, Duration retryAfter, RandomGenerator random) {
        if (retryAfter != null && retryAfter.compareTo(MAX_RETRY_AFTER) > 0) {
            return Optional.empty();
        }
        long exponential = backoff.toMillis();
        for (int i = 0; i < attempt && exponential < MAX_BACKOFF.toMillis(); i++) {
            exponential *= 2;
        }
        exponential = Math.min(exponential, MAX_BACKOFF.toMillis());
        long jittered = (long) (exponential * (0.5 + random.nextDouble()));
        long floor = retryAfter == null ? 0 : retryAfter.toMillis();
        return Optional.of(Duration.ofMillis(Math.max(jittered, floor)));
    }

    /** "Text/HTML; charset=UTF-8" -> "text/html". */
    static String baseType(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
