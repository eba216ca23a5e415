package org.mycroft.ingest.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.parser.html.HtmlEncodingDetector;
import org.apache.tika.parser.txt.BOMDetector;

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
            throw new ExtractionException("file too large: " + megabytes(size) + " (limit "
                    + megabytes(limits.maxFileBytes()) + ")");
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
        if (isZip(file)) {
            return archives.expand(file);
        }
        return List.of(ExtractedPart.whole(extract(file)));
    }

    /** The one document in a file; a ZIP archive is refused here (see {@link #extractAll}). */
    public ExtractedDocument extract(Path file) throws ExtractionException {
        checkSize(file);
        Future<ExtractedDocument> future = parseThreads.submit(() -> parse(file));
        try {
            return future.get(limits.parseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ExtractionException("parsing took longer than " + seconds(limits.parseTimeout())
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
            throw new ExtractionException(reason(cause), cause);
        }
    }

    boolean isZip(Path file) throws ExtractionException {
        try {
            return detect(file).equals(ZIP);
        } catch (IOException e) {
            throw new ExtractionException("cannot read file: " + e.getMessage(), e);
        }
    }

    private ExtractedDocument parse(Path file) throws Exception {
        MediaType type = detect(file);
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
        return parseWithTika(file, type);
    }

    private ExtractedDocument parseWithTika(Path file, MediaType type) throws Exception {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        metadata.set(Metadata.CONTENT_TYPE, type.toString());
        WriteOutContentHandler limited = new WriteOutContentHandler(limits.maxTextChars());
        BodyContentHandler handler = new BodyContentHandler(limited);
        try (InputStream in = TikaInputStream.get(file)) {
            parser.parse(in, new BlockBreaks(handler), metadata, context());
        } catch (WriteLimitReachedException e) {
            throw writeLimit();
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw writeLimit();
            }
            throw e;
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException();
        }
        String text = normalise(handler.toString());
        if (text.isBlank()) {
            throw new ExtractionException(type.getSubtype().equals("pdf")
                    ? "PDF has no text layer (scanned?); OCR is not enabled"
                    : "no text found (" + type + ")");
        }
        String title = metadata.get(TikaCoreProperties.TITLE);
        String language = metadata.get(TikaCoreProperties.LANGUAGE);
        return new ExtractedDocument(text, title == null ? "" : title.strip(), type.toString(), language);
    }

    /** OCR off everywhere, embedded documents skipped: a parse reads the file's own text only. */
    private static ParseContext context() {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        pdf.setExtractAnnotationText(false);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        context.set(EmbeddedDocumentExtractor.class, NoEmbedded.INSTANCE);
        return context;
    }

    /** Attachments and embedded files are not read: they are not the document's text and may be hostile. */
    private enum NoEmbedded implements EmbeddedDocumentExtractor {
        INSTANCE;

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never called: shouldParseEmbedded is false
        }
    }

    /**
     * Ends every block (paragraph, heading, list item, table row…) with a line break when the
     * parser did not write one (the ODF parser does not), so headings stay on their own lines.
     */
    private static final class BlockBreaks extends ContentHandlerDecorator {
        private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "div",
                "blockquote", "pre", "title", "dt", "dd", "table", "ul", "ol", "section", "article", "br");
        private char last = '\n';
        /** A block ended: the next text must start on a new line, unless the parser writes one itself. */
        private boolean pending;

        BlockBreaks(ContentHandler handler) {
            super(handler);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (length == 0) {
                return;
            }
            if (pending && last != '\n' && ch[start] != '\n') {
                super.characters(new char[] {'\n'}, 0, 1);
            }
            pending = false;
            last = ch[start + length - 1];
            super.characters(ch, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            if (length > 0) {
                last = ch[start + length - 1];
                if (new String(ch, start, length).indexOf('\n') >= 0) {
                    pending = false;
                    last = '\n';
                }
            }
            super.ignorableWhitespace(ch, start, length);
        }

        @Override
        public void startElement(String uri, String localName, String name, org.xml.sax.Attributes atts)
                throws SAXException {
            if (BLOCKS.contains(localName)) {
                pending = true;
            }
            super.startElement(uri, localName, name, atts);
        }

        @Override
        public void endElement(String uri, String localName, String name) throws SAXException {
            super.endElement(uri, localName, name);
            if (BLOCKS.contains(localName)) {
                pending = true;
            } else if ((localName.equals("td") || localName.equals("th")) && last != ' ' && last != '\n') {
                super.characters(new char[] {' '}, 0, 1);
                last = ' ';
            }
        }
    }

    private ExtractedDocument parseHtml(Path file) throws IOException, ExtractionException {
        byte[] bytes = Files.readAllBytes(file);
        Charset charset = charsetOf(bytes, true);
        HtmlCleaner.CleanHtml clean = htmlCleaner.clean(new String(bytes, charset).replace("\uFEFF", ""), file.toUri().toString());
        if (clean.text().isBlank()) {
            throw new ExtractionException("no text found in HTML page");
        }
        return new ExtractedDocument(limit(normalise(clean.text())), clean.title(), "text/html", clean.language());
    }

    /** Plain text in whatever charset it was saved in (UTF-8, else detected, else Windows-1252/Latin-1). */
    private ExtractedDocument parsePlainText(Path file) throws IOException, ExtractionException {
        byte[] bytes = Files.readAllBytes(file);
        if (looksBinary(bytes)) {
            throw new ExtractionException("not a text file (binary data named ." + extension(file) + ")");
        }
        String text = normalise(new String(bytes, charsetOf(bytes, false)).replace("\uFEFF", ""));
        if (text.isBlank()) {
            throw new ExtractionException("no text found (blank text file)");
        }
        return new ExtractedDocument(limit(text), "", "text/plain", null);
    }

    private ExtractedDocument parseMarkdown(Path file) throws IOException, ExtractionException {
        byte[] bytes = Files.readAllBytes(file);
        if (looksBinary(bytes)) {
            throw new ExtractionException("not a text file (binary data named ." + extension(file) + ")");
        }
        String text = normalise(MarkdownText.toText(new String(bytes, charsetOf(bytes, true)).replace("\uFEFF", "")));
        if (text.isBlank()) {
            throw new ExtractionException("no text found in Markdown file");
        }
        String title = text.lines().findFirst().orElse("");
        return new ExtractedDocument(limit(text), title.length() > 300 ? "" : title, "text/markdown", null);
    }

    private String limit(String text) throws ExtractionException {
        if (text.length() > limits.maxTextChars()) {
            throw writeLimit();
        }
        return text;
    }

    private ExtractionException writeLimit() {
        return new ExtractionException("text longer than " + String.format(Locale.ROOT, "%,d", limits.maxTextChars())
                + " characters (write limit)");
    }

    /** A byte-order mark (UTF-8, UTF-16, UTF-32). */
    private static final EncodingDetector BOM = new BOMDetector();
    /** A charset declared by the page ({@code <meta charset>}, {@code http-equiv}). */
    private static final EncodingDetector DECLARED = new HtmlEncodingDetector();

    /** Honours a BOM, then a declared charset (HTML meta), else guesses (Latin-1 pages without a charset are common). */
    private static Charset charsetOf(byte[] bytes, boolean honourMeta) {
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

    private static Charset detect(EncodingDetector detector, byte[] bytes) {
        try (InputStream in = new BufferedInputStream(new ByteArrayInputStream(bytes))) {
            return detector.detect(in, new Metadata());
        } catch (IOException e) {
            return null; // cannot happen on bytes in memory
        }
    }

    private static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
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

    private static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replace("\u0000", "")
                .replaceAll("[\\p{Zs}\\t\\f\\x0B]+", " ")
                .replaceAll(" *\n *", "\n")
                .replaceAll("\n{3,}", "\n\n")
                .strip();
    }

    private static String megabytes(long bytes) {
        return bytes / (1024 * 1024) + " MB";
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    private static String reason(Throwable e) {
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

    @Override
    public void close() {
        parseThreads.shutdownNow();
    }
}
