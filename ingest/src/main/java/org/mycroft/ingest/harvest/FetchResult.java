package org.mycroft.ingest.harvest;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/** What one conditional GET (after redirects and retries) gave. */
sealed interface FetchResult {

    /** The body is in {@code file}, a hidden temporary file next to where it will be kept. */
    record Downloaded(URI finalUrl, Path file, long bytes, String sha256, String mediaType, String etag,
            String lastModified) implements FetchResult {}

    /** 304: the copy we have is current. */
    record NotModified(URI finalUrl) implements FetchResult {}

    /**
     * {@code retryable}: a timeout, a broken connection, 5xx or 429, as opposed to 4xx or a rejected
     * body; {@code status}: the HTTP status that failed it, 0 when none came back.
     */
    record Failed(String reason, boolean retryable, Duration retryAfter, int status) implements FetchResult {

        static Failed permanent(String reason) {
            return new Failed(reason, false, null, 0);
        }

        static Failed transientFailure(String reason) {
            return new Failed(reason, true, null, 0);
        }

        static Failed http(int status, boolean retryable, Duration retryAfter) {
            return new Failed("HTTP " + status, retryable, retryAfter, status);
        }

        /** The same failure after the retries gave up, with the reason reworded. */
        Failed finalAttempt(String reworded) {
            return new Failed(reworded, false, null, status);
        }
    }
}
