package org.mycroft.core.solr;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a remote Solr (http and cloud modes) may take: {@code connect} to open a connection
 * (and to reach ZooKeeper), {@code read} for a whole request and for any silence within it. A
 * stopped or hung Solr then fails a request within these bounds instead of holding it forever.
 */
public record SolrTimeouts(Duration connect, Duration read) {

    /** For command-line work (ingest batches of long statutes, collection creation): generous. */
    public static final SolrTimeouts DEFAULT = new SolrTimeouts(Duration.ofSeconds(10), Duration.ofMinutes(10));

    public SolrTimeouts {
        Objects.requireNonNull(connect, "connect");
        Objects.requireNonNull(read, "read");
        if (connect.isNegative() || connect.isZero() || read.isNegative() || read.isZero()) {
            throw new IllegalArgumentException("Solr timeouts must be positive: connect " + connect + ", read " + read);
        }
    }
}
