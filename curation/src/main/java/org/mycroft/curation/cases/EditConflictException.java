package org.mycroft.curation.cases;

/** Someone else saved the case after this edit began: both versions go back to the curator, nothing is overwritten. */
public class EditConflictException extends RuntimeException {

    private final transient CaseRecord current;

    public EditConflictException(CaseRecord current) {
        super("Case " + current.id() + " was changed by " + current.updatedBy() + " (now version " + current.version() + ")");
        this.current = current;
    }

    public CaseRecord current() {
        return current;
    }
}
