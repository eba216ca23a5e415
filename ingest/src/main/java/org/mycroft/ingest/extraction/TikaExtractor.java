package org.mycroft.ingest.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.Parser;

/**
 * Reads documents: PDF, DOCX, DOC, ODT, RTF and the rest of Tika's formats through one shared
 * {@link AutoDetectParser}; HTML through Jsoup ({@link HtmlCleaner}, which drops navigation and
 * scripts); Markdown as text with its syntax removed ({@link MarkdownText}); legislative XML
 * (Justice Canada, Akoma Ntoso, USLM) with its own structure ({@link StructuredLawReader}); ZIP
 * archives member by member ({@link #extractAll}).
 *
 * <p>The type is detected from the content, not trusted from the extension (a PDF named
 * {@code .docx} is read as a PDF). Every file is bounded: size checked before reading, each parse
 * under a timeout and Tika's write limit, OCR off (a scanned PDF is reported, not guessed at),
 * embedded documents (attachments, images inside office files) not parsed. Failures become
 * {@link ExtractionException}s with a reason a user can act on.
 *
 * <p>This class dispatches by format and enforces size and time; {@link TikaParsing} runs Tika,
 * {@link TextFiles} decodes text files, {@link ExtractionFailures} words the failures.
 */
public final class TikaExtractor implements AutoCloseable {

    private static final MediaType ZIP = MediaType.application("zip");
    private static final Set<String> OTHER_ARCHIVES = Set.of("x-tar", "gzip", "x-gzip", "x-7z-compressed",
            "x-rar-compressed", "vnd.rar", "x-bzip2", "x-xz", "java-archive", "x-compress", "zstd");
    private static final Set<String> MARKDOWN_EXTENSIONS = Set.of("md", "markdown", "mdown", "mkd");

    private final Parser parser;
    private final Detector detector;
    private final ExtractionLimits limits;
    private final HtmlCleaner htmlCleaner = new HtmlCleaner();
    private final StructuredLawReader structuredLaws = new StructuredLawReader();
    private final ArchiveExpander archives;
    private final TikaParsing tika;
    private final ExecutorService parseThreads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "tika-parse");
        t.setDaemon(true); // a parse stuck past its timeout must not keep the JVM alive
        return t;
    });

    public TikaExtractor(ExtractionLimits limits) {
        this(limits, null);
    }

    public TikaExtractor() {
        this(ExtractionLimits.DEFAULT);
    }

    /** With another parser in place of Tika's (tests: a parser that hangs). */
    TikaExtractor(ExtractionLimits limits, Parser parser) {
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.parser = parser != null ? parser : new AutoDetectParser(config);
        this.detector = config.getDetector();
        this.limits = limits;
        this.archives = new ArchiveExpander(limits, this);
        this.tika = new TikaParsing(this.parser, limits);
    }

    /**
     * Refuses a file that cannot be read at all (missing, empty, over the size limit) without
     * reading its content, so a huge file costs nothing.
     */
    public void checkSize(Path file) throws ExtractionException {
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
            throw new ExtractionException("file too large: " + ExtractionFailures.megabytes(size) + " (limit "
                    + ExtractionFailures.megabytes(limits.maxFileBytes()) + ")");
        }
    }

    /**
     * Every document in a file: the file itself, or each member of a ZIP archive (nested
     * archives included, within the archive limits). A member that cannot be read is returned
     * with its reason; an archive that breaks a limit (zip bomb, too deep, too many entries)
     * fails as a whole.
     */
    public List<ExtractedPart> extractAll(Path file) throws ExtractionException {
        checkSize(file);
        MediaType type = typeOf(file); // once: the parse below reads the same type
        if (type.equals(ZIP)) {
            return archives.expand(file);
        }
        return List.of(ExtractedPart.whole(extract(file, type)));
    }

    /** The one document in a file; a ZIP archive is refused here (see {@link #extractAll}). */
    public ExtractedDocument extract(Path file) throws ExtractionException {
        checkSize(file);
        return extract(file, null);
    }

    /** @param detected the file's type when already detected, else null */
    private ExtractedDocument extract(Path file, MediaType detected) throws ExtractionException {
        Future<ExtractedDocument> future = parseThreads.submit(() -> parse(file, detected == null ? detect(file) : detected));
        try {
            return future.get(limits.parseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ExtractionException("parsing took longer than " + ExtractionFailures.seconds(limits.parseTimeout())
                    + " (parse timeout)");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExtractionException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ExtractionException ee) {
                throw ee;
            }
            throw new ExtractionException(ExtractionFailures.reason(cause), cause);
        }
    }

    boolean isZip(Path file) throws ExtractionException {
        return typeOf(file).equals(ZIP);
    }

    private MediaType typeOf(Path file) throws ExtractionException {
        try {
            return detect(file);
        } catch (IOException e) {
            throw new ExtractionException("cannot read file: " + e.getMessage(), e);
        }
    }

    private ExtractedDocument parse(Path file, MediaType type) throws Exception {
        String subtype = type.getSubtype();
        String extension = extension(file);
        if (type.equals(ZIP)) {
            throw new ExtractionException("ZIP archive: its members are read one by one (extractAll)");
        }
        if (type.getType().equals("application") && OTHER_ARCHIVES.contains(subtype)) {
            throw new ExtractionException("archive format not supported (" + type + "); only ZIP archives are expanded");
        }
        if (MARKDOWN_EXTENSIONS.contains(extension) && (isText(type) || subtype.equals("xhtml+xml"))
                || subtype.equals("x-web-markdown")) {
            return parseMarkdown(file); // before HTML: Markdown files may start with an HTML <meta> line
        }
        if (subtype.equals("html") || subtype.equals("xhtml+xml")) {
            return parseHtml(file);
        }
        if (type.equals(MediaType.TEXT_PLAIN)) {
            return parsePlainText(file);
        }
        if (subtype.equals("xml") || subtype.endsWith("+xml") || extension.equals("xml")) {
            Optional<StructuredLawReader.StructuredLaw> law = structuredLaws.read(file);
            if (law.isPresent()) {
                StructuredLawReader.StructuredLaw l = law.get();
                return new ExtractedDocument(l.text(), l.title(), "application/xml;format=" + l.format(),
                        l.language(), l.provisions());
            }
        }
        if (type.equals(MediaType.OCTET_STREAM)) {
            throw new ExtractionException("unrecognised file type: binary data that is not a supported document format");
        }
        return tika.parse(file, type);
    }

    private ExtractedDocument parseHtml(Path file) throws IOException, ExtractionException {
        byte[] bytes = Files.readAllBytes(file);
        Charset charset = TextFiles.charsetOf(bytes, true);
        HtmlCleaner.CleanHtml clean = htmlCleaner.clean(new String(bytes, charset).replace("\uFEFF", ""), file.toUri().toString());
        if (clean.text().isBlank()) {
            throw new ExtractionException("no text found in HTML page");
        }
        return new ExtractedDocument(limit(TextFiles.normalise(clean.text())), clean.title(), "text/html", clean.language());
    }

    /** Plain text in whatever charset it was saved in (UTF-8, else detected, else Windows-1252/Latin-1). */
    private ExtractedDocument parsePlainText(Path file) throws IOException, ExtractionException {
        byte[] bytes = Files.readAllBytes(file);
        if (TextFiles.looksBinary(bytes)) {
            throw new ExtractionException("not a text file (binary data named ." + extension(file) + ")");
        }
        String text = TextFiles.normalise(new String(bytes, TextFiles.charsetOf(bytes, false)).replace("\uFEFF", ""));
        if (text.isBlank()) {
            throw new ExtractionException("no text found (blank text file)");
        }
        return new ExtractedDocument(limit(text), "", "text/plain", null);
    }

    private ExtractedDocument parseMarkdown(Path file) throws IOException, ExtractionException {
        byte[] bytes = Files.readAllBytes(file);
        if (TextFiles.looksBinary(bytes)) {
            throw new ExtractionException("not a text file (binary data named ." + extension(file) + ")");
        }
        String text = TextFiles.normalise(MarkdownText.toText(new String(bytes, TextFiles.charsetOf(bytes, true)).replace("\uFEFF", "")));
        if (text.isBlank()) {
            throw new ExtractionException("no text found in Markdown file");
        }
        String title = text.lines().findFirst().orElse("");
        return new ExtractedDocument(limit(text), title.length() > 300 ? "" : title, "text/markdown", null);
    }

    private String limit(String text) throws ExtractionException {
        if (text.length() > limits.maxTextChars()) {
            throw ExtractionFailures.writeLimit(limits);
        }
        return text;
    }

    private static boolean isText(MediaType type) {
        return type.getType().equals("text") || type.getSubtype().equals("x-web-markdown");
    }

    private MediaType detect(Path file) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (InputStream in = TikaInputStream.get(file)) {
            return detector.detect(in, metadata).getBaseType();
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        parseThreads.shutdownNow();
    }
}
