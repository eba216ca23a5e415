package org.mycroft.api.country;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import org.mycroft.api.unit.CaseRef;
import org.mycroft.api.unit.ProvisionRef;

/**
 * {@code GET /api/countries/{iso3}}: a State's laws grouped by the article they implement (paragraph
 * tags count for their article), its laws, its cases (decided there, or cooperation cases where it
 * is the requesting or requested State) and when its records were last updated:
 * {@code last_ingested_at} = max(ingested_at), {@code latest_date} = max(date) and
 * {@code latest_year} = max(year) over all of them. {@code directory} is the State's part of the
 * directory of competent authorities as the reader may see it ({@link CountryDirectory}), and
 * {@code last_updated} the day of its latest update across laws, cases and directory.
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
        String coverageUrl,
        Directory directory,
        String lastUpdated) {

    /** The same profile with the State's directory, its latest update counting the directory's. */
    public CountryProfile withDirectory(Directory d) {
        String later = d.lastUpdated() != null && (lastUpdated == null || d.lastUpdated().compareTo(lastUpdated) > 0)
                ? d.lastUpdated() : lastUpdated;
        return new CountryProfile(country, name, region, regionName, lang, legislationCount, lawCount, caseCount, lastIngestedAt,
                latestDate, latestYear, articles, laws, cases, coverageUrl, d, later);
    }

    /**
     * The State's part of the directory as the reader may see it: its authorities, the treaties and
     * arrangements they name (once each), and the day its visible entries were last updated. Null
     * when the portal runs without the directory.
     */
    public record Directory(List<Authority> authorities, List<String> treaties, String lastUpdated) {}

    /**
     * One authority listed: the entry's permalink and JSON twin ({@code /api/directory/{id}}) hold its
     * contact data; {@code restricted_fields} names its restricted fields, always empty for the public.
     */
    public record Authority(String id, String url, String apiUrl, String authorityType, String authorityTypeLabel, String nameEn,
            String nameLocal, String lastUpdated,
            @Schema(description = "Names of the entry's restricted fields, given only to readers allowed to see them; "
                    + "always empty for anonymous readers.") List<String> restrictedFields) {}

    /** The provisions implementing one article; {@code provision_count} is complete even if the list is cut. */
    public record ArticleGroup(String id, String instrument, String label, String title, long provisionCount,
                               List<ProvisionRef> provisions, String articleUrl, String compareUrl) {}

    public record Law(String id, String title, String language, Integer year, long provisionCount, String url) {}
}
