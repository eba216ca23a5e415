package org.mycroft.ingest.extraction;

import java.time.Duration;

/** Bounds on one file so that a hostile or huge file cannot stall or exhaust an ingest. */
public record ExtractionLimits(long maxFileBytes, int maxTextChars, Duration parseTimeout) {

    public static final ExtractionLimits DEFAULT =
            new ExtractionLimits(100L * 1024 * 1024, 20_000_000, Duration.ofSeconds(60));
}
