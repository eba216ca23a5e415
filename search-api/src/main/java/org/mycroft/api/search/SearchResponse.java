package org.mycroft.api.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results with the facet counts of the whole result set and, per State, how often its
 * cases in the set relied on the Convention ({@link ConventionReliance}), and the concepts
 * recognised in the query ({@link RecognisedConcepts}). {@code truncatedFacets} names the facets that
 * list only their most frequent values; {@code more=<facet>} asks for all of them.
 */
public record SearchResponse(
        long total,
        int page,
        int size,
        List<SearchHit> results,
        Map<String, List<FacetValue>> facets,
        List<String> truncatedFacets,
        List<StateReliance> conventionReliance,
        RecognisedConcepts concepts) {

    public SearchResponse {
        truncatedFacets = truncatedFacets == null ? List.of() : List.copyOf(truncatedFacets);
        conventionReliance = conventionReliance == null ? List.of() : List.copyOf(conventionReliance);
        concepts = concepts == null ? RecognisedConcepts.NONE : concepts;
    }

    public SearchResponse(long total, int page, int size, List<SearchHit> results, Map<String, List<FacetValue>> facets,
            List<StateReliance> conventionReliance) {
        this(total, page, size, results, facets, List.of(), conventionReliance, RecognisedConcepts.NONE);
    }

    public boolean truncated(Facet facet) {
        return truncatedFacets.contains(facet.parameter());
    }

    /** The same page with the per-State "Convention as legal basis" counts. */
    public SearchResponse withConventionReliance(List<StateReliance> rows) {
        return new SearchResponse(total, page, size, results, facets, truncatedFacets, rows, concepts);
    }

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
