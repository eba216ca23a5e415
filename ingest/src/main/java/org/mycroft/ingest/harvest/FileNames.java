package org.mycroft.ingest.harvest;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.mycroft.ingest.extraction.DocumentFormats;
import org.mycroft.ingest.source.Ids;

/**
 * Safe, stable file names for harvested URLs: the slug of the last path segment, plus a short
 * hash of the URL when a query string (or another URL) would make it ambiguous. The extension
 * follows the Content-Type so that extraction reads what the server actually sent.
 */
final class FileNames {

    private static final int MAX_STEM = 80;

    private FileNames() {}

    /** "https://x/laws/Loi%20n%C2%B012.pdf" -> "loi-n-12"; "https://x/act.php?id=7" -> "act-php-1f0c2a9b". */
    static String stem(URI url) {
        String segment = lastSegment(url);
        String extension = extensionOf(segment);
        String base = extension == null ? segment : segment.substring(0, segment.length() - extension.length() - 1);
        String stem = Ids.slug(base.isEmpty() ? "index" : base);
        if (stem.length() > MAX_STEM) {
            stem = stem.substring(0, MAX_STEM).replaceAll("-+$", "");
        }
        return url.getRawQuery() == null ? stem : withHash(stem, url);
    }

    /** The stem made unique for this URL, when another URL already uses the plain one. */
    static String withHash(String stem, URI url) {
        return stem + "-" + sha256(url.toString()).substring(0, 8);
    }

    /** The extension from the Content-Type, else from the URL, else "bin". */
    static String extension(String mediaType, URI url) {
        Optional<String> byType = DocumentFormats.extensionOf(mediaType);
        String fromUrl = extensionOf(lastSegment(url));
        if (byType.isPresent()) {
            // Markdown is often served as text/plain: the URL's .md keeps its syntax from being indexed.
            boolean markdownAsText = byType.get().equals("txt") && ("md".equals(fromUrl) || "markdown".equals(fromUrl));
            return markdownAsText ? "md" : byType.get();
        }
        return fromUrl != null ? fromUrl : "bin";
    }

    /** "canada-acts/law.pdf" -> "law". */
    static String stemOfFile(String fileName) {
        int slash = fileName.lastIndexOf('/');
        String name = fileName.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String lastSegment(URI url) {
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String raw = path.substring(path.lastIndexOf('/') + 1);
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    private static String extensionOf(String segment) {
        int dot = segment.lastIndexOf('.');
        if (dot <= 0) {
            return null;
        }
        String extension = segment.substring(dot + 1).toLowerCase(Locale.ROOT);
        return DocumentFormats.EXTENSIONS.contains(extension) ? extension : null;
    }
}
