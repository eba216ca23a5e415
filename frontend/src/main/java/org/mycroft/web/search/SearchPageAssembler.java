package org.mycroft.web.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mycroft.api.search.Facet;
import org.mycroft.api.search.FacetValue;
import org.mycroft.api.search.SearchHit;
import org.mycroft.api.search.SearchParameters;
import org.mycroft.api.search.SearchResponse;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.web.system.QueryString;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.mycroft.core.taxonomy.DocType;

/** Turns a search response and the URL state into the {@link SearchPage} view model. */
@Component
record SearchPageAssembler(Taxonomy taxonomy, MessageSource messages) {

    /** Facet values shown before the "more" disclosure. */
    static final int VISIBLE_FACET_VALUES = 8;
    /** Page numbers shown on each side of the current page. */
    static final int PAGE_WINDOW = 2;

    /** {@code sort} is the sort in force (the request's, defaults resolved), to mark the current sort link. */
    SearchPage assemble(SearchState state, String sort, SearchResponse response, String uiLang) {
        Locale locale = Locale.of(uiLang);
        int totalPages = Math.min(response.totalPages(), SearchParameters.maxPage(response.size()));
        return new SearchPage(
                state.query(),
                response.total(),
                state.page(),
                hidden(state),
                state.history(),
                facets(state, response, locale),
                chips(state, uiLang, locale),
                state.withoutFilters().href(),
                new SearchPage.Sorts(sort(state, "relevance", sort), sort(state, "newest", sort), sort(state, "oldest", sort)),
                pagination(state, totalPages),
                response.results().stream().map(hit -> result(hit, uiLang, state.lang())).toList(),
                response.total() > 0 && state.page() > totalPages,
                state.withPage(1).href());
    }

    private static List<SearchPage.Hidden> hidden(SearchState state) {
        List<SearchPage.Hidden> hidden = new ArrayList<>();
        state.parameters(false).forEach((name, values) -> {
            if (!name.equals("q") && !name.equals(SearchParameters.HISTORY)) { // the form's own checkbox carries history
                values.forEach(v -> hidden.add(new SearchPage.Hidden(name, v)));
            }
        });
        return List.copyOf(hidden);
    }

    private List<SearchPage.FacetGroup> facets(SearchState state, SearchResponse response, Locale locale) {
        List<SearchPage.FacetGroup> groups = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            List<SearchPage.FacetLink> links = new ArrayList<>();
            List<String> listed = new ArrayList<>();
            for (FacetValue value : response.facets().getOrDefault(facet.parameter(), List.of())) {
                listed.add(value.value());
                links.add(new SearchPage.FacetLink(value.value(), value.label(), value.count(),
                        state.toggle(facet, value.value()).href(), state.isSelected(facet, value.value())));
            }
            // A selected value with no hit left must still be shown, so it can be removed.
            for (String selected : state.filters().getOrDefault(facet, List.of())) {
                if (!listed.contains(selected)) {
                    links.add(0, new SearchPage.FacetLink(selected,
                            taxonomy.label(facet.parameter(), selected, locale.getLanguage()), 0,
                            state.toggle(facet, selected).href(), true));
                }
            }
            if (links.isEmpty()) {
                continue;
            }
            List<SearchPage.FacetLink> visible = new ArrayList<>();
            List<SearchPage.FacetLink> more = new ArrayList<>();
            for (SearchPage.FacetLink link : links) {
                (visible.size() < VISIBLE_FACET_VALUES || link.selected() ? visible : more).add(link);
            }
            String allHref = response.truncated(facet) ? state.allValuesHref(facet) : null;
            groups.add(new SearchPage.FacetGroup(facet.parameter(), facetHeading(facet, locale),
                    List.copyOf(visible), List.copyOf(more), allHref));
        }
        return List.copyOf(groups);
    }

    private String facetHeading(Facet facet, Locale locale) {
        return messages.getMessage("facet." + facet.parameter(), null, locale);
    }

    private List<SearchPage.Chip> chips(SearchState state, String uiLang, Locale locale) {
        List<SearchPage.Chip> chips = new ArrayList<>();
        for (Map.Entry<Facet, List<String>> filter : state.filters().entrySet()) {
            for (String value : filter.getValue()) {
                chips.add(new SearchPage.Chip(facetHeading(filter.getKey(), locale),
                        taxonomy.label(filter.getKey().parameter(), value, uiLang),
                        state.toggle(filter.getKey(), value).href()));
            }
        }
        return List.copyOf(chips);
    }

    private static SearchPage.SortLink sort(SearchState state, String sort, String current) {
        return new SearchPage.SortLink(state.withSort(sort).href(), current.equals(sort));
    }

    static SearchPage.Pagination pagination(SearchState state, int totalPages) {
        int current = state.page();
        List<SearchPage.PageLink> pages = new ArrayList<>();
        int previous = 0;
        for (int n = 1; n <= totalPages; n++) {
            boolean near = Math.abs(n - current) <= PAGE_WINDOW;
            if (n == 1 || n == totalPages || near) {
                if (previous != 0 && n > previous + 1) {
                    pages.add(new SearchPage.PageLink(0, null, false, true));
                }
                pages.add(new SearchPage.PageLink(n, state.withPage(n).href(), n == current, false));
                previous = n;
            }
        }
        String prev = current > 1 && current <= totalPages ? state.withPage(current - 1).href() : null;
        String next = current < totalPages ? state.withPage(current + 1).href() : null;
        return new SearchPage.Pagination(prev, next, List.copyOf(pages));
    }

    private SearchPage.Result result(SearchHit hit, String uiLang, String explicitLang) {
        List<SearchPage.Badge> badges = new ArrayList<>();
        addBadges(badges, Facet.ARTICLES, hit.articles(), uiLang, explicitLang);
        addBadges(badges, Facet.CRIME_TYPES, hit.crimeTypes(), uiLang, explicitLang);
        addBadges(badges, Facet.CROSS_CUTTING, hit.crossCutting(), uiLang, explicitLang);
        boolean provision = DocType.LEGISLATION.is(hit.docType()) && hit.parentTitle() != null
                && !hit.id().equals(hit.parentId());
        return new SearchPage.Result(
                hit.id(),
                // The document page keeps the language the reader chose.
                explicitLang == null ? hit.url() : hit.url() + QueryString.of(Map.of("lang", List.of(explicitLang))),
                "preamble".equals(hit.provisionNumber())
                        ? messages.getMessage("doc.contents.preamble", null, Locale.of(uiLang))
                        : hit.title() == null || hit.title().isBlank() ? hit.id() : hit.title(),
                provision ? hit.parentTitle() : null,
                hit.docType(),
                hit.docType() == null ? null : taxonomy.label("doc_type", hit.docType(), uiLang),
                hit.country() == null ? null : taxonomy.label("country", hit.country(), uiLang),
                hit.year(),
                hit.language() == null ? null : taxonomy.label("language", hit.language(), uiLang),
                hit.language() != null && !hit.language().equals(uiLang) ? hit.language() : null,
                hit.snippet(),
                List.copyOf(badges),
                hit.supersededOn());
    }

    private void addBadges(List<SearchPage.Badge> badges, Facet facet, List<String> values, String uiLang,
            String explicitLang) {
        if (values == null) {
            return;
        }
        for (String value : values) {
            String label = taxonomy.label(facet.parameter(), value, uiLang);
            badges.add(new SearchPage.Badge(facet.parameter(), shortLabel(facet, label), label,
                    SearchState.tagSearchHref(facet, value, explicitLang)));
        }
    }

    /** "UNTOC art. 18 — Mutual legal assistance" reads "UNTOC art. 18" on a badge; the rest stays in the title. */
    static String shortLabel(Facet facet, String label) {
        int dash = label.indexOf(" — ");
        return facet == Facet.ARTICLES && dash > 0 ? label.substring(0, dash) : label;
    }
}
