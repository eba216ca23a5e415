package org.mycroft.ingest.extraction;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika proper, for the formats that are not read on their own (PDF, DOCX, DOC, ODT, RTF…): one
 * shared parser, OCR off, embedded documents skipped, Tika's write limit, and a line break after
 * every block so headings stay on their own lines.
 */
final class TikaParsing {

    private final Parser parser;
    private final ExtractionLimits limits;

    TikaParsing(Parser parser, ExtractionLimits limits) {
        this.parser = parser;
        this.limits = limits;
    }

    /** The text, title and language of a file of {@code type}, within the write limit. */
    ExtractedDocument parse(Path file, MediaType type) throws Exception {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        metadata.set(Metadata.CONTENT_TYPE, type.toString());
        WriteOutContentHandler limited = new WriteOutContentHandler(limits.maxTextChars());
        BodyContentHandler handler = new BodyContentHandler(limited);
        try (InputStream in = TikaInputStream.get(file)) {
            parser.parse(in, new BlockBreaks(handler), metadata, context());
        } catch (WriteLimitReachedException e) {
            throw ExtractionFailures.writeLimit(limits);
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw ExtractionFailures.writeLimit(limits);
            }
            throw e;
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException();
        }
        String text = TextFiles.normalise(handler.toString());
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
}
