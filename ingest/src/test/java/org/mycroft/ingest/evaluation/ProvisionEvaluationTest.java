package org.mycroft.ingest.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.core.index.Provenance;
import org.mycroft.ingest.indexing.CaseDetails;
import org.mycroft.ingest.indexing.IndexUnit;

/** Loading the provision-level judgements and scoring units against them. */
class ProvisionEvaluationTest {

    private static Taxonomy taxonomy;

    @BeforeAll
    static void load() {
        taxonomy = Taxonomy.load();
    }

    @Test
    void shippedJudgementsLoadWithTaxonomyIdsOnlyAndBothSetsNamed() {
        List<JudgedLaw> laws = ProvisionJudgements.loadDefault(taxonomy);
        assertThat(laws).isNotEmpty();
        assertThat(laws).allMatch(l -> l.set().equals(JudgedLaw.TUNE) || l.set().equals(JudgedLaw.BLIND));
        assertThat(laws.stream().mapToInt(l -> l.judgements().size()).sum()).isGreaterThan(100);
        for (JudgedLaw law : laws) {
            for (ProvisionJudgement j : law.judgements()) {
                assertThat(j.unit()).as(law.law()).startsWith(law.law().toLowerCase().replace('.', '-') + "_");
            }
        }
    }

    @Test
    void unknownIdRepeatedUnitAndMissingHeaderAreRefused() {
        String header = "unit\trequired\tmentions\treason\n";
        assertThatThrownBy(() -> ProvisionJudgements.parse(header + "law_s-1\tmoney-laundry\t\t\n", "x.tsv", taxonomy))
                .hasMessageContaining("money-laundry");
        assertThatThrownBy(() -> ProvisionJudgements.parse(header + "law_s-1\t\t\t\nlaw_s-1\t\t\t\n", "x.tsv", taxonomy))
                .hasMessageContaining("judged twice");
        assertThatThrownBy(() -> ProvisionJudgements.parse("law_s-1\t\t\t\n", "x.tsv", taxonomy))
                .hasMessageContaining("header");
    }

    @Test
    void aMentionIsNotASubject() {
        List<ProvisionJudgement> js = ProvisionJudgements.parse(
                "unit\trequired\tmentions\treason\nlaw_s-1\tmoney-laundering,UNTOC-6\tdrug-trafficking,money-laundering\t\n",
                "x.tsv", taxonomy);
        assertThat(js.getFirst().required()).containsExactlyInAnyOrder("money-laundering", "UNTOC-6");
        assertThat(js.getFirst().mentions()).containsExactly("drug-trafficking");
    }

    @Test
    void scoresSubjectTagsPerFamilyAndCountsMentionsGivenAsSubjects(@TempDir Path corpus) throws IOException {
        Files.writeString(corpus.resolve("law-a.md"), "text");
        JudgedLaw law = new JudgedLaw("law-a", JudgedLaw.TUNE, List.of(
                new ProvisionJudgement("law-a_s-1", Set.of("money-laundering", "UNTOC-6"), Set.of("drug-trafficking"), ""),
                new ProvisionJudgement("law-a_s-2", Set.of("extradition", "UNTOC-16"), Set.of(), "extradition"),
                new ProvisionJudgement("law-a_s-9", Set.of("extradition"), Set.of(), "")));
        ProvisionEvaluation.UnitReader reader = file -> List.of(
                unit("law-a_s-1", List.of("UNTOC-6"), List.of("drug-trafficking", "money-laundering"), List.of()),
                unit("law-a_s-2", List.of(), List.of(), List.of("extradition")),
                unit("law-a_s-3", List.of(), List.of("fraud"), List.of())); // not judged: not scored
        ProvisionReport report = ProvisionEvaluation.run(List.of(law), corpus, reader, taxonomy);

        assertThat(report.family(JudgedLaw.TUNE, "crime_types")).isEqualTo(
                new org.mycroft.tagging.EvaluationReport.Score(1, 1, 0));
        assertThat(report.family(JudgedLaw.TUNE, "articles")).isEqualTo(
                new org.mycroft.tagging.EvaluationReport.Score(1, 0, 1));
        assertThat(report.overall(JudgedLaw.TUNE).recall()).isEqualTo(3.0 / 4);
        assertThat(report.units()).extracting(ProvisionReport.UnitScore::mentionsAsSubjects).containsExactly(1, 0);
        assertThat(report.notProduced()).containsEntry("law-a", List.of("law-a_s-9"));
        assertThat(report.format()).contains("Set 'tune' (1 laws, 2 judged provisions)", "law-a_s-2 missing [UNTOC-16]");
    }

    @Test
    void aParagraphAlsoStandsForItsArticleAsTheExpandedFieldCountsIt(@TempDir Path corpus) throws IOException {
        Files.writeString(corpus.resolve("law-d.xml"), "text");
        JudgedLaw law = new JudgedLaw("law-d", JudgedLaw.TUNE, List.of(
                new ProvisionJudgement("law-d_s-24", Set.of("UNTOC-18.10"), Set.of(), "transfer of a detained person"),
                new ProvisionJudgement("law-d_s-12", Set.of("UNTOC-16.9"), Set.of(), "provisional arrest")));
        ProvisionReport report = ProvisionEvaluation.run(List.of(law), corpus, file -> List.of(
                unit("law-d_s-24", List.of("UNTOC-18", "UNTOC-18.10"), List.of(), List.of()),
                unit("law-d_s-12", List.of("UNTOC-16"), List.of(), List.of())), taxonomy);
        // s-24: UNTOC-18 and 18.10 both right; s-12: UNTOC-16 right, the paragraph 16.9 missed.
        assertThat(report.family(JudgedLaw.TUNE, "articles")).isEqualTo(
                new org.mycroft.tagging.EvaluationReport.Score(3, 0, 1));
        assertThat(report.format()).contains("law-d_s-12 missing [UNTOC-16.9]").doesNotContain("spurious [UNTOC-16]");
    }

    @Test
    void blindErrorsAreNeverPrintedAndAbsentLawsAreSkipped(@TempDir Path corpus) throws IOException {
        Files.writeString(corpus.resolve("law-b.xml"), "text");
        List<JudgedLaw> laws = List.of(
                new JudgedLaw("law-b", JudgedLaw.BLIND, List.of(new ProvisionJudgement("law-b_s-1", Set.of("fraud"), Set.of(), ""))),
                new JudgedLaw("law-c", JudgedLaw.TUNE, List.of(new ProvisionJudgement("law-c_s-1", Set.of("fraud"), Set.of(), ""))));
        ProvisionReport report = ProvisionEvaluation.run(laws, corpus,
                file -> List.of(unit("law-b_s-1", List.of(), List.of("corruption"), List.of())), taxonomy);
        assertThat(report.overall(JudgedLaw.BLIND).precision()).isZero();
        assertThat(report.skipped()).containsExactly("law-c");
        assertThat(report.format()).contains("Set 'blind'", "law-c").doesNotContain("law-b_s-1");
    }

    @Test
    void aBlindProvisionThatATrainingPassageReproducesIsCountedAndLeftOutOfTheSecondFigure(@TempDir Path corpus)
            throws IOException {
        Files.writeString(corpus.resolve("law-e.xml"), "text");
        List<JudgedLaw> laws = List.of(new JudgedLaw("law-e", JudgedLaw.BLIND, List.of(
                new ProvisionJudgement("law-e_s-1", Set.of("fraud"), Set.of(), ""),
                new ProvisionJudgement("law-e_s-2", Set.of("corruption"), Set.of(), ""))));
        // s-1 is right and reproduced by a training passage; s-2 is wrong and unseen
        ProvisionReport report = ProvisionEvaluation.run(laws, corpus, file -> List.of(
                unit("law-e_s-1", List.of(), List.of("fraud"), List.of()),
                unit("law-e_s-2", List.of(), List.of("terrorism"), List.of())), taxonomy,
                u -> u.id().endsWith("s-1") ? 0.8 : 0.1);
        assertThat(report.units()).extracting(ProvisionReport.UnitScore::overlap).containsExactly(0.8, 0.1);
        assertThat(report.overall(JudgedLaw.BLIND).precision()).isEqualTo(0.5);
        assertThat(report.format()).contains("1 of the 2 provisions are reproduced by a neighbour-training passage")
                .containsPattern("overall without reproduced provisions +0 +1 +1 +0\\.000");
    }

    private static IndexUnit unit(String id, List<String> articles, List<String> crimeTypes, List<String> crossCutting) {
        return new IndexUnit(id, new IndexUnit.Parent("law", "Law", "legislation", null, null, null, null), id, "1", "", 0,
                "text", "en", new IndexUnit.Tags(articles, crimeTypes, crossCutting, List.of(), List.of(), false),
                new Provenance(null, null, null, "", Instant.EPOCH, null, null), CaseDetails.NONE);
    }
}
