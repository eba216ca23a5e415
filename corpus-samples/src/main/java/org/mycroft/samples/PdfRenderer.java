package org.mycroft.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Pattern;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.mycroft.samples.SourceDocument.Block;
import org.mycroft.samples.SourceDocument.Kind;

/**
 * Renders a source as a text PDF (PDFBox 3, standard 14 Helvetica with WinAnsiEncoding): word-wrapped,
 * A4, as many pages as needed, title and author in the document information. Deterministic: fixed
 * dates and a document ID derived from the content, so regenerating gives the same bytes.
 */
final class PdfRenderer {

    /** A wrapped line must not start with something the provision splitter could take for a heading. */
    static final Pattern HEADING_LIKE = Pattern.compile(
            "(?i)^(section|sections|s\\.|ss\\.|article|art\\.|artículo|art[íi]culos|§)$");

    private static final float MARGIN = 64f;
    private static final float BODY_SIZE = 10.5f;
    private static final float HEADING_SIZE = 12.5f;
    private static final float TITLE_SIZE = 16f;
    private static final float NOTICE_SIZE = 9f;
    private static final float LEADING = 1.38f;

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDType1Font italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    private final Map<Integer, String> safeChars = new HashMap<>();

    private PDDocument pdf;
    private PDPageContentStream out;
    private float y;

    byte[] render(SourceDocument doc) throws IOException {
        try (PDDocument document = new PDDocument()) {
            this.pdf = document;
            newPage();
            boolean first = true;
            for (Block b : doc.blocks()) {
                switch (b.kind()) {
                    case TITLE -> paragraph(b.text(), bold, TITLE_SIZE, 4f, 12f, 0f);
                    case HEADING -> {
                        keepWithNext(HEADING_SIZE * LEADING + 3 * BODY_SIZE * LEADING);
                        paragraph(b.text(), bold, HEADING_SIZE, 10f, 4f, 0f);
                    }
                    case PARAGRAPH -> {
                        if (first) {
                            paragraph(b.text(), italic, NOTICE_SIZE, 0f, 10f, 0f);
                        } else {
                            paragraph(b.text(), regular, BODY_SIZE, 0f, 6f, 0f);
                        }
                    }
                    case LIST_ITEM -> paragraph("\u2022 " + b.text(), regular, BODY_SIZE, 0f, 3f, 12f);
                }
                first = false;
            }
            out.close();

            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(safe(doc.title()));
            info.setAuthor("Mycroft team");
            info.setSubject(safe(doc.notice()));
            info.setCreator("Mycroft SampleCorpusGenerator");
            info.setProducer("Apache PDFBox");
            info.setKeywords(safe(String.join(", ", keywords(doc))));
            Calendar fixed = fixedDate();
            info.setCreationDate(fixed);
            info.setModificationDate(fixed);
            document.getDocumentCatalog().setLanguage(doc.language());

            byte[] id = md5(doc.id() + "\n" + doc.plainText());
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            document.getDocument().getTrailer().setItem(COSName.ID, ids);

            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } finally {
            pdf = null;
            out = null;
        }
    }

    private static List<String> keywords(SourceDocument doc) {
        List<String> k = new ArrayList<>();
        k.add(doc.string("doc_type"));
        k.add(doc.string("country"));
        k.addAll(FrontMatter.list(doc, "crime_types"));
        k.addAll(FrontMatter.list(doc, "cross_cutting"));
        return k;
    }

    static Calendar fixedDate() {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.clear();
        c.set(2025, Calendar.JANUARY, 1, 0, 0, 0);
        return c;
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        out = new PDPageContentStream(pdf, page);
        y = page.getMediaBox().getHeight() - MARGIN;
    }

    private float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    private void keepWithNext(float needed) throws IOException {
        if (y - needed < MARGIN) {
            newPage();
        }
    }

    private void paragraph(String text, PDType1Font font, float size, float before, float after, float indent)
            throws IOException {
        float leading = size * LEADING;
        if (y < PDRectangle.A4.getHeight() - MARGIN - 1) {
            y -= before;
        }
        List<String> lines = wrap(safe(text), font, size, width() - indent);
        for (int i = 0; i < lines.size(); i++) {
            if (y - leading < MARGIN) {
                newPage();
            }
            y -= leading;
            float x = MARGIN + (i == 0 ? 0 : indent);
            if (i == 0 && indent > 0) {
                x = MARGIN + indent / 3;
            }
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, y);
            out.showText(lines.get(i));
            out.endText();
        }
        y -= after;
    }

    /** Greedy word wrap that never starts a continuation line with a heading-like word. */
    List<String> wrap(String text, PDType1Font font, float size, float maxWidth) throws IOException {
        String[] words = text.split(" +");
        List<String> lines = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String word : words) {
            List<String> candidate = new ArrayList<>(current);
            candidate.add(word);
            if (current.isEmpty() || width(String.join(" ", candidate), font, size) <= maxWidth) {
                current = candidate;
                continue;
            }
            List<String> carry = new ArrayList<>();
            carry.add(word);
            // Move heading-like words (and a preceding one, if needed) down with the next word.
            while (current.size() > 1 && HEADING_LIKE.matcher(carry.get(0)).matches()) {
                carry.add(0, current.remove(current.size() - 1));
            }
            lines.add(String.join(" ", current));
            current = carry;
        }
        if (!current.isEmpty()) {
            lines.add(String.join(" ", current));
        }
        return lines;
    }

    private static float width(String s, PDType1Font font, float size) throws IOException {
        return font.getStringWidth(s) / 1000f * size;
    }

    /** Replaces characters WinAnsiEncoding cannot show with their base letter (or '?'). */
    String safe(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(cp -> sb.append(safeChars.computeIfAbsent(cp, this::safeChar)));
        return sb.toString();
    }

    private String safeChar(int cp) {
        String s = new String(Character.toChars(cp));
        if (encodable(s)) {
            return s;
        }
        String base = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        if (!base.isEmpty() && encodable(base)) {
            return base;
        }
        return switch (cp) {
            case 0x2011, 0x2012, 0x2212 -> "-";
            case 0x00A0, 0x202F, 0x2009 -> " ";
            default -> "?";
        };
    }

    private boolean encodable(String s) {
        try {
            regular.encode(s);
            bold.encode(s);
            italic.encode(s);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static byte[] md5(String s) {
        try {
            return MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
