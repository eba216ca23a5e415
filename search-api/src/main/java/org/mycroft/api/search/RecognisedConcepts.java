package org.mycroft.api.search;

import java.util.List;

/**
 * What a search recognised in its text and whether it searched it ("also searching: Trafficking in
 * persons"), for the page's notice and the API's {@code concepts} field.
 *
 * @param searched   false when the reader turned concept search off ({@code concepts=off})
 * @param recognised the concepts found in the query, labels in the request's language
 */
public record RecognisedConcepts(boolean searched, List<Concept> recognised) {

    public static final RecognisedConcepts NONE = new RecognisedConcepts(true, List.of());

    public RecognisedConcepts {
        recognised = List.copyOf(recognised);
    }

    /** One recognised concept: its tag id, its facet ({@code crime_types} or {@code cross_cutting}) and its label. */
    public record Concept(String id, String facet, String label) {}
}
