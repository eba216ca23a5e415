package org.mycroft.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mycroft.core.taxonomy.CrimeType;
import org.mycroft.core.taxonomy.CrossCuttingIssue;
import org.mycroft.core.taxonomy.Taxonomy;

/** Quality gate on the labelled set shipped in the jar. */
class TaggingEvaluationTest {

    private static Taxonomy taxonomy;
    private static List<LabelledPassage> passages;
    private static EvaluationReport report;

    @BeforeAll
    static void run() {
        taxonomy = Taxonomy.load();
        passages = TaggingEvaluation.loadDefault();
        report = TaggingEvaluation.run(Tagger.loadDefault(taxonomy), passages);
    }

    /**
     * Over the sets the rules were tuned or the neighbours trained on: each blind set has its own floor
     * below, and adding a new one (scored low by design) must not fail this gate.
     */
    @Test
    void overallPrecisionAndRecall() {
        System.out.println(report.format());
        EvaluationReport.Score tune = report.sets().entrySet().stream()
                .filter(e -> !Tagger.BLIND_SETS.contains(e.getKey()))
                .map(e -> e.getValue().get("overall"))
                .reduce(new EvaluationReport.Score(0, 0, 0), (a, b) -> new EvaluationReport.Score(a.truePositives() + b.truePositives(),
                        a.falsePositives() + b.falsePositives(), a.falseNegatives() + b.falseNegatives()));
        assertThat(tune.precision()).as("overall precision, tune sets").isGreaterThanOrEqualTo(0.90);
        assertThat(tune.recall()).as("overall recall, tune sets").isGreaterThanOrEqualTo(0.85);
    }

    /**
     * Regression floor on the newest set written blind and never tuned on (heldout-7). Its score when
     * written, before any rule of issue #10, was precision 0.754, recall 0.558; a drop below these
     * floors means a rule change broke unseen text. Raise the floors with a new held-out set, never
     * by tuning rules on this one.
     */
    @Test
    void newestHeldOutSetDoesNotRegress() {
        atLeast("heldout-7", 0.82, 0.79); // 0.845 / 0.812 with the neighbours
    }

    /**
     * heldout-9, written and judged for the third #10 round before any of its rules, first scored P 0.891,
     * R 0.390; it was never tuned on (its errors were not looked at). The floors keep what the round's
     * general constructions gained on it (P 0.913, R 0.500), so a later rule that breaks them shows here.
     */
    @Test
    void heldOut9KeepsWhatTheThirdRoundGained() {
        atLeast("heldout-9", 0.90, 0.55); // 0.923 / 0.575 with the judged passages as neighbours (fourth round)
    }

    /**
     * heldout-10, 64 passages of real statutory wording judged for the fourth #10 round before any of its
     * changes, first scored P 0.821, R 0.485 (rules alone), 0.833 / 0.530 with the neighbours. Opened and
     * tuned on in the fifth round (StatutoryConstructionsTest pins its constructions): 0.985 / 1.000,
     * in-sample. The floors keep its fixes; it is still left out of the neighbours' index.
     */
    @Test
    void heldOut10KeepsItsFixes() {
        atLeast("heldout-10", 0.96, 0.97);
    }

    /**
     * heldout-11, 64 passages of real statutory wording judged for the fifth #10 round before any of its
     * changes, first scored P 0.882, R 0.586 (rules and neighbours as the fourth round left them). Never
     * trained or tuned on (Tagger.BLIND_SETS); a drop below these floors means a change broke unseen text.
     * The fifth round's constructions, written from heldout-10 and the judged laws, left it unchanged.
     */
    @Test
    void heldOut11DoesNotRegress() {
        atLeast("heldout-11", 0.86, 0.56);
    }

    /**
     * heldout-12, 64 real provisions written blind for the seventh #10 round and committed before the tagger
     * ran on them; first scored P 0.922, R 0.725 with the sixth round's tagger. Never trained or tuned on.
     */
    @Test
    void heldOut12DoesNotRegress() {
        atLeast("heldout-12", 0.89, 0.69);
    }

    /**
     * heldout-13, 64 real provisions of 31 States written blind for the eighth #10 round and committed before
     * the tagger ran on them; first scored P 0.858, R 0.758 with the seventh round's tagger. Never trained or
     * tuned on.
     */
    @Test
    void heldOut13DoesNotRegress() {
        atLeast("heldout-13", 0.82, 0.72);
    }

    /** heldout-8 was tuned on in the third #10 round (0.898 / 0.583 to 0.945 / 0.907): it keeps that. */
    @Test
    void heldOut8KeepsItsFixes() {
        atLeast("heldout-8", 0.92, 0.88);
    }

    private void atLeast(String set, double precision, double recall) {
        EvaluationReport.Score s = report.sets().get(set).get("overall");
        assertThat(s.precision()).as(set + " precision").isGreaterThanOrEqualTo(precision);
        assertThat(s.recall()).as(set + " recall").isGreaterThanOrEqualTo(recall);
    }

    /** heldout-6, the blind set before it (P 0.909, R 0.670 when written), keeps its floors. */
    @Test
    void previousHeldOutSetDoesNotRegress() {
        atLeast("heldout-6", 0.88, 0.63);
    }

    /** Sets tuned on keep what they gained: a later rule must not undo an earlier fix. */
    @Test
    void tunedSetsDoNotRegress() {
        for (String set : List.of("dev", "heldout-1", "heldout-2", "heldout-3", "heldout-4", "heldout-5")) {
            EvaluationReport.Score s = report.sets().get(set).get("overall");
            assertThat(s.precision()).as(set + " precision").isGreaterThanOrEqualTo(0.95);
            assertThat(s.recall()).as(set + " recall").isGreaterThanOrEqualTo(0.85);
        }
    }

    @Test
    void setIsLargeEnoughAndTrilingual() {
        assertThat(passages).hasSizeGreaterThanOrEqualTo(100);
        Map<String, Long> byLang = passages.stream().collect(Collectors.groupingBy(LabelledPassage::language, Collectors.counting()));
        assertThat(byLang.get("en")).isGreaterThanOrEqualTo(25);
        assertThat(byLang.get("fr")).isGreaterThanOrEqualTo(25);
        assertThat(byLang.get("es")).isGreaterThanOrEqualTo(25);
    }

    @Test
    void everyTagOfTheTaxonomyIsCoveredAndEveryLabelIsValid() {
        Set<String> ct = new HashSet<>();
        Set<String> cc = new HashSet<>();
        for (LabelledPassage p : passages) {
            ct.addAll(p.crimeTypes());
            cc.addAll(p.crossCutting());
            for (String a : p.articles()) {
                assertThat(taxonomy.isValidArticleId(a)).as(p.id() + " article " + a).isTrue();
            }
            for (String c : p.crimeTypes()) {
                assertThat(taxonomy.crimeType(c)).as(p.id() + " crime type " + c).isPresent();
            }
            for (String c : p.crossCutting()) {
                assertThat(taxonomy.crossCuttingIssue(c)).as(p.id() + " cross-cutting " + c).isPresent();
            }
        }
        assertThat(ct).containsAll(taxonomy.crimeTypes().stream().map(CrimeType::id).toList());
        assertThat(cc).containsAll(taxonomy.crossCutting().stream().map(CrossCuttingIssue::id).toList());
    }

    @Test
    void reportFormatsATable() {
        String table = report.format();
        assertThat(table).contains("articles", "crime_types", "cross_cutting", "overall", "precision", "recall");
        assertThat(report.family("articles").truePositives()).isPositive();
    }

    @Test
    void scoresOfAnEmptyFamilyAreOne() {
        EvaluationReport.Score s = new EvaluationReport.Score(0, 0, 0);
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
    }
}
