package org.mycroft.web.article;

import java.util.List;
import org.mycroft.web.unit.CaseItem;
import org.mycroft.web.unit.ProvisionItem;

/** View model of {@code article/article.hbs}: one article, its provisions by State, its cases. */
public record ArticlePage(
        String id,
        String label,
        String title,
        String instrumentName,
        long provisionCount,
        int stateCount,
        long caseCount,
        List<StateGroup> states,
        List<CaseItem> cases,
        String compareHref,
        List<Link> compareByRegion,
        String coverageHref,
        String articlesHref,
        String searchHref) {

    public boolean hasStates() {
        return !states.isEmpty();
    }

    public boolean hasCases() {
        return !cases.isEmpty();
    }

    /** A State's provisions; {@code moreHref} (a search) when the list is cut. */
    public record StateGroup(String iso3, String name, String headingId, long count, List<ProvisionItem> provisions,
                             String moreHref, String compareHref, String countryHref) {}

    public record Link(String label, String href, int count) {}
}
