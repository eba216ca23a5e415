package org.mycroft.curation.directory;

import org.mycroft.curation.cases.CuratedConflictException;

/** Someone else saved the entry after this edit began: nothing is overwritten, the curator sees the newer version. */
public class EntryConflictException extends CuratedConflictException {

    public EntryConflictException(AuthorityEntry current) {
        super("Directory entry", current);
    }
}
