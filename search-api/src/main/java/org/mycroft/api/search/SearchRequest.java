package org.mycroft.api.search;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A validated search: free text (never Solr syntax), filters per facet (OR within a facet, AND
 * across facets), sort, 1-based page, page size, the UI language used for labels, tag ids the
 * units must mention in passing ({@code mentions}, OR-ed; not a facet), {@code history}: superseded
 * versions of provisions as well as the text in force, the concepts recognised in the text and
 * whether they are searched ({@code concepts=off} turns that off), and the facets whose every value
 * is wanted ({@code more}; the others list their {@link SearchQueryBuilder#FACET_VALUES} most frequent).
 */
public record SearchRequest(
        String query,
        Map<Facet, List<String>> filters,
        SearchSort sort,
        int page,
        int size,
        String lang,
        List<String> mentions,
        boolean history,
        List<QueryConcept> concepts,
        boolean conceptSearch,
        Set<Facet> more) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        filters = Map.copyOf(filters);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        concepts = concepts == null ? List.of() : List.copyOf(concepts);
        more = more == null || more.isEmpty() ? Set.of() : Set.copyOf(more);
    }

    /** A search listing the most frequent values of each facet. */
    public SearchRequest(String query, Map<Facet, List<String>> filters, SearchSort sort, int page, int size, String lang,
            List<String> mentions, boolean history, List<QueryConcept> concepts, boolean conceptSearch) {
        this(query, filters, sort, page, size, lang, mentions, history, concepts, conceptSearch, Set.of());
    }

    /** A search without recognised concepts: its text alone is searched. */
    public SearchRequest(String query, Map<Facet, List<String>> filters, SearchSort sort, int page, int size, String lang,
            List<String> mentions, boolean history) {
        this(query, filters, sort, page, size, lang, mentions, history, List.of(), true);
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

    /** The same search on other filters, page and size (the concepts stay). */
    public SearchRequest with(Map<Facet, List<String>> otherFilters, int otherPage, int otherSize) {
        return new SearchRequest(query, otherFilters, sort, otherPage, otherSize, lang, mentions, history, concepts,
                conceptSearch, more);
    }

    /** The same search listing every value of these facets. */
    public SearchRequest withAllValuesOf(Set<Facet> facets) {
        Set<Facet> all = EnumSet.noneOf(Facet.class);
        all.addAll(more);
        all.addAll(facets);
        return new SearchRequest(query, filters, sort, page, size, lang, mentions, history, concepts, conceptSearch, all);
    }

    /** The concepts to search beside the text: none when there is no text or concept search is off. */
    public List<QueryConcept> searchedConcepts() {
        return conceptSearch && hasQuery() ? concepts : List.of();
    }

    public boolean hasQuery() {
        return !query.isEmpty();
    }

    public List<String> filter(Facet facet) {
        return filters.getOrDefault(facet, List.of());
    }
}
