package org.mycroft.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mycroft.core.taxonomy.Taxonomy;

/** The neighbours' training data: the training files are loaded into it, the blind sets never are. */
class TrainingPassagesTest {

    @Test
    void noBlindPassageEverTrainsTheNeighbours() {
        List<LabelledPassage> training = Tagger.trainingPassages();
        Set<String> blindIds = new HashSet<>();
        Set<String> blindTexts = new HashSet<>();
        TaggingEvaluation.loadDefault().stream().filter(p -> Tagger.BLIND_SETS.contains(p.set())).forEach(p -> {
            blindIds.add(p.id());
            blindTexts.add(p.text());
        });
        assertThat(blindIds).hasSizeGreaterThanOrEqualTo(3 * 64);
        assertThat(training).noneMatch(p -> Tagger.BLIND_SETS.contains(p.set()))
                .noneMatch(p -> blindIds.contains(p.id()))
                .noneMatch(p -> blindTexts.contains(p.text()));
    }

    @Test
    void theTrainingFilesAreInTheNeighboursTrainingAndInTheirOwnSets() {
        List<LabelledPassage> files = TaggingEvaluation.loadTraining();
        List<LabelledPassage> training = Tagger.trainingPassages();
        assertThat(training).hasSize(Tagger.tunePassages().size() + files.size()).containsAll(files).containsAll(Tagger.tunePassages());
        assertThat(files).allMatch(p -> p.set().equals(TaggingEvaluation.TRAINING_SET_PREFIX + p.language()));
    }

    @Test
    void idsAreUniqueAcrossEveryFileOfJudgedPassages() {
        List<String> ids = new ArrayList<>();
        TaggingEvaluation.loadDefault().forEach(p -> ids.add(p.id()));
        TaggingEvaluation.loadUnLanguages().forEach(p -> ids.add(p.id()));
        TaggingEvaluation.loadTraining().forEach(p -> ids.add(p.id()));
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void everyTrainingLabelIsATaxonomyId() {
        Taxonomy taxonomy = Taxonomy.load();
        for (LabelledPassage p : TaggingEvaluation.loadTraining()) {
            assertThat(p.articles()).as(p.id()).allMatch(taxonomy::isValidArticleId);
            assertThat(p.crimeTypes()).as(p.id()).allMatch(c -> taxonomy.crimeType(c).isPresent());
            assertThat(p.crossCutting()).as(p.id()).allMatch(c -> taxonomy.crossCuttingIssue(c).isPresent());
        }
    }

    @Test
    void aTrainingFileCannotCarryABlindSetOrAnotherLanguage() {
        LabelledPassage blind = new LabelledPassage("en-h11-99", "heldout-11", "en", "legislation", false, "text", List.of(),
                List.of(), List.of(), "");
        assertThatThrownBy(() -> TaggingEvaluation.trainingFile(List.of(blind), "passages-train-en.yaml", "en"))
                .hasMessageContaining("must be in set train-en");
        LabelledPassage french = new LabelledPassage("fr-t-1", "train-en", "fr", "legislation", false, "texte", List.of(),
                List.of(), List.of(), "");
        assertThatThrownBy(() -> TaggingEvaluation.trainingFile(List.of(french), "passages-train-en.yaml", "en"))
                .hasMessageContaining("language en");
    }
}
