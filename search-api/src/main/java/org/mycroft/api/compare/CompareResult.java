package org.mycroft.api.compare;

import java.util.List;

/**
 * {@code GET /api/compare}: one column per State with its provisions implementing the article.
 * Every State named with {@code country} has a column, with {@code provision_count} 0 when nothing
 * is indexed; the States of a {@code region} that have provisions get a column too, and the others
 * are listed in {@code without_provisions}. A column lists at most {@code per_state_limit}
 * provisions, newest law first; {@code provision_count} is always complete.
 */
public record CompareResult(
        String article,
        String articleLabel,
        String articleTitle,
        String instrument,
        String lang,
        List<String> countries,
        List<String> regions,
        int perStateLimit,
        long provisionCount,
        List<StateColumn> columns,
        List<StateRef> withoutProvisions) {

    public record StateColumn(String country, String name, String region, long provisionCount,
                              List<Provision> provisions, String moreUrl, String countryUrl) {}

    public record StateRef(String country, String name, String countryUrl) {}

    /**
     * A provision with its text (plain, in {@code language}) and the evidence passages for the
     * article as offsets into that text; {@code url} opens it inside its law.
     */
    public record Provision(String id, String lawId, String lawTitle, String provisionNumber, String heading,
                            String language, Integer year, String date, String text, List<Highlight> highlights,
                            String url, String sourceUrl) {}

    /** An evidence passage: [start, end) in the provision's text, the tag it supports, the rule. */
    public record Highlight(int start, int end, String tag, String passage, String rule, double confidence) {}
}
