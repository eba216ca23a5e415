package org.mycroft.web.search;

import java.util.List;
import org.mycroft.api.search.RecognisedConcepts;
import org.mycroft.api.search.SearchResponse;

/**
 * View model of the search page's concept notice: the subjects recognised in the query ("Also
 * searching, in every language: Trafficking in persons") and the link that turns concept search
 * off, or back on. Nothing is shown when the query names no concept.
 *
 * @param labels     the recognised concepts, labelled in the UI language
 * @param searched   whether they were searched
 * @param toggleHref the same search with concept search switched the other way
 */
public record ConceptNotice(List<String> labels, boolean searched, String toggleHref) {

    public ConceptNotice {
        labels = List.copyOf(labels);
    }

    static ConceptNotice of(SearchState state, SearchResponse response) {
        RecognisedConcepts concepts = response.concepts();
        return new ConceptNotice(concepts.recognised().stream().map(RecognisedConcepts.Concept::label).toList(),
                concepts.searched(), state.withConceptsOff(concepts.searched()).href());
    }

    public boolean show() {
        return !labels.isEmpty();
    }
}
