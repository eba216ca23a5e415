package org.mycroft.ingest.pipeline;

import java.io.IOException;
import java.time.Duration;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries a write to a remote Solr that failed for a reason that passes: a node that went down,
 * a shard whose new leader is still being elected (SolrCloud failover). Adds (by unique id),
 * deletes and commits are idempotent, so a retried write never indexes a document twice. A
 * request Solr refused (4xx) is not retried: it would fail the same way again.
 */
record SolrRetry(int attempts, Duration firstPause) {

    interface Write {
        void run() throws IOException, SolrServerException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(SolrRetry.class);

    /** Up to 8 tries over about a minute: long enough for a leader election, short enough to fail a dead cluster. */
    static SolrRetry forRemoteSolr() {
        return new SolrRetry(8, Duration.ofMillis(500));
    }

    /** For the embedded index, in this process: a failure there does not pass by waiting. */
    static SolrRetry none() {
        return new SolrRetry(1, Duration.ZERO);
    }

    void run(Write write) throws IOException, SolrServerException {
        long pause = firstPause.toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                write.run();
                return;
            } catch (IOException | SolrServerException | SolrException e) {
                if (attempt >= attempts || refusedByRequest(e)) {
                    throw e;
                }
                LOG.warn("Solr write failed (attempt {} of {}), retrying in {} ms: {}", attempt, attempts, pause, e.getMessage());
                try {
                    Thread.sleep(pause); // a back-off between tries, not a wait for a condition
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pause = Math.min(pause * 2, 16_000);
            }
        }
    }

    private static boolean refusedByRequest(Exception e) {
        return e instanceof SolrException solr && solr.code() >= 400 && solr.code() < 500;
    }
}
