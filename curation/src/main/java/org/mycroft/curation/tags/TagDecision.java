package org.mycroft.curation.tags;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

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

        /** The decision named in a form or URL ("confirmed", any case); empty for anything else. */
        public static Optional<Decision> parse(String name) {
            return Arrays.stream(values()).filter(d -> d.name().equalsIgnoreCase(name)).findFirst();
        }
    }
}
