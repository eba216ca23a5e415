package org.mycroft.ingest.extraction;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.mycroft.ingest.segmentation.Provision;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * Reads laws published as structured XML, taking each provision's number, heading and text from
 * the markup instead of guessing them from plain text. One {@link LawDialect} per format:
 * <ul>
 *   <li><b>Justice Canada</b> (root {@code Statute} or {@code Regulation}): every {@code Section}
 *       of the {@code Body} ({@code Label}, {@code MarginalNote}, text with its subsections and
 *       paragraphs), plus each schedule that is part of the law; "Related provisions" and
 *       "Amendments not in force" schedules are left out. Title from {@code ShortTitle}, else
 *       {@code LongTitle}; language from {@code xml:lang}.</li>
 *   <li><b>Akoma Ntoso</b> (root {@code akomaNtoso}): the {@code article}s of the body (else its
 *       {@code section}s) with {@code num}, {@code heading} and content; amending text quoted in
 *       {@code mod}/{@code quotedStructure} stays inside its provision.</li>
 *   <li><b>USLM</b> (US Code and public laws, namespace {@code …/uslm/…}): every {@code section}
 *       with {@code num}, {@code heading} and content; source credits and notes are left out.</li>
 * </ul>
 * Anything else gives {@link Optional#empty()} and is read by Tika as plain XML. Parsing is safe
 * against XXE and entity expansion: DTDs are never loaded and external entities never resolved.
 */
public final class StructuredLawReader {

    /** Above this size an XML file is not loaded into a DOM; Tika streams it instead. */
    private static final long MAX_DOM_BYTES = 64L * 1024 * 1024;
    private static final int SNIFF_BYTES = 64 * 1024;

    /** A law read from its markup: the provisions' texts joined make {@link #text()}. */
    public record StructuredLaw(String title, String language, String format, String text, List<Provision> provisions) {}

    /** The dialects read, each in a class of its own. */
    private static final List<LawDialect> DIALECTS = List.of(new JusticeCanadaDialect(), new AkomaNtosoDialect(),
            new UslmDialect());

    private final XMLInputFactory stax;
    private final DocumentBuilderFactory dom;

    public StructuredLawReader() {
        stax = XMLInputFactory.newFactory();
        stax.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        stax.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        stax.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        dom = DocumentBuilderFactory.newInstance();
        dom.setNamespaceAware(true);
        dom.setExpandEntityReferences(false);
        dom.setXIncludeAware(false);
        try {
            dom.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            dom.setFeature("http://xml.org/sax/features/external-general-entities", false);
            dom.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            dom.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be made safe", e);
        }
        dom.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        dom.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    }

    /** The law in {@code file} if it is XML in a recognised legislative format. */
    public Optional<StructuredLaw> read(Path file) throws ExtractionException {
        Optional<LawDialect> dialect;
        long size;
        try {
            size = Files.size(file);
            try (InputStream in = Files.newInputStream(file)) {
                dialect = sniff(in);
            }
        } catch (IOException e) {
            throw new ExtractionException("cannot read file: " + e.getMessage(), e);
        }
        if (dialect.isEmpty() || size > MAX_DOM_BYTES) {
            return Optional.empty();
        }
        Document doc;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            DocumentBuilder builder = dom.newDocumentBuilder();
            builder.setErrorHandler(null);
            doc = builder.parse(in);
        } catch (SAXException e) {
            throw new ExtractionException("malformed XML: " + e.getMessage(), e);
        } catch (IOException | ParserConfigurationException e) {
            throw new ExtractionException("cannot read XML: " + e.getMessage(), e);
        }
        StructuredLaw law = dialect.get().read(doc.getDocumentElement());
        return law.provisions().isEmpty() ? Optional.empty() : Optional.of(law);
    }

    /** Which dialect the root element announces, reading only the start of the file. */
    private Optional<LawDialect> sniff(InputStream in) {
        byte[] head;
        try {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            return Optional.empty();
        }
        XMLStreamReader reader = null;
        try {
            reader = stax.createXMLStreamReader(new java.io.ByteArrayInputStream(head));
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    String ns = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
                    return DIALECTS.stream().filter(d -> d.announcedBy(name, ns)).findFirst();
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            return Optional.empty(); // not XML, or not well-formed in its first bytes: Tika decides
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing held
                }
            }
        }
        return Optional.empty();
    }
}
