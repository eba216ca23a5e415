package org.mycroft.api.statistics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.mycroft.api.search.Facet;
import org.mycroft.api.search.SearchRequest;
import org.mycroft.api.search.SearchResponse;
import org.mycroft.api.search.SearchService;
import org.springframework.stereotype.Service;

/**
 * The case statistics are the case search's own facets (doc_type=case added to the request's
 * filters), so every number here is the count the search shows for the same filter.
 */
@Service
public record StatisticsService(SearchService search) {

    /** The breakdowns, in the order shown. */
    public static final List<Facet> GROUPS = List.of(Facet.COOPERATION_FORM, Facet.LEGAL_BASIS, Facet.OUTCOME,
            Facet.CRIME_TYPES, Facet.REQUESTING_STATE, Facet.REQUESTED_STATE, Facet.YEAR);

    public CaseStatistics cases(SearchRequest request) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        filters.putAll(request.filters());
        filters.put(Facet.DOC_TYPE, List.of("case"));
        // The request's own copy, so concept search, history and mentions count exactly as the search does;
        // every value of each breakdown, not the most frequent ones a search page lists.
        SearchResponse response = search.search(request.with(filters, 1, 1).withAllValuesOf(java.util.Set.copyOf(GROUPS)));
        List<CaseStatistics.Group> groups = new ArrayList<>();
        for (Facet facet : GROUPS) {
            groups.add(new CaseStatistics.Group(facet.parameter(), response.facets().getOrDefault(facet.parameter(), List.of())));
        }
        return new CaseStatistics(response.total(), List.copyOf(groups), response.conventionReliance());
    }
}
