package org.mycroft.api.statistics;

import java.util.List;
import org.mycroft.api.search.StateReliance;
import org.mycroft.api.search.FacetValue;

/**
 * Counts of cases by form of cooperation, legal basis, outcome, crime type, requesting and
 * requested State and year: the facet counts of the case search with the same filters; and per
 * State, how many of those cases relied on the Convention (the search's own reliance table).
 */
public record CaseStatistics(long total, List<Group> groups, List<StateReliance> conventionReliance) {

    /** One breakdown: the facet's parameter name and its values with their counts. */
    public record Group(String field, List<FacetValue> values) {

        public long max() {
            return values.stream().mapToLong(FacetValue::count).max().orElse(0);
        }
    }
}
