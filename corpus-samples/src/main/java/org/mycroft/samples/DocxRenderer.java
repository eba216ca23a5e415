package org.mycroft.samples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.mycroft.samples.SourceDocument.Block;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Renders a source as a DOCX (POI XWPF): a "Title" styled title, "Heading1" styled provision or
 * section headings (real styles with outline levels, so Word's navigation pane and extractors see
 * them), body paragraphs, core properties (title, creator, description, language). Deterministic:
 * fixed dates and fixed ZIP entry times.
 */
final class DocxRenderer {

    private static final long FIXED_MILLIS = PdfRenderer.fixedDate().getTimeInMillis();
    /** ZIP (DOS) times are local times: set one directly so the bytes do not depend on the time zone. */
    private static final LocalDateTime FIXED_LOCAL = LocalDateTime.of(2025, 1, 1, 0, 0);

    byte[] render(SourceDocument doc) throws IOException {
        try (XWPFDocument docx = new XWPFDocument()) {
            XWPFStyles styles = docx.createStyles();
            addStyle(styles, "Title", "Title", 0, 36, true, false);
            addStyle(styles, "Heading1", "heading 1", 1, 26, true, false);
            addStyle(styles, "Notice", "Notice", -1, 18, false, true);

            boolean first = true;
            for (Block b : doc.blocks()) {
                XWPFParagraph p = docx.createParagraph();
                XWPFRun run = p.createRun();
                switch (b.kind()) {
                    case TITLE -> {
                        p.setStyle("Title");
                        run.setText(b.text());
                    }
                    case HEADING -> {
                        p.setStyle("Heading1");
                        run.setText(b.text());
                    }
                    case PARAGRAPH -> {
                        if (first) {
                            p.setStyle("Notice");
                        }
                        run.setText(b.text());
                    }
                    case LIST_ITEM -> {
                        p.setIndentationLeft(360);
                        p.setIndentationHanging(240);
                        run.setText("\u2022 " + b.text());
                    }
                }
                first = false;
            }

            POIXMLProperties props = docx.getProperties();
            POIXMLProperties.CoreProperties core = props.getCoreProperties();
            core.setTitle(doc.title());
            core.setCreator("Mycroft team");
            core.setDescription(doc.notice());
            core.setSubjectProperty(doc.string("doc_type") + " " + doc.string("country"));
            core.getUnderlyingProperties().setLanguageProperty(doc.language());
            core.getUnderlyingProperties().setCreatedProperty(Optional.of(new Date(FIXED_MILLIS)));
            core.getUnderlyingProperties().setModifiedProperty(Optional.of(new Date(FIXED_MILLIS)));
            core.setLastModifiedByUser("Mycroft SampleCorpusGenerator");
            props.getExtendedProperties().setApplication("Mycroft SampleCorpusGenerator");

            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            docx.write(bytes);
            return withFixedEntryTimes(bytes.toByteArray());
        }
    }

    private static void addStyle(XWPFStyles styles, String id, String name, int outlineLevel, int halfPoints,
                                 boolean bold, boolean italic) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        ct.addNewBasedOn().setVal("Normal");
        ct.addNewNext().setVal("Normal");
        ct.addNewQFormat();
        CTPPrGeneral ppr = ct.addNewPPr();
        if (outlineLevel >= 0) {
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
            ppr.addNewKeepNext();
        }
        ppr.addNewSpacing().setBefore(BigInteger.valueOf(outlineLevel >= 0 ? 240 : 0));
        CTRPr rpr = ct.addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii("Calibri");
        fonts.setHAnsi("Calibri");
        if (bold) {
            rpr.addNewB();
        }
        if (italic) {
            rpr.addNewI();
        }
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        styles.addStyle(new XWPFStyle(ct, styles));
    }

    /** Rewrites the ZIP with the same entries in the same order but a fixed timestamp. */
    static byte[] withFixedEntryTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(FIXED_LOCAL);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
