package org.mycroft.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mycroft.core.arch.FeatureImports;

/**
 * A page feature shares with another only through web.system and web.unit, never by importing it,
 * except where one page is built on another's section (listed with why).
 */
class FeaturePackagesTest {

    @Test
    void noPageFeatureImportsAnother() {
        assertThat(FeatureImports.crossFeature(Path.of("src/main/java"), "org.mycroft.web", Set.of("system", "unit")))
                .containsExactly("country -> directory"); // a State's page shows its section of the directory
    }
}
