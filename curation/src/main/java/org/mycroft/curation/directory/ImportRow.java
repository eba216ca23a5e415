package org.mycroft.curation.directory;

/** One row of a bulk submission: its line in the file and either the entry it gives or why it could not be read. */
public record ImportRow(int line, AuthorityDraft draft, String problem) {

    public static ImportRow of(int line, AuthorityDraft draft) {
        return new ImportRow(line, draft, null);
    }

    public static ImportRow unreadable(int line, String problem) {
        return new ImportRow(line, null, problem);
    }
}
