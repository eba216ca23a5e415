package org.mycroft.core.taxonomy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of document the index holds ({@code doc_type}). Their labels are in doc-types.tsv;
 * {@link Taxonomy} refuses to start when that file and this list disagree, so a new type is one
 * constant here and one row there.
 */
public enum DocType {
    /** A law, indexed provision by provision. */
    LEGISLATION,
    /** A court decision, one unit with its case fields. */
    CASE,
    /** A competent or central authority of the directory. */
    AUTHORITY,
    /** Any other text: guides, reports, a document without provisions. */
    REFERENCE;

    /** The id written in the index, in URLs and in sidecars ({@code legislation}, {@code case}; MODEL_LAW would be {@code model-law}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether {@code id} is this type's id. */
    public boolean is(String id) {
        return id().equals(id);
    }

    public static Optional<DocType> of(String id) {
        return Arrays.stream(values()).filter(t -> t.is(id)).findFirst();
    }
}
