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
    CROSS_CUTTING("cross_cutting", IndexFields.CROSS_CUTTING);

    private final String parameter;
    private final String field;

    Facet(String parameter, String field) {
        this.parameter = parameter;
        this.field = field;
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
