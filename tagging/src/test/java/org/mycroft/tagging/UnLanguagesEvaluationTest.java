package org.mycroft.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mycroft.core.taxonomy.Taxonomy;

/** Quality gate on the Arabic, Chinese and Russian passages (passages-un.yaml, issue #13). */
class UnLanguagesEvaluationTest {

    private static Taxonomy taxonomy;
    private static List<LabelledPassage> passages;
    private static EvaluationReport report;

    @BeforeAll
    static void run() {
        taxonomy = Taxonomy.load();
        passages = TaggingEvaluation.loadUnLanguages();
        report = TaggingEvaluation.run(Tagger.loadDefault(taxonomy), passages);
        System.out.println(report.format());
    }

    /**
     * Each language keeps the figures it reached on un-tune and un-heldout (after tuning on un-tune
     * only); a drop means a rule broke it.
     */
    @Test
    void everyLanguageKeepsItsFloor() {
        EvaluationReport first = TaggingEvaluation.run(Tagger.loadDefault(taxonomy),
                passages.stream().filter(p -> !p.set().equals("un-heldout-2")).toList());
        Map<String, double[]> floors = Map.of("ar", new double[] {0.95, 0.95}, "ru", new double[] {0.95, 0.95},
                "zh", new double[] {0.90, 0.95});
        floors.forEach((lang, f) -> {
            EvaluationReport.Score s = first.languages().get(lang);
            assertThat(s.precision()).as(lang + " precision").isGreaterThanOrEqualTo(f[0]);
            assertThat(s.recall()).as(lang + " recall").isGreaterThanOrEqualTo(f[1]);
        });
    }

    /**
     * un-heldout was never tuned on: P 0.944, R 1.000 when first scored. Raise the floor with a new
     * held-out set, never by tuning on this one.
     */
    @Test
    void heldOutSetDoesNotRegress() {
        EvaluationReport.Score s = report.sets().get("un-heldout").get("overall");
        assertThat(s.precision()).as("un-heldout precision").isGreaterThanOrEqualTo(0.92);
        assertThat(s.recall()).as("un-heldout recall").isGreaterThanOrEqualTo(0.95);
    }

    /**
     * un-heldout-2, in wording other than the UN terms, scored P 0.750, R 0.367 when first run: the
     * honest estimate on unseen ar/zh/ru text. Never tuned on; a drop below means a rule broke it.
     */
    @Test
    void secondHeldOutSetDoesNotRegress() {
        EvaluationReport.Score s = report.sets().get("un-heldout-2").get("overall");
        assertThat(s.precision()).as("un-heldout-2 precision").isGreaterThanOrEqualTo(0.72);
        assertThat(s.recall()).as("un-heldout-2 recall").isGreaterThanOrEqualTo(0.34);
    }

    @Test
    void atLeastFifteenPassagesPerLanguage() {
        Map<String, Long> byLang = passages.stream().collect(Collectors.groupingBy(LabelledPassage::language, Collectors.counting()));
        assertThat(byLang).containsOnlyKeys("ar", "zh", "ru");
        byLang.values().forEach(n -> assertThat(n).isGreaterThanOrEqualTo(15));
        assertThat(passages).extracting(LabelledPassage::set).containsOnly("un-tune", "un-heldout", "un-heldout-2");
    }

    @Test
    void everyLabelIsATaxonomyId() {
        for (LabelledPassage p : passages) {
            p.crimeTypes().forEach(id -> assertThat(taxonomy.crimeType(id)).as(p.id() + " " + id).isPresent());
            p.crossCutting().forEach(id -> assertThat(taxonomy.crossCuttingIssue(id)).as(p.id() + " " + id).isPresent());
            p.articles().forEach(id -> assertThat(taxonomy.isValidArticleId(id)).as(p.id() + " " + id).isTrue());
        }
    }
}
