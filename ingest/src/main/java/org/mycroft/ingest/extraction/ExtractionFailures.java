package org.mycroft.ingest.extraction;

import java.time.Duration;
import java.util.Locale;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;

/** The reasons a file could not be read, in words a user can act on. */
final class ExtractionFailures {

    private ExtractionFailures() {}

    static ExtractionException writeLimit(ExtractionLimits limits) {
        return new ExtractionException("text longer than " + String.format(Locale.ROOT, "%,d", limits.maxTextChars())
                + " characters (write limit)");
    }

    static String megabytes(long bytes) {
        return bytes / (1024 * 1024) + " MB";
    }

    static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EncryptedDocumentException
                    || t.getClass().getName().endsWith("InvalidPasswordException")) {
                return "encrypted document (password protected)";
            }
            if (t instanceof ZeroByteFileException) {
                return "empty file";
            }
            if (t instanceof OutOfMemoryError) {
                return "document too large to parse in memory";
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String what = e instanceof TikaException && root != e && root.getMessage() != null ? root.getMessage()
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String first = what.lines().findFirst().orElse(what);
        return "cannot parse (corrupt or truncated file?): " + (first.length() > 200 ? first.substring(0, 200) + "…" : first);
    }
}
