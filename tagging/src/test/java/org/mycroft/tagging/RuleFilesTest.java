package org.mycroft.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mycroft.core.taxonomy.Taxonomy;

/** Tagger.load(taxonomy, dir): an operator's edited copy of the rule files, validated on load. */
class RuleFilesTest {

    private static Taxonomy taxonomy;

    @BeforeAll
    static void load() {
        taxonomy = Taxonomy.load();
    }

    static Path copyDefaults(Path dir) throws IOException {
        for (String f : Tagger.ruleFiles()) {
            try (InputStream in = RuleFilesTest.class.getResourceAsStream(Tagger.DEFAULT_BASE + f)) {
                assertThat(in).as(f).isNotNull();
                Files.write(dir.resolve(f), in.readAllBytes());
            }
        }
        return dir;
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + text, StandardCharsets.UTF_8);
    }

    @Test
    void anEditedCopyExtendsTheVocabularyWithoutARelease(@TempDir Path dir) throws IOException {
        copyDefaults(dir);
        String text = "The defendants ran a grey-market gizmo racket.";
        assertThat(Tagger.load(taxonomy, dir).tag(text, TaggingContext.legislation("en")).crimeTypes())
                .doesNotContain("counterfeiting");
        String ct = Files.readString(dir.resolve("crime-types.yaml"));
        ct = ct.replace("      - counterfeit {goods|", "      - grey market gizmo(s)\n      - counterfeit {goods|");
        Files.writeString(dir.resolve("crime-types.yaml"), ct);
        TagResult r = Tagger.load(taxonomy, dir).tag(text, TaggingContext.legislation("en"));
        assertThat(r.crimeTypes()).contains("counterfeiting");
        assertThat(r.evidenceFor("counterfeiting").get(0).rule()).startsWith("crime-types.yaml:counterfeiting:en:");
    }

    @Test
    void aLanguageListedTwiceUnderOneTagFailsInsteadOfHidingTheFirst(@TempDir Path dir) throws IOException {
        copyDefaults(dir);
        String ct = Files.readString(dir.resolve("crime-types.yaml"));
        ct = ct.replace("  money-laundering:\n", "  money-laundering:\n    en:\n      - washing money\n");
        Files.writeString(dir.resolve("crime-types.yaml"), ct);
        assertThatThrownBy(() -> Tagger.load(taxonomy, dir))
                .isInstanceOf(TaggingRulesException.class)
                .hasMessageContaining("crime-types.yaml")
                .hasMessageContaining("duplicate key en");
    }

    @Test
    void aNegationSideOtherThanBeforeOrAfterFails(@TempDir Path dir) throws IOException {
        copyDefaults(dir);
        String neg = Files.readString(dir.resolve("negation.yaml"));
        neg = neg.replace("      side: before\n", "      side: around\n");
        Files.writeString(dir.resolve("negation.yaml"), neg);
        assertThatThrownBy(() -> Tagger.load(taxonomy, dir))
                .isInstanceOf(TaggingRulesException.class)
                .hasMessageContaining("negation.yaml")
                .hasMessageContaining("side must be 'after' or 'before', not 'around'");
    }

    @Test
    void aNegationListFlagThatIsNotABooleanFails(@TempDir Path dir) throws IOException {
        copyDefaults(dir);
        String neg = Files.readString(dir.resolve("negation.yaml"));
        neg = neg.replaceFirst("      list: true\n", "      list: often\n");
        Files.writeString(dir.resolve("negation.yaml"), neg);
        assertThatThrownBy(() -> Tagger.load(taxonomy, dir))
                .isInstanceOf(TaggingRulesException.class)
                .hasMessageContaining("list must be true or false, not 'often'");
    }

    @Test
    void unknownCrimeTypeFailsNamingFileAndId(@TempDir Path dir) throws IOException {
        copyDefaults(dir);
        append(dir.resolve("crime-types.yaml"), "\n  bank-robbery:\n    en:\n      - bank robbery\n");
        assertThatThrownBy(() -> Tagger.load(taxonomy, dir))
                .isInstanceOf(TaggingRulesException.class)
                .hasMessageContaining("crime-types.yaml")
                .hasMessageContaining("bank-robbery");
    }

    @Test
    void unknownCrossCuttingIdFails(@TempDir Path dir) throws IOException {
        copyDefaults(dir);
        append(dir.resolve("cross-cutting.yaml"), "\n  asset-tracing:\n    en:\n      - asset tracing\n");
        assertThatThrownBy(() -> Tagger.load(taxonomy, dir))
                .isInstanceOf(TaggingRulesException.class)
                .hasMessageContaining("cross-cutting.yaml")
                .hasMessageContaining("asset-tracing");
    }

    @Test
    void unknownArticleFails(@TempDir Path dir) throws IOException {
        copyDefaults(dir);
        String cc = Files.readString(dir.resolve("cross-cutting.yaml")).replace("articles: [FP-13]", "articles: [FP-99]");
        Files.writeString(dir.resolve("cross-cutting.yaml"), cc);
        assertThatThrownBy(() -> Tagger.load(taxonomy, dir))
                .isInstanceOf(TaggingRulesException.class)
                .hasMessageContaining("cross-cutting.yaml")
                .hasMessageContaining("FP-99");
    }

    @Test
    void badScopeInNegationFails(@TempDir Path dir) throws IOException {
        assertNegationFailsNaming(dir, "  de:\n    - phrase: nicht strafbar\n      scope: [schmuggel]\n", "schmuggel");
    }

    @Test
    void badExceptInNegationFails(@TempDir Path dir) throws IOException {
        assertNegationFailsNaming(dir, "  de:\n    - phrase: erlös aus\n      except: [geldwäsche]\n", "geldwäsche");
    }

    private void assertNegationFailsNaming(Path dir, String cue, String badId) throws IOException {
        copyDefaults(dir);
        append(dir.resolve("negation.yaml"), cue);
        assertThatThrownBy(() -> Tagger.load(taxonomy, dir))
                .isInstanceOf(TaggingRulesException.class)
                .hasMessageContaining("negation.yaml")
                .hasMessageContaining(badId);
    }

    @Test
    void missingFileOrDirectoryFails(@TempDir Path dir) throws IOException {
        copyDefaults(dir);
        Files.delete(dir.resolve("negation.yaml"));
        assertThatThrownBy(() -> Tagger.load(taxonomy, dir)).isInstanceOf(TaggingRulesException.class)
                .hasMessageContaining("negation.yaml");
        assertThatThrownBy(() -> Tagger.load(taxonomy, dir.resolve("nope"))).isInstanceOf(TaggingRulesException.class);
    }

    @Test
    void malformedPhraseFailsWithItsPlace(@TempDir Path dir) throws IOException {
        copyDefaults(dir);
        String ct = Files.readString(dir.resolve("crime-types.yaml")).replace("      - human trafficking\n",
                "      - \"human {trafficking\"\n");
        Files.writeString(dir.resolve("crime-types.yaml"), ct);
        assertThatThrownBy(() -> Tagger.load(taxonomy, dir))
                .isInstanceOf(TaggingRulesException.class)
                .hasMessageContaining("crime-types.yaml")
                .hasMessageContaining("trafficking-in-persons");
    }

    @Test
    void phraseSyntaxExpands() {
        assertThat(PhraseSyntax.expand("group(s)")).hasSize(2);
        assertThat(PhraseSyntax.expand("{trafficking|traffic} in [the] persons")).hasSize(4);
        assertThat(PhraseSyntax.expand("Money-Laundering").get(0)).extracting(PhraseSyntax.Tok::text)
                .containsExactly("money", "laundering");
        assertThat(PhraseSyntax.expand("trafic d'armes à feu").get(0)).extracting(PhraseSyntax.Tok::text)
                .containsExactly("trafic", "d", "armes", "a", "feu");
        assertThatThrownBy(() -> PhraseSyntax.expand("or*")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resultListsAreSortedAndMergeable() {
        TagResult a = new TagResult(java.util.List.of("UNTOC-18", "UNTOC-5", "TIP-3", "UNTOC-18.13"), java.util.List.of("fraud"),
                java.util.List.of(), java.util.List.of());
        TagResult b = new TagResult(java.util.List.of("UNTOC-5", "FP-13"), java.util.List.of("corruption"),
                java.util.List.of("extradition"), java.util.List.of());
        TagResult m = a.merge(b);
        assertThat(m.articles()).containsExactly("UNTOC-5", "UNTOC-18", "UNTOC-18.13", "TIP-3", "FP-13");
        assertThat(m.crimeTypes()).containsExactly("corruption", "fraud");
        assertThat(m.crossCutting()).containsExactly("extradition");
        assertThat(TagResult.empty().merge(TagResult.empty()).isEmpty()).isTrue();
    }
}
