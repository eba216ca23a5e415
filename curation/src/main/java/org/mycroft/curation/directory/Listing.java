package org.mycroft.curation.directory;

import java.util.Map;
import java.util.Optional;

/**
 * An entry as one reader sees it: its public fields, plus its restricted fields only when the
 * reader is authorised (for the public {@code restricted} is always empty).
 */
public record Listing(AuthorityEntry entry, Map<String, String> restricted) {

    public Listing {
        restricted = Map.copyOf(restricted);
    }

    /** The value of a field this reader may see, public or restricted. */
    public Optional<String> value(String storedName) {
        String open = entry.fields().get(storedName);
        return Optional.ofNullable(open != null ? open : restricted.get(storedName));
    }

    public boolean isRestricted(String storedName) {
        return restricted.containsKey(storedName);
    }
}
