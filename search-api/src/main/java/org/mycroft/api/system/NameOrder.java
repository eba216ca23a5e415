package org.mycroft.api.system;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/** How lists of States and other names are ordered for a reader. */
public final class NameOrder {

    private NameOrder() {}

    /** Alphabetical order of names in the UI language, accents and case ignored. */
    public static <T> Comparator<T> byName(String lang, Function<T, String> name) {
        Collator collator = Collator.getInstance(Locale.of(lang));
        collator.setStrength(Collator.PRIMARY);
        return Comparator.comparing(name, collator);
    }
}
