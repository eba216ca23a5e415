package org.mycroft.ingest.source;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Stable, URL-safe ids: lower-case ASCII letters, digits and single hyphens. */
public final class Ids {

    private Ids() {}

    public static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "document" : slug;
    }

    /** A path without its file extension: "laws/FR Code.pdf" -> "laws/FR Code"; "laws/.hidden" stays. */
    public static String withoutExtension(String path) {
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') + 1 ? path.substring(0, dot) : path;
    }

    /** {@code id}, or {@code id-2}, {@code id-3} … whichever is not yet in {@code used} (which it joins). */
    public static String unique(String id, Set<String> used) {
        String candidate = id;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    /** Id of a provision: the law id, an underscore, and the slug of its number ("art-225-4-1"). */
    public static String provisionId(String parentId, String label) {
        return parentId + "_" + slug(label);
    }
}
