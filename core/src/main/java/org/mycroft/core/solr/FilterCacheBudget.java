package org.mycroft.core.solr;

/**
 * The bound of the embedded index's filterCache ({@code solr.filterCache.maxRamMB} in the configset):
 * an eighth of the heap, at least the configset's 64 MB and at most 512 MB. A filter set costs one bit
 * per unit (125 kB at a million units), so 64 MB evicted on the million-unit bench (6,064 evictions,
 * median search 47 ms) where 256 MB held all its 1,084 filter sets (0 evictions, median 19 ms); at
 * 100,000 units the log's 1,052 entries take 75 MB by Solr's own estimate. The bound is a ceiling, not an allocation: a small
 * portal only fills it with the filters its readers use. A value the operator sets wins.
 */
final class FilterCacheBudget {

    static final String PROPERTY = "solr.filterCache.maxRamMB";
    static final int MIN_MB = 64;
    static final int MAX_MB = 512;
    private static final long MB = 1024 * 1024;

    private FilterCacheBudget() {}

    /** Sets the bound for Solr's configset from this JVM's heap, unless the operator set one. */
    static void apply() {
        if (isBlank(System.getProperty(PROPERTY))) {
            System.setProperty(PROPERTY, String.valueOf(megabytes(Runtime.getRuntime().maxMemory())));
        }
    }

    static int megabytes(String operatorValue, long maxHeapBytes) {
        return isBlank(operatorValue) ? megabytes(maxHeapBytes) : Integer.parseInt(operatorValue.strip());
    }

    static int megabytes(long maxHeapBytes) {
        return (int) Math.clamp(maxHeapBytes / 8 / MB, MIN_MB, MAX_MB);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
