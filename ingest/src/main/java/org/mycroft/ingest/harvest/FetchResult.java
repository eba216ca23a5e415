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

    /** {@code retryable}: a timeout, a broken connection, 5xx or 429, as opposed to 4xx or a rejected body. */
    record Failed(String reason, boolean retryable, Duration retryAfter) implements FetchResult {

        static Failed permanent(String reason) {
            return new Failed(reason, false, null);
        }

        static Failed transientFailure(String reason) {
            return new Failed(reason, true, null);
        }
    }
}
