package org.mycroft.api.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results with the facet counts of the whole result set and, per State, how often its
 * cases in the set relied on the Convention ({@link ConventionReliance}).
 */
public record SearchResponse(
        long total,
        int page,
        int size,
        List<SearchHit> results,
        Map<String, List<FacetValue>> facets,
        List<StateReliance> conventionReliance) {

    public SearchResponse {
        conventionReliance = conventionReliance == null ? List.of() : List.copyOf(conventionReliance);
    }

    /** The same page with the per-State "Convention as legal basis" counts. */
    public SearchResponse withConventionReliance(List<StateReliance> rows) {
        return new SearchResponse(total, page, size, results, facets, rows);
    }

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
