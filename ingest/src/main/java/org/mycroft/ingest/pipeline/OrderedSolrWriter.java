package org.mycroft.ingest.pipeline;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrInputDocument;
import org.mycroft.core.solr.LocalSolrServer;

/**
 * Sends adds, deletes and commits to Solr on one background thread, in the order given, so
 * Solr's analysis of one batch overlaps the reading and tagging of the next. At most two
 * batches wait, which bounds memory; the first failure is reported by the next call.
 */
final class OrderedSolrWriter implements AutoCloseable {

    private interface SolrTask {
        void run() throws IOException, SolrServerException;
    }

    private final SolrClient solr;
    private final SolrRetry retry;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ingest-solr-writer");
        t.setDaemon(true);
        return t;
    });
    private final Semaphore pending = new Semaphore(2);
    private volatile Exception failure;

    OrderedSolrWriter(SolrClient solr) {
        this.solr = solr;
        this.retry = solr instanceof LocalSolrServer ? SolrRetry.none() : SolrRetry.forRemoteSolr();
    }

    void add(List<SolrInputDocument> docs) throws IOException {
        List<SolrInputDocument> copy = List.copyOf(docs);
        if (solr instanceof LocalSolrServer local) {
            submit(() -> local.addDirect(copy)); // embedded: skip the javabin round trip
        } else {
            submit(() -> solr.add(copy));
        }
    }

    void deleteByQuery(String query) throws IOException {
        submit(() -> solr.deleteByQuery(query));
    }

    /** Commits everything sent so far and waits for it. */
    void commit() throws IOException {
        submit(solr::commit);
        await();
    }

    /** Waits until everything sent so far is in Solr. */
    void await() throws IOException {
        try {
            pending.acquire(2);
            pending.release(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while writing to Solr", e);
        }
        checkFailure();
    }

    private void submit(SolrTask task) throws IOException {
        checkFailure();
        try {
            pending.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while writing to Solr", e);
        }
        thread.execute(() -> {
            try {
                if (failure == null) {
                    retry.run(task::run);
                }
            } catch (IOException | SolrServerException | RuntimeException e) {
                failure = e;
            } finally {
                pending.release();
            }
        });
    }

    private void checkFailure() throws IOException {
        if (failure != null) {
            throw new IOException("Writing to Solr failed: " + failure.getMessage(), failure);
        }
    }

    @Override
    public void close() {
        thread.shutdown();
    }
}
