package org.mycroft.api.article;

import java.util.List;
import org.mycroft.api.unit.ProvisionRef;
import org.mycroft.api.unit.CaseRef;

/**
 * {@code GET /api/articles/{id}}: one article, the provisions tagged to it grouped by State (States
 * by name, newest law first inside a State; at most {@code shown} provisions listed per State, the
 * count is always complete), the cases that apply it (newest first) and links to compare.
 */
public record ArticleDetail(
        String id,
        String instrument,
        String instrumentName,
        int number,
        String title,
        String label,
        String lang,
        long provisionCount,
        int stateCount,
        long caseCount,
        List<StateProvisions> states,
        List<CaseRef> cases,
        String compareUrl,
        List<RegionLink> compareByRegion,
        String coverageUrl) {

    public record StateProvisions(String country, String name, String region, long provisionCount,
                                  List<ProvisionRef> provisions, String compareUrl, String countryUrl) {}

    /** The compare view for the States of one regional group. */
    public record RegionLink(String region, String name, int stateCount, String url) {}
}
