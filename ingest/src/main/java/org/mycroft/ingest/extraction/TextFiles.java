package org.mycroft.ingest.extraction;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.html.HtmlEncodingDetector;
import org.apache.tika.parser.txt.BOMDetector;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/** Text files as bytes: their charset (Tika's BOM and HTML detectors, else a guess), binary data, whitespace. */
final class TextFiles {

    private TextFiles() {}

    /** A byte-order mark (UTF-8, UTF-16, UTF-32). */
    static final EncodingDetector BOM = new BOMDetector();
    /** A charset declared by the page ({@code <meta charset>}, {@code http-equiv}). */
    static final EncodingDetector DECLARED = new HtmlEncodingDetector();

    /** Honours a BOM, then a declared charset (HTML meta), else guesses (Latin-1 pages without a charset are common). */
    static Charset charsetOf(byte[] bytes, boolean honourMeta) {
        Charset charset = detect(BOM, bytes);
        if (charset == null && honourMeta) {
            charset = detect(DECLARED, bytes);
        }
        if (charset != null) {
            return charset;
        }
        if (isValidUtf8(bytes)) {
            return StandardCharsets.UTF_8;
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch match = detector.detect();
        if (match != null && Charset.isSupported(match.getName()) && !match.getName().startsWith("UTF")) {
            return Charset.forName(match.getName());
        }
        return Charset.forName("windows-1252");
    }

    static Charset detect(EncodingDetector detector, byte[] bytes) {
        try (InputStream in = new BufferedInputStream(new ByteArrayInputStream(bytes))) {
            return detector.detect(in, new Metadata());
        } catch (IOException e) {
            return null; // cannot happen on bytes in memory
        }
    }

    static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** Line breaks unified, runs of spaces collapsed, at most one blank line. */
    static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replace("\u0000", "")
                .replaceAll("[\\p{Zs}\\t\\f\\x0B]+", " ")
                .replaceAll(" *\n *", "\n")
                .replaceAll("\n{3,}", "\n\n")
                .strip();
    }
}
