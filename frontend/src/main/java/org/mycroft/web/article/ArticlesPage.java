package org.mycroft.web.article;

import java.util.List;

/** View model of {@code article/articles.hbs}: one table per instrument, article by article. */
public record ArticlesPage(List<Section> instruments) {

    /** One instrument: its table of articles, a link to its coverage matrix. */
    public record Section(String id, String name, String shortName, String headingId, List<Row> rows,
                          String coverageHref) {}

    /**
     * One article; {@code provisionsHref}/{@code casesHref} are the searches behind the counts
     * (null when the count is 0).
     */
    public record Row(String id, int number, String title, String href, long provisions, int states, long cases,
                      String provisionsHref, String casesHref, String compareHref) {}
}
