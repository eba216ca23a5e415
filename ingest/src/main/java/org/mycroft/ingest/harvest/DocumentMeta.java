package org.mycroft.ingest.harvest;

/**
 * What a harvested document's sidecar says about it besides where it came from. A source's own
 * values win over the file's defaults.
 */
public record DocumentMeta(String licence, String country, String docType, String language) {

    public DocumentMeta orElse(DocumentMeta defaults) {
        return new DocumentMeta(
                licence != null ? licence : defaults.licence,
                country != null ? country : defaults.country,
                docType != null ? docType : defaults.docType,
                language != null ? language : defaults.language);
    }
}
