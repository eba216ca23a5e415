package org.mycroft.ingest.extraction;

/**
 * One document read from a file: the file itself ({@code member} null), or one member of a ZIP
 * archive ({@code member} is its path inside the archive, "laws/act.pdf", or "inner.zip!/act.pdf"
 * for nested archives, and {@code slug} a URL-safe name unique within the archive). A member
 * that could not be read has no document and a {@code failure} reason; the others are still
 * indexed.
 */
public record ExtractedPart(String member, String slug, ExtractedDocument document, String failure) {

    public static ExtractedPart whole(ExtractedDocument document) {
        return new ExtractedPart(null, null, document, null);
    }

    public boolean isMember() {
        return member != null;
    }

    public boolean failed() {
        return document == null;
    }

    /** The part's document id: the file's id, or "{@code <zip-id>-<member-slug>}" for a member. */
    public String id(String fileId) {
        return isMember() ? fileId + "-" + slug : fileId;
    }

    /** Where the part comes from: the file's name, or "{@code archive.zip!/member.pdf}" for a member. */
    public String source(String fileName) {
        return isMember() ? fileName + "!/" + member : fileName;
    }
}
