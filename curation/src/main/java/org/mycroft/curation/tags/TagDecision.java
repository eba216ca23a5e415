package org.mycroft.curation.tags;

import java.time.Instant;

/** A reviewer's word on one tag of one unit (a case or a provision). */
public record TagDecision(String unitId, String tag, Decision decision, String decidedBy, Instant decidedAt) {

    public enum Decision {
        /** The machine's (or a contributor's) suggestion is right. */
        CONFIRMED,
        /** The suggestion is wrong: it leaves the public facets and pages. */
        REJECTED,
        /** A tag nobody suggested, added by the reviewer. */
        ADDED;

        public boolean keeps() {
            return this != REJECTED;
        }
    }
}
