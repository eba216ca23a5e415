package org.mycroft.ingest.source;

import java.text.Normalizer;
import java.util.Locale;

/** Stable, URL-safe ids: lower-case ASCII letters, digits and single hyphens. */
public final class Ids {

    private Ids() {}

    public static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "document" : slug;
    }

    /** Id of a provision: the law id, an underscore, and the slug of its number ("art-225-4-1"). */
    public static String provisionId(String parentId, String label) {
        return parentId + "_" + slug(label);
    }
}
