package org.mycroft.ingest.extraction;

import java.util.List;
import org.mycroft.ingest.segmentation.Provision;

/**
 * What extraction got out of a file: plain text with one block per line (headings kept on
 * their own lines so laws can be split), the title if the file has one, its media type and
 * declared language. {@code provisions} is not empty when the file itself carries the structure
 * of a law (Justice Canada XML, Akoma Ntoso, USLM): those provisions are used as they are,
 * instead of splitting the text.
 */
public record ExtractedDocument(String text, String title, String mediaType, String language,
        List<Provision> provisions) {

    public ExtractedDocument {
        provisions = provisions == null ? List.of() : List.copyOf(provisions);
    }

    /** A document without structure of its own: laws in it are split from the text. */
    public ExtractedDocument(String text, String title, String mediaType, String language) {
        this(text, title, mediaType, language, List.of());
    }

    /** True when the provisions come from the file's own markup. */
    public boolean structured() {
        return !provisions.isEmpty();
    }
}
