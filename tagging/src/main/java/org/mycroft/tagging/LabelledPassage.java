package org.mycroft.tagging;

import java.util.List;

/**
 * One passage of the evaluation set with its full expected tag sets.
 *
 * @param id             unique id (en-01)
 * @param set            dev (written before the rules) or heldout (written after, never tuned on)
 * @param language       en | fr | es
 * @param docType        legislation | case | reference
 * @param instrumentText true when the passage is the text of the Convention or a Protocol
 * @param note           why the passage is in the set (the trap it pins), may be empty
 */
public record LabelledPassage(String id, String set, String language, String docType, boolean instrumentText, String text,
                              List<String> articles, List<String> crimeTypes, List<String> crossCutting, String note) {

    public LabelledPassage {
        articles = List.copyOf(articles);
        crimeTypes = List.copyOf(crimeTypes);
        crossCutting = List.copyOf(crossCutting);
        note = note == null ? "" : note;
        set = set == null || set.isBlank() ? "dev" : set;
    }

    public TaggingContext context() {
        return new TaggingContext(docType, language, instrumentText);
    }
}
