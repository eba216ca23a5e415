package org.mycroft.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mycroft.core.taxonomy.Taxonomy;

/** The rule files and the evaluation set are bound to records: a misspelt or repeated key is an error, never ignored. */
class RuleFileBindingTest {

    private static final Taxonomy TAXONOMY = Taxonomy.load();

    @Test
    void aMisspeltKeyInANegationCueFailsWithItsPlace(@TempDir Path dir) throws IOException {
        RuleFilesTest.copyDefaults(dir);
        Path negation = dir.resolve("negation.yaml");
        Files.writeString(negation, Files.readString(negation).replaceFirst("      list: true\n", "      lists: true\n"));
        assertThatThrownBy(() -> Tagger.load(TAXONOMY, dir))
                .isInstanceOf(TaggingRulesException.class)
                .hasMessageContaining("negation.yaml: cues.en[")
                .hasMessageContaining("unknown key 'lists'");
    }

    @Test
    void aSingleRequiresMappingAndAListOfThemBindAlike(@TempDir Path dir) throws IOException {
        RuleFilesTest.copyDefaults(dir);
        Path ct = dir.resolve("crime-types.yaml");
        Files.writeString(ct, Files.readString(ct).replace("      - counterfeit {goods|",
                "      - phrase: gizmo racket\n"
                + "        requires: {near: [grey market], window: 4, side: before}\n"
                + "      - phrase: widget racket\n"
                + "        requires: [{near: [grey market], window: 4, side: before}]\n"
                + "      - counterfeit {goods|"));
        Tagger tagger = Tagger.load(TAXONOMY, dir);
        assertThat(tagger.tag("They ran a grey market gizmo racket.", TaggingContext.legislation("en")).crimeTypes())
                .contains("counterfeiting");
        assertThat(tagger.tag("They ran a grey market widget racket.", TaggingContext.legislation("en")).crimeTypes())
                .contains("counterfeiting");
        assertThat(tagger.tag("They ran a gizmo racket.", TaggingContext.legislation("en")).crimeTypes())
                .doesNotContain("counterfeiting");
    }

    @Test
    void anEvaluationPassageWithAnUnknownOrRepeatedKeyFails() {
        assertThat(TaggingEvaluation.parse("- id: x-1\n  lang: en\n  text: Some text.\n  articles: [UNTOC-5]\n", "set.yaml"))
                .singleElement().satisfies(p -> {
                    assertThat(p.docType()).isEqualTo("legislation");
                    assertThat(p.articles()).containsExactly("UNTOC-5");
                    assertThat(p.crimeTypes()).isEmpty();
                });
        assertThatThrownBy(() -> TaggingEvaluation.parse("- id: x-1\n  lang: en\n  text: a\n  artciles: [UNTOC-5]\n", "set.yaml"))
                .hasMessageContaining("set.yaml").hasMessageContaining("artciles");
        assertThatThrownBy(() -> TaggingEvaluation.parse("- id: x-1\n  lang: en\n  text: a\n  lang: fr\n", "set.yaml"))
                .hasMessageContaining("set.yaml").hasMessageContaining("Duplicate field 'lang'");
    }
}
