package org.mycroft.ingest.harvest;

/** A sources file that cannot be used; the message names the file, the source and the field. */
public final class HarvestConfigException extends RuntimeException {

    public HarvestConfigException(String message) {
        super(message);
    }

    public HarvestConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
