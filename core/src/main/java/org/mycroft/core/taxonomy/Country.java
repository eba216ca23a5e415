package org.mycroft.core.taxonomy;

import java.util.List;
import java.util.Map;

/**
 * A State (ISO 3166-1 alpha-3, plus XKX for Kosovo). region is a UN regional group id; aliases are
 * historical and common names that texts still use ("Swaziland", "Burma").
 */
public record Country(String iso3, String iso2, String region, Map<String, String> names, List<String> aliases) {

    public Country {
        names = Map.copyOf(names);
        aliases = List.copyOf(aliases);
    }

    /** Short name in lang, English when missing. */
    public String name(String lang) {
        return Labels.pick(names, lang);
    }
}
