package org.mycroft.api.country;

import java.util.List;
import org.mycroft.api.unit.CaseRef;
import org.mycroft.api.unit.ProvisionRef;

/**
 * {@code GET /api/countries/{iso3}}: a State's laws grouped by the article they implement (paragraph
 * tags count for their article), its laws, its cases (decided there, or cooperation cases where it
 * is the requesting or requested State) and when its records were last updated:
 * {@code last_ingested_at} = max(ingested_at), {@code latest_date} = max(date) and
 * {@code latest_year} = max(year) over all of them.
 */
public record CountryProfile(
        String country,
        String name,
        String region,
        String regionName,
        String lang,
        long legislationCount,
        int lawCount,
        long caseCount,
        String lastIngestedAt,
        String latestDate,
        Integer latestYear,
        List<ArticleGroup> articles,
        List<Law> laws,
        List<CaseRef> cases,
        String coverageUrl) {

    /** The provisions implementing one article; {@code provision_count} is complete even if the list is cut. */
    public record ArticleGroup(String id, String instrument, String label, String title, long provisionCount,
                               List<ProvisionRef> provisions, String articleUrl, String compareUrl) {}

    public record Law(String id, String title, String language, Integer year, long provisionCount, String url) {}
}
