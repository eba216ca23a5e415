package org.mycroft.api.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results with the facet counts of the whole result set and, per State, how often its
 * cases in the set relied on the Convention ({@link ConventionReliance}), and the concepts
 * recognised in the query ({@link RecognisedConcepts}).
 */
public record SearchResponse(
        long total,
        int page,
        int size,
        List<SearchHit> results,
        Map<String, List<FacetValue>> facets,
        List<StateReliance> conventionReliance,
        RecognisedConcepts concepts) {

    public SearchResponse {
        conventionReliance = conventionReliance == null ? List.of() : List.copyOf(conventionReliance);
        concepts = concepts == null ? RecognisedConcepts.NONE : concepts;
    }

    public SearchResponse(long total, int page, int size, List<SearchHit> results, Map<String, List<FacetValue>> facets,
            List<StateReliance> conventionReliance) {
        this(total, page, size, results, facets, conventionReliance, RecognisedConcepts.NONE);
    }

    /** The same page with the per-State "Convention as legal basis" counts. */
    public SearchResponse withConventionReliance(List<StateReliance> rows) {
        return new SearchResponse(total, page, size, results, facets, rows, concepts);
    }

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
