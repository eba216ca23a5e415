package org.mycroft.core.taxonomy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Language handling shared by every value record: the UI languages of {@link UiLanguages}; anything else reads English. */
final class Labels {

    static final List<String> LANGUAGES = UiLanguages.codes();

    private Labels() {}

    /** Normalizes a UI language ("fr-CA", "ES", null) to a UI language, else English. */
    static String lang(String lang) {
        return UiLanguages.normalize(lang);
    }

    /** The text in the wanted language, else English, so a missing translation never shows as blank. */
    static String pick(Map<String, String> texts, String lang) {
        String v = texts.get(lang(lang));
        if (v == null || v.isBlank()) {
            v = texts.get(UiLanguages.DEFAULT);
        }
        return v == null ? "" : v;
    }

    /** Reads the {@code <prefix>_en/_fr/…} columns (one per UI language) of a TSV row into an immutable map. */
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
