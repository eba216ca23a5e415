package org.mycroft.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mycroft.core.taxonomy.Taxonomy;

/** The concepts kept per text are those the tagger reads afresh, and what is kept stays bounded. */
class ConceptRecognizerTest {

    private static final ConceptRecognizer RECOGNIZER = new ConceptRecognizer(Taxonomy.load());

    @Test
    void aTextSeenBeforeGivesTheConceptsReadAfresh() {
        for (String text : List.of("trata de personas", "money laundering extradition", "traite des personnes", "budget", "")) {
            List<QueryConcept> first = RECOGNIZER.recognise(text);
            assertThat(RECOGNIZER.recognise(text)).isEqualTo(first).isEqualTo(RECOGNIZER.recogniseAfresh(text));
        }
        assertThat(RECOGNIZER.recognise("trata de personas")).extracting(QueryConcept::id).contains("trafficking-in-persons");
        assertThat(RECOGNIZER.recognise("budget")).isEmpty();
    }

    @Test
    void keptTextsStayBoundedAndLongTextsAreNotKept() {
        ConceptRecognizer recognizer = new ConceptRecognizer(Taxonomy.load());
        for (int i = 0; i < ConceptRecognizer.MAX_CACHED_TEXTS + 10; i++) {
            recognizer.recognise("money laundering " + i);
            assertThat(recognizer.keptTexts()).isBetween(1, ConceptRecognizer.MAX_CACHED_TEXTS);
        }
        // Still right after the guard emptied what was kept.
        assertThat(recognizer.recognise("money laundering 1")).extracting(QueryConcept::id).contains("money-laundering");
        int kept = recognizer.keptTexts();
        String paragraph = "money laundering ".repeat(ConceptRecognizer.MAX_CACHED_TEXT / 10);
        assertThat(recognizer.recognise(paragraph)).isEqualTo(recognizer.recogniseAfresh(paragraph));
        assertThat(recognizer.keptTexts()).isEqualTo(kept);
    }
}
