package org.mycroft.curation.directory;

/** No entry with this id; for the public, also a restricted or unpublished one (they answer alike). */
public class EntryNotFoundException extends RuntimeException {
    public EntryNotFoundException(String id) {
        super("No directory entry " + id);
    }
}
