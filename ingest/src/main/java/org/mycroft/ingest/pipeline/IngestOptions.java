package org.mycroft.ingest.pipeline;

/**
 * {@code force} re-reads files whose content hash is unchanged (after a tagger or schema
 * change); {@code prune} removes documents of the ingested folders whose files are gone;
 * {@code batchSize} is the number of units sent to Solr at once (and committed).
 */
public record IngestOptions(boolean force, boolean prune, int batchSize) {

    public static final IngestOptions DEFAULT = new IngestOptions(false, false, 500);

    public IngestOptions withForce(boolean force) {
        return new IngestOptions(force, prune, batchSize);
    }

    public IngestOptions withPrune(boolean prune) {
        return new IngestOptions(force, prune, batchSize);
    }
}
