package org.mycroft.samples;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One text source of the sample corpus: the front-matter fields and the body, already cut into
 * blocks (title, headed provisions or case sections, paragraphs, list items).
 *
 * @param id     URL-safe stable id, also the base name of the generated file
 * @param format output format: pdf, docx, html or txt
 * @param meta   front-matter fields other than id and format, in source order (String, Integer or
 *               List&lt;String&gt; values)
 * @param blocks the body
 */
public record SourceDocument(String id, String format, Map<String, Object> meta, List<Block> blocks) {

    /** The sidecar keys, in the order they are written. */
    public static final List<String> SIDECAR_KEYS = List.of("title", "doc_type", "country", "language",
            "year", "date", "source_url", "licence", "notice", "court", "cooperation_form",
            "requesting_state", "requested_state", "legal_basis", "legal_basis_articles", "outcome", "court_level",
            "confiscation_type", "articles", "crime_types",
            "cross_cutting");

    public SourceDocument {
        meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
        blocks = List.copyOf(blocks);
    }

    /** Kind of a body block. */
    public enum Kind { TITLE, HEADING, PARAGRAPH, LIST_ITEM }

    /** A body block: one title line, one heading line, one paragraph or one list item. */
    public record Block(Kind kind, String text) {}

    public String string(String key) {
        Object v = meta.get(key);
        return v == null ? null : v.toString();
    }

    public String title() {
        return string("title");
    }

    public String language() {
        return string("language");
    }

    public String notice() {
        return string("notice");
    }

    /** The generated document's file name, e.g. {@code gbr-modern-slavery-act-2015.pdf}. */
    public String fileName() {
        return id + "." + format;
    }

    /** The body as plain text: blocks separated by blank lines, list items by single line breaks. */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        Kind previous = null;
        for (Block b : blocks) {
            if (previous != null) {
                sb.append(previous == Kind.LIST_ITEM && b.kind() == Kind.LIST_ITEM ? "\n" : "\n\n");
            }
            sb.append(b.kind() == Kind.LIST_ITEM ? "- " + b.text() : b.text());
            previous = b.kind();
        }
        return sb.append('\n').toString();
    }
}
