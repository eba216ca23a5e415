package org.mycroft.core.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.solr.core.SolrCore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded index's filterCache follows the heap: an eighth of it, between the configset's 64 MB
 * (a small portal on a small heap) and 512 MB (256 MB held the bench's 1,084 filter sets at a million
 * units); a value set with {@code -Dsolr.filterCache.maxRamMB} wins.
 */
class FilterCacheBudgetTest {

    private static final long MB = 1024 * 1024;

    @Test
    void anEighthOfTheHeapBetween64And512Megabytes() {
        assertThat(FilterCacheBudget.megabytes(256 * MB)).isEqualTo(64);
        assertThat(FilterCacheBudget.megabytes(1024 * MB)).isEqualTo(128);
        assertThat(FilterCacheBudget.megabytes(2048 * MB)).isEqualTo(256);
        assertThat(FilterCacheBudget.megabytes(6 * 1024 * MB)).isEqualTo(512);
        assertThat(FilterCacheBudget.megabytes(Long.MAX_VALUE)).isEqualTo(512);
    }

    @Test
    void anOperatorsValueWins() {
        assertThat(FilterCacheBudget.megabytes("96", 4096 * MB)).isEqualTo(96);
        assertThat(FilterCacheBudget.megabytes(null, 4096 * MB)).isEqualTo(512);
        assertThat(FilterCacheBudget.megabytes(" ", 1024 * MB)).isEqualTo(128);
    }

    @Test
    void theEmbeddedCoreIsOpenedWithIt(@TempDir Path home) throws Exception {
        int expected = FilterCacheBudget.megabytes(System.getProperty(FilterCacheBudget.PROPERTY), Runtime.getRuntime().maxMemory());
        try (LocalSolrServer solr = EmbeddedSolr.start(home, "budget"); SolrCore core = solr.getCoreContainer().getCore("budget")) {
            assertThat(core.getSolrConfig().filterCacheConfig.toMap(new java.util.HashMap<>()).toString())
                    .contains("maxRamMB=" + expected);
        }
    }
}
