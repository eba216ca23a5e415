package org.mycroft.curation.directory;

import java.util.Locale;
import org.mycroft.core.id.Ids;

/** Who may see an entry or a field: everyone, or only accounts with the authority role or a curator role. */
public enum Visibility {
    PUBLIC, RESTRICTED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Visibility parse(String value) {
        return Ids.parse(values(), Visibility::id, value, "visibility");
    }
}
