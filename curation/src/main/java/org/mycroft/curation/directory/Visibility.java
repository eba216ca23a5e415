package org.mycroft.curation.directory;

import java.util.Locale;

/** Who may see an entry or a field: everyone, or only accounts with the authority role or a curator role. */
public enum Visibility {
    PUBLIC, RESTRICTED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Visibility parse(String value) {
        for (Visibility v : values()) {
            if (v.id().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return v;
            }
        }
        throw new IllegalArgumentException("Unknown visibility '" + value + "': expected public or restricted");
    }
}
