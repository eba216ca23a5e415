package org.mycroft.web.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mycroft.api.search.Facet;
import org.mycroft.api.search.FacetValue;
import org.mycroft.api.search.SearchResponse;
import org.mycroft.api.search.StateReliance;

/**
 * The case-research parts of the search page (issue #11): a form for the filters that are not
 * lists of facet values (year range, a State on either side of a request) and the table of the
 * States' reliance on the Convention as legal basis. Works without JavaScript: a GET form that
 * carries the rest of the search in hidden fields.
 */
public record CaseSearchPanel(
        List<SearchPage.Hidden> hidden,
        String yearFrom,
        String yearTo,
        List<StateOption> states,
        List<StateReliance> reliance,
        Exports exports) {

    /** Links to every result of this search as files and as a feed (same parameters, no page). */
    public record Exports(String csv, String jsonl, String ris, String atom) {}

    private static final List<Facet> OWN = List.of(Facet.YEAR_FROM, Facet.YEAR_TO, Facet.EITHER_STATE);

    /** A State offered in the either-side list. */
    public record StateOption(String value, String label, boolean selected) {}

    static CaseSearchPanel of(SearchState state, SearchResponse response) {
        List<SearchPage.Hidden> hidden = new ArrayList<>();
        state.parameters(false).forEach((name, values) -> {
            if (OWN.stream().noneMatch(f -> f.parameter().equals(name))) {
                values.forEach(v -> hidden.add(new SearchPage.Hidden(name, v)));
            }
        });
        List<String> selected = state.filters().getOrDefault(Facet.EITHER_STATE, List.of());
        Map<String, String> labels = new LinkedHashMap<>();
        for (Facet side : List.of(Facet.REQUESTING_STATE, Facet.REQUESTED_STATE)) {
            for (FacetValue v : response.facets().getOrDefault(side.parameter(), List.of())) {
                labels.putIfAbsent(v.value(), v.label());
            }
        }
        List<StateOption> states = new ArrayList<>();
        selected.forEach(s -> labels.putIfAbsent(s, s));
        labels.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> states.add(new StateOption(e.getKey(), e.getValue(), selected.contains(e.getKey()))));
        return new CaseSearchPanel(List.copyOf(hidden), first(state, Facet.YEAR_FROM), first(state, Facet.YEAR_TO),
                List.copyOf(states), response.conventionReliance(), exports(state));
    }

    private static Exports exports(SearchState state) {
        Map<String, List<String>> params = new LinkedHashMap<>(state.parameters(false));
        params.remove("size");
        String query = org.mycroft.web.system.QueryString.of(params);
        return new Exports("/api/search.csv" + query, "/api/search.jsonl" + query, "/api/search.ris" + query,
                "/search.atom" + query);
    }

    private static String first(SearchState state, Facet facet) {
        List<String> values = state.filters().getOrDefault(facet, List.of());
        return values.isEmpty() ? "" : values.get(0);
    }
}
