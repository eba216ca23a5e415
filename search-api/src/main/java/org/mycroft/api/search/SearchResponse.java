package org.mycroft.api.search;

import java.util.List;
import java.util.Map;

/** One page of results with the facet counts of the whole result set. */
public record SearchResponse(
        long total,
        int page,
        int size,
        List<SearchHit> results,
        Map<String, List<FacetValue>> facets) {

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
