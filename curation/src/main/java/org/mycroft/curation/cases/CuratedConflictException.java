package org.mycroft.curation.cases;

/**
 * Someone else saved a curated record (a case, a directory entry) after this edit began: nothing is
 * overwritten, and {@link #current} is the newer version to show the curator. Each kind of record
 * has its own subclass; the pages catch this one.
 */
public abstract class CuratedConflictException extends RuntimeException {

    private final transient CuratedWorkflow.Record current;

    /** {@code kind} names the record in the message, e.g. "Case". */
    protected CuratedConflictException(String kind, CuratedWorkflow.Record current) {
        super(kind + " " + current.id() + " was changed by " + current.updatedBy() + " (now version " + current.version() + ")");
        this.current = current;
    }

    /** The newer stored version. */
    public CuratedWorkflow.Record current() {
        return current;
    }
}
