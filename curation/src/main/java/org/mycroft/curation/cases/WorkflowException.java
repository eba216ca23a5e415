package org.mycroft.curation.cases;

/** A transition or edit that the case's status does not allow (e.g. publishing a draft); {@code code} is a message key. */
public class WorkflowException extends RuntimeException {

    private final String code;

    public WorkflowException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
