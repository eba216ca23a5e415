package org.mycroft.core.taxonomy;

import java.util.Map;

/** One of the five UN regional groups. */
public record Region(String id, Map<String, String> labels) {

    public Region {
        labels = Map.copyOf(labels);
    }

    public String label(String lang) {
        return Labels.pick(labels, lang);
    }
}
