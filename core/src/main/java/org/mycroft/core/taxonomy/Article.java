package org.mycroft.core.taxonomy;

import java.util.Map;

/** One article of an instrument; id is {@code INSTRUMENT-N}, e.g. UNTOC-18. */
public record Article(String id, String instrument, int number, Map<String, String> titles) {

    public Article {
        titles = Map.copyOf(titles);
    }

    /** Official title in lang; falls back to English. */
    public String title(String lang) {
        return Labels.pick(titles, lang);
    }
}
