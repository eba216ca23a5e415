package org.mycroft.ingest.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;

/**
 * Reads any supported file with Apache Tika. HTML is read with Jsoup instead (through
 * {@link HtmlCleaner}) because Tika keeps navigation text. Each parse runs under a timeout
 * and a write limit; failures become {@link ExtractionException}s with a plain reason.
 */
public final class TikaExtractor implements AutoCloseable {

    private final AutoDetectParser parser;
    private final Detector detector;
    private final ExtractionLimits limits;
    private final HtmlCleaner htmlCleaner = new HtmlCleaner();
    private final ExecutorService parseThreads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "tika-parse");
        t.setDaemon(true); // a parse stuck past its timeout must not keep the JVM alive
        return t;
    });

    public TikaExtractor(ExtractionLimits limits) {
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.parser = new AutoDetectParser(config);
        this.detector = config.getDetector();
        this.limits = limits;
    }

    public TikaExtractor() {
        this(ExtractionLimits.DEFAULT);
    }

    public ExtractedDocument extract(Path file) throws ExtractionException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ExtractionException("cannot read file: " + e.getMessage(), e);
        }
        if (size == 0) {
            throw new ExtractionException("empty file");
        }
        if (size > limits.maxFileBytes()) {
            throw new ExtractionException("file too large: " + size / (1024 * 1024) + " MB (limit "
                    + limits.maxFileBytes() / (1024 * 1024) + " MB)");
        }
        Future<ExtractedDocument> future = parseThreads.submit(() -> parse(file));
        try {
            return future.get(limits.parseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ExtractionException("parsing took longer than " + limits.parseTimeout().toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ExtractionException ee) {
                throw ee;
            }
            throw new ExtractionException(reason(cause), cause);
        }
    }

    private ExtractedDocument parse(Path file) throws Exception {
        MediaType type = detect(file);
        if (type.getSubtype().equals("html") || type.getSubtype().equals("xhtml+xml")) {
            return parseHtml(file);
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        WriteOutContentHandler limited = new WriteOutContentHandler(limits.maxTextChars());
        BodyContentHandler handler = new BodyContentHandler(limited);
        try (InputStream in = TikaInputStream.get(file)) {
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (WriteLimitReachedException e) {
            throw new ExtractionException("text longer than " + limits.maxTextChars() + " characters (write limit)");
        } catch (org.xml.sax.SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new ExtractionException("text longer than " + limits.maxTextChars() + " characters (write limit)");
            }
            throw e;
        }
        String text = normalise(handler.toString());
        if (text.isBlank()) {
            String reason = type.getSubtype().equals("pdf")
                    ? "PDF has no text layer (scanned image?); OCR is not enabled"
                    : "no text found (" + type + ")";
            throw new ExtractionException(reason);
        }
        String title = metadata.get(TikaCoreProperties.TITLE);
        String language = metadata.get(TikaCoreProperties.LANGUAGE);
        return new ExtractedDocument(text, title == null ? "" : title.strip(), type.toString(), language);
    }

    private ExtractedDocument parseHtml(Path file) throws IOException, ExtractionException {
        byte[] bytes = Files.readAllBytes(file);
        Charset charset = charsetOf(bytes);
        HtmlCleaner.CleanHtml clean = htmlCleaner.clean(new String(bytes, charset), file.toUri().toString());
        if (clean.text().isBlank()) {
            throw new ExtractionException("no text found in HTML page");
        }
        return new ExtractedDocument(normalise(clean.text()), clean.title(), "text/html", clean.language());
    }

    /** Honours a declared charset, else guesses (Latin-1 pages without a charset are common). */
    private static Charset charsetOf(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        var m = java.util.regex.Pattern.compile("charset=[\"']?([a-z0-9_\\-]+)").matcher(head);
        if (m.find() && Charset.isSupported(m.group(1))) {
            return Charset.forName(m.group(1));
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        var match = detector.detect();
        return match != null && Charset.isSupported(match.getName()) ? Charset.forName(match.getName()) : StandardCharsets.UTF_8;
    }

    private MediaType detect(Path file) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (InputStream in = TikaInputStream.get(file)) {
            return detector.detect(in, metadata);
        }
    }

    private static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ')
                .replaceAll("[ \\t\\f\\x0B]+", " ")
                .replaceAll(" *\n *", "\n")
                .replaceAll("\n{3,}", "\n\n")
                .strip();
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof EncryptedDocumentException) {
                break;
            }
            root = root.getCause();
        }
        if (e instanceof EncryptedDocumentException || root instanceof EncryptedDocumentException) {
            return "encrypted document (password protected)";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "cannot parse: " + message.lines().findFirst().orElse(message);
    }

    @Override
    public void close() {
        parseThreads.shutdownNow();
    }
}
