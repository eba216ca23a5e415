package org.mycroft.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mycroft.core.arch.FeatureImports;

/** A page feature shares with another only through web.system and web.unit, never by importing it. */
class FeaturePackagesTest {

    @Test
    void noPageFeatureImportsAnother() {
        assertThat(FeatureImports.crossFeature(Path.of("src/main/java"), "org.mycroft.web", Set.of("system", "unit")))
                .isEmpty();
    }
}
