package org.mycroft.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The overlap guard's measure: a recalled copy of a blind item is caught, an unrelated provision is not. */
class TrainingOverlapTest {

    /** A blind-like provision, and the same provision recalled from memory with a few words changed. */
    private static final String BLIND = "Any person who knows or ought reasonably to have known that property is or forms part of"
            + " the proceeds of unlawful activities and enters into any agreement or engages in any arrangement or transaction"
            + " with anyone in connection with that property, whether such agreement, arrangement or transaction is legally"
            + " enforceable or not, shall be guilty of an offence.";
    private static final String RECALLED = "Any person who knows or ought reasonably to have known that property is or forms part of"
            + " the proceeds of unlawful activities and enters into any agreement or engages in any arrangement or transaction"
            + " with any person in connection with such property, whether that agreement, arrangement or transaction is legally"
            + " enforceable or not, commits an offence.";
    /** Another statute in the same drafting style: boilerplate words, another subject. */
    private static final String UNRELATED = "Where a person whose surrender is sought is arrested under a provisional warrant, the"
            + " magistrate shall, unless the request for surrender is received within sixty days, order that the person be"
            + " discharged, and any person who is guilty of an offence under this section shall be liable to a fine.";

    private static LabelledPassage training(String id, String text) {
        return new LabelledPassage(id, "train-en", "en", "legislation", false, text, List.of(), List.of(), List.of(), "");
    }

    @Test
    void aNearCopyIsReproducedAndAnUnrelatedProvisionIsNot() {
        assertThat(TrainingOverlap.overlap(BLIND, RECALLED)).isGreaterThan(0.5).isGreaterThanOrEqualTo(TrainingOverlap.THRESHOLD);
        assertThat(TrainingOverlap.overlap(BLIND, UNRELATED)).isLessThan(0.1);
        assertThat(TrainingOverlap.overlap(BLIND, BLIND)).isEqualTo(1.0);
    }

    @Test
    void aTrainingPassageThatIsOneParagraphOfALongerProvisionIsFullyContainedWhateverCaseAndAccents() {
        String paragraph = "Le fait de faciliter, par tout moyen, la justification mensongère de l'origine des biens ou des revenus"
                + " de l'auteur d'un crime ou d'un délit";
        String provision = "Article 1. " + paragraph.toUpperCase(java.util.Locale.ROOT).replace("È", "E")
                + " ayant procuré à celui-ci un profit direct ou indirect constitue un blanchiment. Le blanchiment est puni de"
                + " cinq ans d'emprisonnement et de 375 000 euros d'amende.";
        assertThat(TrainingOverlap.overlap(provision, paragraph)).isEqualTo(1.0);
        assertThat(TrainingOverlap.overlap("too short", provision)).isZero();
    }

    @Test
    void theNearestTrainingPassageIsNamedWithItsOverlap() {
        TrainingOverlap guard = TrainingOverlap.of(List.of(training("en-t-1", UNRELATED), training("en-t-2", RECALLED)));
        TrainingOverlap.Nearest n = guard.nearest(BLIND);
        assertThat(n.passage().id()).isEqualTo("en-t-2");
        assertThat(n.overlap()).isEqualTo(TrainingOverlap.overlap(BLIND, RECALLED));
        assertThat(n.reproduced()).isTrue();
        assertThat(TrainingOverlap.of(List.of(training("en-t-1", UNRELATED))).nearest(BLIND).reproduced()).isFalse();
        assertThat(guard.nearest("").passage()).isNull();
    }
}
