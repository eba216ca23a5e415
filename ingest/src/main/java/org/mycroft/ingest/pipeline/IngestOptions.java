package org.mycroft.ingest.pipeline;

/**
 * {@code force} re-reads files whose content hash is unchanged (after a tagger or schema
 * change); {@code prune} removes documents of the ingested folders whose files are gone;
 * {@code batchSize} is the number of units sent to Solr at once (and committed); {@code workers}
 * is the number of files read and tagged in parallel.
 */
public record IngestOptions(boolean force, boolean prune, int batchSize, int workers) {

    /** Reading and tagging threads: one per core; Solr writes stay on one thread. */
    public static final IngestOptions DEFAULT =
            new IngestOptions(false, false, 500, Runtime.getRuntime().availableProcessors());

    public IngestOptions withForce(boolean force) {
        return new IngestOptions(force, prune, batchSize, workers);
    }

    public IngestOptions withPrune(boolean prune) {
        return new IngestOptions(force, prune, batchSize, workers);
    }

    public IngestOptions withWorkers(int workers) {
        return new IngestOptions(force, prune, batchSize, workers);
    }
}
