package org.mycroft.curation.cases;

/** Someone else saved the case after this edit began: both versions go back to the curator, nothing is overwritten. */
public class EditConflictException extends CuratedConflictException {

    public EditConflictException(CaseRecord current) {
        super("Case", current);
    }

    @Override
    public CaseRecord current() {
        return (CaseRecord) super.current();
    }
}
