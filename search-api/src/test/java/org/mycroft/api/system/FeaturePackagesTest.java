package org.mycroft.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mycroft.core.arch.FeatureImports;

/** No API feature package leans on another one, except the few that are built on it (listed with why). */
class FeaturePackagesTest {

    @Test
    void featurePackagesImportOnlySharedPackagesAndTheFeaturesTheyAreBuiltOn() {
        assertThat(FeatureImports.crossFeature(Path.of("src/main/java"), "org.mycroft.api",
                Set.of("system", "unit", "route", "solr")))
                .containsExactlyInAnyOrder(
                        "bench -> coverage",     // the benchmark measures the coverage matrix
                        "export -> search",      // CSV export and the feed are other renderings of a search
                        "feed -> search",
                        "statistics -> search",  // statistics are a search's facet counts
                        "solr -> ops",           // Solr calls report their timings to the operator metrics
                        // The API description types the parameters every feature reads from the request.
                        "openapi -> article", "openapi -> compare", "openapi -> country", "openapi -> coverage",
                        "openapi -> export", "openapi -> search");
    }
}
