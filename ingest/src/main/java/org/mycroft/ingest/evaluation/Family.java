package org.mycroft.ingest.evaluation;

import org.mycroft.core.taxonomy.Taxonomy;

/** The three tag families a unit carries, named as the passage evaluation names them. */
public enum Family {
    ARTICLES("articles"), CRIME_TYPES("crime_types"), CROSS_CUTTING("cross_cutting");

    final String label;

    Family(String label) {
        this.label = label;
    }

    /** The family of a taxonomy id, or null when the id is none of the taxonomy's. */
    static Family of(String id, Taxonomy taxonomy) {
        if (taxonomy.isValidArticleId(id)) {
            return ARTICLES;
        }
        if (taxonomy.crimeType(id).isPresent()) {
            return CRIME_TYPES;
        }
        return taxonomy.crossCuttingIssue(id).isPresent() ? CROSS_CUTTING : null;
    }
}
