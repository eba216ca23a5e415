package org.mycroft.api.search;

import java.util.Arrays;
import java.util.Optional;
import org.mycroft.core.index.IndexFields;

/**
 * The facets of a search. The parameter name (used in URLs and JSON) is the facet name; the
 * Solr field is the one filtered and counted on (the expanded field for hierarchical tags).
 */
public enum Facet {
    DOC_TYPE("doc_type", IndexFields.DOC_TYPE),
    COUNTRY("country", IndexFields.COUNTRY),
    REGION("region", IndexFields.REGION),
    YEAR("year", IndexFields.YEAR),
    LANGUAGE("language", IndexFields.LANGUAGE),
    CRIME_TYPES("crime_types", IndexFields.CRIME_TYPES_EXPANDED),
    ARTICLES("articles", IndexFields.ARTICLES_EXPANDED),
    CROSS_CUTTING("cross_cutting", IndexFields.CROSS_CUTTING),
    // Cooperation-case fields (TAXONOMY.md), issue #11.
    COOPERATION_FORM("cooperation_form", IndexFields.COOPERATION_FORM),
    REQUESTING_STATE("requesting_state", IndexFields.REQUESTING_STATE),
    REQUESTED_STATE("requested_state", IndexFields.REQUESTED_STATE),
    /** Requesting or requested State: a filter only, it has no counts of its own. */
    EITHER_STATE("either_state", null),
    LEGAL_BASIS("legal_basis", IndexFields.LEGAL_BASIS),
    LEGAL_BASIS_ARTICLE("legal_basis_article", IndexFields.LEGAL_BASIS_ARTICLES),
    OUTCOME("outcome", IndexFields.OUTCOME),
    COURT_LEVEL("court_level", IndexFields.COURT_LEVEL),
    CONFISCATION_TYPE("confiscation_type", IndexFields.CONFISCATION_TYPE),
    /** Year range bounds (inclusive): filters only. */
    YEAR_FROM("year_from", null),
    YEAR_TO("year_to", null);

    private final String parameter;
    private final String field;

    Facet(String parameter, String field) {
        this.parameter = parameter;
        this.field = field;
    }

    /** Whether Solr counts this facet's values; the range and either-side filters have no counts. */
    public boolean counted() {
        return field != null;
    }

    public String parameter() {
        return parameter;
    }

    public String field() {
        return field;
    }

    public static Optional<Facet> byParameter(String name) {
        return Arrays.stream(values()).filter(f -> f.parameter.equals(name)).findFirst();
    }
}
