package org.mycroft.api.search;

import java.util.List;
import java.util.Map;

/**
 * A validated search: free text (never Solr syntax), filters per facet (OR within a facet, AND
 * across facets), sort, 1-based page, page size, the UI language used for labels, tag ids the
 * units must mention in passing ({@code mentions}, OR-ed; not a facet), and {@code history}:
 * superseded versions of provisions as well as the text in force.
 */
public record SearchRequest(
        String query,
        Map<Facet, List<String>> filters,
        SearchSort sort,
        int page,
        int size,
        String lang,
        List<String> mentions,
        boolean history) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        filters = Map.copyOf(filters);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /** A search of the text in force. */
    public SearchRequest(String query, Map<Facet, List<String>> filters, SearchSort sort, int page, int size, String lang,
            List<String> mentions) {
        this(query, filters, sort, page, size, lang, mentions, false);
    }

    /** A search without a mentions filter. */
    public SearchRequest(String query, Map<Facet, List<String>> filters, SearchSort sort, int page, int size, String lang) {
        this(query, filters, sort, page, size, lang, List.of());
    }

    public boolean hasQuery() {
        return !query.isEmpty();
    }

    public List<String> filter(Facet facet) {
        return filters.getOrDefault(facet, List.of());
    }
}
