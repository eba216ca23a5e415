package org.mycroft.web.search;

import java.util.List;

/**
 * View model of {@code search/results.hbs}. Every href is final (built server-side); every text
 * is plain (escaped by the template) except {@link Result#snippet}, which the search API
 * guarantees to be safe HTML.
 */
public record SearchPage(
        String query,
        long total,
        int page,
        List<Hidden> hidden,
        /** Superseded versions of provisions are searched too (the form's history checkbox). */
        boolean history,
        List<FacetGroup> facets,
        List<Chip> chips,
        String clearFiltersHref,
        Sorts sorts,
        Pagination pagination,
        List<Result> results,
        boolean beyondLastPage,
        String firstPageHref) {

    /** What the history checkbox sends (history=true). */
    public String historyValue() {
        return "true";
    }

    /** A hidden field of the search form, so a new query keeps the filters, sort and language. */
    public record Hidden(String name, String value) {}

    /**
     * One facet: heading, the first values, the others (behind a disclosure), and when the search
     * listed only the most frequent values, the link to this page with all of them ({@code allHref}, else null).
     */
    public record FacetGroup(String parameter, String heading, List<FacetLink> values, List<FacetLink> more, String allHref) {
        public boolean hasMore() {
            return !more.isEmpty() || allHref != null;
        }

        public String id() {
            return "facet-" + parameter.replace('_', '-');
        }

        public int moreCount() {
            return more.size();
        }
    }

    /** A facet value: following the link adds the filter, or removes it when selected. */
    public record FacetLink(String value, String label, long count, String href, boolean selected) {}

    /** An active filter and the link that removes it. */
    public record Chip(String facet, String label, String href) {}

    public record Sorts(SortLink relevance, SortLink newest, SortLink oldest) {}

    public record SortLink(String href, boolean current) {}

    public record Pagination(String previousHref, String nextHref, List<PageLink> pages) {
        public boolean show() {
            return pages.size() > 1;
        }
    }

    /** A page number, or a gap ("…") when {@code gap}. */
    public record PageLink(int number, String href, boolean current, boolean gap) {}

    /** One result; {@code lang} is set only when the document's language differs from the UI's. */
    public record Result(
            String id,
            String href,
            String title,
            String parentTitle,
            String docType,
            String docTypeLabel,
            String country,
            Integer year,
            String language,
            String lang,
            String snippet,
            List<Badge> badges,
            /** The day a superseded version stopped being in force (search with history); null for the text in force. */
            String supersededOn) {}

    /** A tag of a result, linking to the search filtered on it. */
    public record Badge(String kind, String label, String fullLabel, String href) {}
}
