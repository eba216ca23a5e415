package org.mycroft.api.system;

/** A document or entity id that does not exist; shown as a 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
