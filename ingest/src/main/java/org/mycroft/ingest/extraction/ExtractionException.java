package org.mycroft.ingest.extraction;

/** A file that could not be read, with a reason a user can act on. */
public class ExtractionException extends Exception {

    public ExtractionException(String reason) {
        super(reason);
    }

    public ExtractionException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
