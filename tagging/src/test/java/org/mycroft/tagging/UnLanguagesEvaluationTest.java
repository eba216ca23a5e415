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

    /** Each language keeps the figures it reached (after tuning on un-tune only); a drop means a rule broke it. */
    @Test
    void everyLanguageKeepsItsFloor() {
        Map<String, double[]> floors = Map.of("ar", new double[] {0.95, 0.95}, "ru", new double[] {0.95, 0.95},
                "zh", new double[] {0.90, 0.95});
        floors.forEach((lang, f) -> {
            EvaluationReport.Score s = report.languages().get(lang);
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

    @Test
    void atLeastFifteenPassagesPerLanguage() {
        Map<String, Long> byLang = passages.stream().collect(Collectors.groupingBy(LabelledPassage::language, Collectors.counting()));
        assertThat(byLang).containsOnlyKeys("ar", "zh", "ru");
        byLang.values().forEach(n -> assertThat(n).isGreaterThanOrEqualTo(15));
        assertThat(passages).extracting(LabelledPassage::set).containsOnly("un-tune", "un-heldout");
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
