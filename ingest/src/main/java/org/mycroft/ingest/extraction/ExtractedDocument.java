package org.mycroft.ingest.extraction;

/**
 * What extraction got out of a file: plain text with one block per line (headings kept on
 * their own lines so laws can be split), the title if the file has one, and its media type.
 */
public record ExtractedDocument(String text, String title, String mediaType, String language) {}
