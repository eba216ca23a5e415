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
