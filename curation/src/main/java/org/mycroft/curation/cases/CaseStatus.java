package org.mycroft.curation.cases;

import java.util.Locale;

/** The life of a case: only {@link #PUBLISHED} ever reaches the index and the public. */
public enum CaseStatus {
    DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static CaseStatus parse(String value) {
        for (CaseStatus s : values()) {
            if (s.id().equals(value) || s.name().equals(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown case status '" + value + "'");
    }
}
