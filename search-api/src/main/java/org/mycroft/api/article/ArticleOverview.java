package org.mycroft.api.article;

import java.util.List;

/**
 * {@code GET /api/articles}: the Convention and its Protocols article by article, each with the
 * number of provisions (legislation units), States (with at least one such provision) and cases
 * tagged to it; paragraph tags (UNTOC-18.13) count for their article.
 */
public record ArticleOverview(String lang, List<InstrumentArticles> instruments) {

    public record InstrumentArticles(String id, String name, String shortName, List<ArticleCounts> articles) {}

    public record ArticleCounts(String id, String instrument, int number, String title, String label,
                                long provisionCount, int stateCount, long caseCount, String url, String apiUrl) {}
}
