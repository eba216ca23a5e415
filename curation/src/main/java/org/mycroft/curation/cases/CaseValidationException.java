package org.mycroft.curation.cases;

import java.util.List;

/** A save refused by {@link CaseValidator}; nothing was written. */
public class CaseValidationException extends RuntimeException {

    private final transient List<FieldError> errors;

    public CaseValidationException(List<FieldError> errors) {
        super("Invalid case: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
