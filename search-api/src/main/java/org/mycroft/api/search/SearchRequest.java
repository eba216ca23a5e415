package org.mycroft.api.search;

import java.util.List;
import java.util.Map;

/**
 * A validated search: free text (never Solr syntax), filters per facet (OR within a facet, AND
 * across facets), sort, 1-based page, page size, and the UI language used for labels.
 */
public record SearchRequest(
        String query,
        Map<Facet, List<String>> filters,
        SearchSort sort,
        int page,
        int size,
        String lang) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        filters = Map.copyOf(filters);
    }

    public boolean hasQuery() {
        return !query.isEmpty();
    }

    public List<String> filter(Facet facet) {
        return filters.getOrDefault(facet, List.of());
    }
}
