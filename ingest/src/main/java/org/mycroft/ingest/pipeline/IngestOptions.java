package org.mycroft.ingest.pipeline;

/**
 * {@code force} re-reads files whose content hash is unchanged (after a tagger or schema
 * change); {@code batchSize} is the number of units sent to Solr at once.
 */
public record IngestOptions(boolean force, int batchSize) {

    public static final IngestOptions DEFAULT = new IngestOptions(false, 500);

    public IngestOptions withForce(boolean force) {
        return new IngestOptions(force, batchSize);
    }
}
