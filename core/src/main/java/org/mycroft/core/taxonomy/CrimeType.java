package org.mycroft.core.taxonomy;

import java.util.List;
import java.util.Map;

/**
 * A crime type of the shared vocabulary. parent is null for a top-level type; usualArticles are the
 * Convention/Protocol articles a text about this crime usually implements.
 */
public record CrimeType(String id, String parent, boolean emerging, List<String> usualArticles,
                        Map<String, String> labels) {

    public CrimeType {
        usualArticles = List.copyOf(usualArticles);
        labels = Map.copyOf(labels);
    }

    public String label(String lang) {
        return Labels.pick(labels, lang);
    }
}
