package org.mycroft.core.taxonomy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Language handling shared by every value record: the UI speaks en, fr, es; anything else reads English. */
final class Labels {

    static final List<String> LANGUAGES = List.of("en", "fr", "es");

    private Labels() {}

    /** Normalizes a UI language ("fr-CA", "ES", null) to one of en, fr, es. */
    static String lang(String lang) {
        if (lang == null || lang.isBlank()) {
            return "en";
        }
        String l = lang.strip().toLowerCase(Locale.ROOT);
        int cut = l.indexOf('-') >= 0 ? l.indexOf('-') : l.indexOf('_');
        if (cut > 0) {
            l = l.substring(0, cut);
        }
        return LANGUAGES.contains(l) ? l : "en";
    }

    /** The text in the wanted language, else English, so a missing translation never shows as blank. */
    static String pick(Map<String, String> texts, String lang) {
        String v = texts.get(lang(lang));
        if (v == null || v.isBlank()) {
            v = texts.get("en");
        }
        return v == null ? "" : v;
    }

    /** Reads the {@code <prefix>_en/_fr/_es} columns of a TSV row into an immutable map. */
    static Map<String, String> of(Map<String, String> row, String prefix) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String l : LANGUAGES) {
            String v = row.get(prefix + "_" + l);
            if (v != null && !v.isBlank()) {
                m.put(l, v.strip());
            }
        }
        return Map.copyOf(m);
    }
}
