package org.mycroft.tagging;

import org.mycroft.core.taxonomy.DocType;

/**
 * What the tagger needs to know about the text it is given.
 *
 * @param docType        legislation | case | reference (a bare "the Convention" in a national law is
 *                       only read as UNTOC when the text names UNTOC itself)
 * @param language       en | fr | es | other (other, null or unknown: the rules of every language apply)
 * @param instrumentText true when the text IS the Convention or one of its Protocols: its internal
 *                       cross-references ("articles 5, 6, 8 and 23 of this Convention") are not read
 *                       as citations; the text is tagged by subject only
 */
public record TaggingContext(String docType, String language, boolean instrumentText) {

    public static TaggingContext legislation(String language) {
        return new TaggingContext(DocType.LEGISLATION.id(), language, false);
    }

    public static TaggingContext reference(String language) {
        return new TaggingContext("reference", language, false);
    }

}
