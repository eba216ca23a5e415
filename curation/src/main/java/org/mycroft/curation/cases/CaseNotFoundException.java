package org.mycroft.curation.cases;

public class CaseNotFoundException extends RuntimeException {
    public CaseNotFoundException(String id) {
        super("No case " + id);
    }
}
