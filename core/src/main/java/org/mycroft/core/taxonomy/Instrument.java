package org.mycroft.core.taxonomy;

import java.util.Map;

/** A treaty (UNTOC or one of its Protocols); names keyed by UI language. */
public record Instrument(String id, int articleCount, Map<String, String> names, Map<String, String> shortNames) {

    public Instrument {
        names = Map.copyOf(names);
        shortNames = Map.copyOf(shortNames);
    }

    /** Official name in lang, English when missing. */
    public String name(String lang) {
        return Labels.pick(names, lang);
    }

    /** Short name used in facet labels ("UNTOC", "CTO"), English when missing. */
    public String shortName(String lang) {
        return Labels.pick(shortNames, lang);
    }
}
