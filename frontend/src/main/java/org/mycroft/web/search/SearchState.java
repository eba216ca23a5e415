package org.mycroft.web.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mycroft.api.search.Facet;
import org.mycroft.api.search.SearchParameters;
import org.mycroft.api.search.SearchRequest;
import org.mycroft.web.system.QueryString;

/**
 * The whole state of a search page as it travels in the URL: query, filters, sort, page, page
 * size and UI language. Only what the user chose is written (no default values), so URLs stay
 * short and bookmarkable; every link of the page is a variant of this state.
 *
 * @param sort the sort parameter as given, "" for the default
 * @param size the page size as given, null for the default
 * @param lang the UI language as given, null when it came from Accept-Language
 * @param history superseded versions of provisions as well as the text in force
 * @param conceptsOff true when the reader turned concept search off ({@code concepts=off})
 */
public record SearchState(String query, Map<Facet, List<String>> filters, String sort, int page, Integer size, String lang,
        List<String> mentions, boolean history, boolean conceptsOff) {

    public static final String PATH = "/search";

    public SearchState {
        Map<Facet, List<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, List.copyOf(values));
            }
        });
        filters = copy;
        query = query == null ? "" : query;
        sort = sort == null ? "" : sort;
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /** A state of the text in force. */
    public SearchState(String query, Map<Facet, List<String>> filters, String sort, int page, Integer size, String lang,
            List<String> mentions) {
        this(query, filters, sort, page, size, lang, mentions, false);
    }

    /** A state without a mentions filter. */
    public SearchState(String query, Map<Facet, List<String>> filters, String sort, int page, Integer size, String lang) {
        this(query, filters, sort, page, size, lang, List.of());
    }

    /** A state with concept search on (the default). */
    public SearchState(String query, Map<Facet, List<String>> filters, String sort, int page, Integer size, String lang,
            List<String> mentions, boolean history) {
        this(query, filters, sort, page, size, lang, mentions, history, false);
    }

    /** The state of a validated request; sort, size and lang only when the URL gave them. */
    static SearchState of(SearchRequest request, Map<String, String[]> raw, String explicitLang) {
        String sort = has(raw, "sort") ? request.sort().parameter() : "";
        Integer size = has(raw, "size") ? request.size() : null;
        return new SearchState(request.query(), request.filters(), sort, request.page(), size, explicitLang, request.mentions(),
                request.history(), !request.conceptSearch());
    }

    private static boolean has(Map<String, String[]> raw, String name) {
        String[] values = raw.get(name);
        return values != null && values.length == 1 && !values[0].isBlank();
    }

    /** A new search for everything carrying one tag (search badges, document tags). */
    public static String tagSearchHref(Facet facet, String value, String explicitLang) {
        return new SearchState("", Map.of(facet, List.of(value)), "", 1, null, explicitLang).href();
    }

    /** A new search for everything that mentions one tag in passing (document page). */
    public static String mentionSearchHref(String value, String explicitLang) {
        return new SearchState("", Map.of(), "", 1, null, explicitLang, List.of(value)).href();
    }

    public boolean isSelected(Facet facet, String value) {
        return filters.getOrDefault(facet, List.of()).contains(value);
    }

    /** Adds the value to its facet, or removes it if present; back to page 1. */
    public SearchState toggle(Facet facet, String value) {
        Map<Facet, List<String>> next = new EnumMap<>(Facet.class);
        next.putAll(filters);
        List<String> values = new ArrayList<>(filters.getOrDefault(facet, List.of()));
        if (!values.remove(value)) {
            values.add(value);
        }
        next.put(facet, values);
        return new SearchState(query, next, sort, 1, size, lang, mentions, history, conceptsOff);
    }

    public SearchState withoutFilters() {
        return new SearchState(query, Map.of(), sort, 1, size, lang, List.of(), history, conceptsOff);
    }

    public SearchState withSort(String sortParameter) {
        return new SearchState(query, filters, sortParameter, 1, size, lang, mentions, history, conceptsOff);
    }

    public SearchState withPage(int number) {
        return new SearchState(query, filters, sort, number, size, lang, mentions, history, conceptsOff);
    }

    /** The same search with concept search turned on or off; back to page 1 (the results change). */
    public SearchState withConceptsOff(boolean off) {
        return new SearchState(query, filters, sort, 1, size, lang, mentions, history, off);
    }

    /** Parameters in a stable order: q, the facets in their order, mentions, concepts, sort, size, history, page, lang. */
    public Map<String, List<String>> parameters(boolean withPage) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (!query.isEmpty()) {
            params.put("q", List.of(query));
        }
        for (Facet facet : Facet.values()) {
            List<String> values = filters.get(facet);
            if (values != null) {
                params.put(facet.parameter(), values);
            }
        }
        if (!mentions.isEmpty()) {
            params.put(SearchParameters.MENTIONS, mentions);
        }
        if (conceptsOff) {
            params.put(SearchParameters.CONCEPTS, List.of(SearchParameters.CONCEPTS_OFF));
        }
        if (!sort.isEmpty()) {
            params.put("sort", List.of(sort));
        }
        if (size != null) {
            params.put("size", List.of(String.valueOf(size)));
        }
        if (history) {
            params.put(SearchParameters.HISTORY, List.of("true"));
        }
        if (withPage && page > 1) {
            params.put("page", List.of(String.valueOf(page)));
        }
        if (lang != null) {
            params.put("lang", List.of(lang));
        }
        return params;
    }

    public String href() {
        return PATH + QueryString.of(parameters(true));
    }

    /** This page with every value of one facet listed (the search lists the most frequent ones otherwise). */
    public String allValuesHref(Facet facet) {
        Map<String, List<String>> params = parameters(true);
        params.put(SearchParameters.MORE, List.of(facet.parameter()));
        return PATH + QueryString.of(params);
    }

    /**
     * The JSON twin of this page: same parameters on {@code /api/search}, with the UI language
     * made explicit so the twin's labels match the page even when it came from Accept-Language.
     */
    public String apiHref(String uiLang) {
        Map<String, List<String>> params = parameters(true);
        params.putIfAbsent("lang", List.of(uiLang));
        return "/api/search" + QueryString.of(params);
    }
}
