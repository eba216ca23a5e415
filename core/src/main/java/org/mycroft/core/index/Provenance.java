package org.mycroft.core.index;

import java.time.Instant;

/**
 * Where a unit comes from and under which terms: the part of a unit that ingest writes and the
 * API reads back, one record for both sides of the index.
 */
public record Provenance(String sourceUrl, String sourcePath, String licence, String contentHash, Instant ingestedAt,
                         Instant retrievedAt, String notice) {}
