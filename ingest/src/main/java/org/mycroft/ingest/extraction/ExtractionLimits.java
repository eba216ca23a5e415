package org.mycroft.ingest.extraction;

import java.time.Duration;

/**
 * Bounds on one file so that a hostile or huge file cannot stall or exhaust an ingest.
 *
 * @param maxFileBytes         largest file read at all (checked before a byte is read)
 * @param maxTextChars         Tika write limit: most characters of text kept from one document
 * @param parseTimeout         longest one document may take to parse
 * @param maxArchiveDepth      ZIP nesting: 1 is a plain archive, 3 allows two archives inside it
 * @param maxArchiveEntries    most entries (over all nesting levels) in one archive
 * @param maxArchiveBytes      most bytes one archive may expand to (over all nesting levels)
 * @param maxCompressionRatio  largest uncompressed/compressed ratio of a member (zip-bomb check)
 */
public record ExtractionLimits(long maxFileBytes, int maxTextChars, Duration parseTimeout, int maxArchiveDepth,
        int maxArchiveEntries, long maxArchiveBytes, int maxCompressionRatio) {

    public static final ExtractionLimits DEFAULT = new ExtractionLimits(100L * 1024 * 1024, 20_000_000,
            Duration.ofSeconds(60), 3, 1_000, 200L * 1024 * 1024, 100);

    /** File limits with the default archive limits. */
    public ExtractionLimits(long maxFileBytes, int maxTextChars, Duration parseTimeout) {
        this(maxFileBytes, maxTextChars, parseTimeout, DEFAULT.maxArchiveDepth(), DEFAULT.maxArchiveEntries(),
                DEFAULT.maxArchiveBytes(), DEFAULT.maxCompressionRatio());
    }

    public ExtractionLimits withParseTimeout(Duration timeout) {
        return new ExtractionLimits(maxFileBytes, maxTextChars, timeout, maxArchiveDepth, maxArchiveEntries,
                maxArchiveBytes, maxCompressionRatio);
    }

    public ExtractionLimits withMaxTextChars(int chars) {
        return new ExtractionLimits(maxFileBytes, chars, parseTimeout, maxArchiveDepth, maxArchiveEntries,
                maxArchiveBytes, maxCompressionRatio);
    }
}
