package org.mycroft.api.coverage;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/coverage}: States × articles of one instrument, each cell the number of
 * provisions (legislation units tagged to the article or one of its paragraphs, restricted to the
 * crime types when given). {@code states} lists the States with legislation indexed (or every
 * State with {@code states=all}); {@code legislation_count} is a State's legislation units whatever
 * their tags. An article's {@code state_count} is the number of listed States with a provision for
 * it, {@code gap_count} the number without.
 */
public record CoverageMatrix(
        String instrument,
        String instrumentName,
        String lang,
        List<String> regions,
        List<String> crimeTypes,
        List<String> countries,
        String states,
        List<ArticleColumn> articles,
        List<StateRow> rows) {

    public record ArticleColumn(String id, int number, String title, String label, long provisionCount,
                                int stateCount, int gapCount, String url) {}

    /** {@code counts}: article id → provisions, for every article of the instrument (0 included). */
    public record StateRow(String country, String name, String region, long legislationCount, long provisionCount,
                           int articlesCovered, Map<String, Long> counts, String countryUrl) {}
}
