package org.mycroft.web.country;

import java.util.List;
import org.mycroft.web.unit.CaseItem;
import org.mycroft.web.unit.ProvisionGroup;

/** View model of {@code country/country.hbs}: a State's laws by article, its laws, its cases, its latest update. */
public record CountryPage(
        String iso3,
        String name,
        String regionName,
        String regionHref,
        long legislationCount,
        int lawCount,
        long caseCount,
        String lastIngested,
        String latestDate,
        Integer latestYear,
        List<ProvisionGroup> articles,
        List<Law> laws,
        List<CaseItem> cases,
        String coverageHref,
        String searchHref) {

    public record Law(String title, String href, Integer year, long provisions, String lang) {}
}
