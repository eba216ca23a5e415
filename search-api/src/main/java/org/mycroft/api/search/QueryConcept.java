package org.mycroft.api.search;

import java.util.List;

/**
 * A concept of the taxonomy recognised in a user's query: a crime type or a cross-cutting issue.
 *
 * @param id     the tag id, exactly as in the taxonomy ({@code trafficking-in-persons})
 * @param facet  the facet it belongs to ({@link Facet#CRIME_TYPES} or {@link Facet#CROSS_CUTTING})
 * @param labels its names in every language of the taxonomy, searched as phrases in every text field
 */
public record QueryConcept(String id, Facet facet, List<String> labels) {

    public QueryConcept {
        if (facet != Facet.CRIME_TYPES && facet != Facet.CROSS_CUTTING) {
            throw new IllegalArgumentException("Not a concept facet: " + facet);
        }
        labels = List.copyOf(labels);
    }
}
