package org.mycroft.curation;

/** A write attempted by a curator whose role does not allow it (checked on the server, whatever the page showed). */
public class CurationAccessDeniedException extends RuntimeException {
    public CurationAccessDeniedException(String message) {
        super(message);
    }
}
