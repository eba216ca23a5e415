package org.mycroft.curation.directory;

import java.util.List;

/**
 * A search of the directory: each filter is optional; {@code states} is already the set of States
 * of the chosen State or region, {@code types} the authority types of the chosen type or instrument.
 */
public record DirectoryQuery(List<String> states, List<String> types, String text) {

    public static final DirectoryQuery ALL = new DirectoryQuery(List.of(), List.of(), null);

    public DirectoryQuery {
        states = states == null ? List.of() : List.copyOf(states);
        types = types == null ? List.of() : List.copyOf(types);
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
