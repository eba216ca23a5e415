package org.mycroft.ingest.extraction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The document formats {@link TikaExtractor} reads, each with the media types servers label it
 * with and the file extension it is saved under. The harvester's default accepted types and its
 * file names come from here, so a format ingest reads is never refused by harvest.
 */
public final class DocumentFormats {

    /** One format: its extension and every media type naming it (the first is the canonical one). */
    public record Format(String extension, List<String> mediaTypes) {}

    public static final List<Format> ALL = List.of(
            new Format("pdf", List.of("application/pdf")),
            new Format("html", List.of("text/html", "application/xhtml+xml")),
            new Format("xml", List.of("application/xml", "text/xml")),
            new Format("txt", List.of("text/plain")),
            new Format("md", List.of("text/markdown", "text/x-markdown", "text/x-web-markdown")),
            new Format("docx", List.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
            new Format("doc", List.of("application/msword")),
            new Format("odt", List.of("application/vnd.oasis.opendocument.text")),
            new Format("rtf", List.of("application/rtf", "text/rtf")),
            new Format("zip", List.of("application/zip", "application/x-zip-compressed")));

    /** Extensions a downloaded file may keep from its URL (also what ingest reads by content). */
    public static final Set<String> EXTENSIONS = Set.of("pdf", "html", "htm", "xhtml", "xml", "txt", "md", "markdown",
            "docx", "doc", "odt", "rtf", "zip");

    private static final Map<String, String> EXTENSION_BY_TYPE = byType();

    private DocumentFormats() {}

    /** Every media type of every format, canonical ones first within each format. */
    public static List<String> mediaTypes() {
        return ALL.stream().flatMap(f -> f.mediaTypes().stream()).toList();
    }

    /** "text/markdown; charset=UTF-8" -> "md"; empty for a type no format claims. */
    public static Optional<String> extensionOf(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        int semicolon = mediaType.indexOf(';');
        String base = (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(EXTENSION_BY_TYPE.get(base));
    }

    private static Map<String, String> byType() {
        Map<String, String> map = new LinkedHashMap<>();
        ALL.forEach(f -> f.mediaTypes().forEach(t -> map.put(t, f.extension())));
        return Map.copyOf(map);
    }
}
