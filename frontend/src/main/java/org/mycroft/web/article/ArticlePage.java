package org.mycroft.web.article;

import java.util.List;
import org.mycroft.web.unit.CaseItem;
import org.mycroft.web.unit.ProvisionGroup;

/** View model of {@code article/article.hbs}: one article, its provisions by State, its cases. */
public record ArticlePage(
        String id,
        String label,
        String title,
        String instrumentName,
        long provisionCount,
        int stateCount,
        long caseCount,
        List<ProvisionGroup> states,
        List<CaseItem> cases,
        String compareHref,
        List<Link> compareByRegion,
        String coverageHref,
        String articlesHref,
        String searchHref) {

    public record Link(String label, String href, int count) {}
}
