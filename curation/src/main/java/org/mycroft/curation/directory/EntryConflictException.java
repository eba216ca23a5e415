package org.mycroft.curation.directory;

/** Someone else saved the entry after this edit began: nothing is overwritten, the curator sees the newer version. */
public class EntryConflictException extends RuntimeException {

    private final transient AuthorityEntry current;

    public EntryConflictException(AuthorityEntry current) {
        super("Directory entry " + current.id() + " was changed by " + current.updatedBy() + " (now version " + current.version() + ")");
        this.current = current;
    }

    public AuthorityEntry current() {
        return current;
    }
}
