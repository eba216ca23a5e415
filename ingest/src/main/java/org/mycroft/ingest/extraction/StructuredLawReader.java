package org.mycroft.ingest.extraction;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads laws published as structured XML, taking each provision's number, heading and text from
 * the markup instead of guessing them from plain text:
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

    private enum Dialect { JUSTICE_CANADA, AKOMA_NTOSO, USLM }

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
        Optional<Dialect> dialect;
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
        StructuredLaw law = switch (dialect.get()) {
            case JUSTICE_CANADA -> justiceCanada(doc.getDocumentElement());
            case AKOMA_NTOSO -> akomaNtoso(doc.getDocumentElement());
            case USLM -> uslm(doc.getDocumentElement());
        };
        return law.provisions().isEmpty() ? Optional.empty() : Optional.of(law);
    }

    /** Which dialect the root element announces, reading only the start of the file. */
    private Optional<Dialect> sniff(InputStream in) {
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
                    if (name.equals("Statute") || name.equals("Regulation")) {
                        return Optional.of(Dialect.JUSTICE_CANADA);
                    }
                    if (name.equals("akomaNtoso")) {
                        return Optional.of(Dialect.AKOMA_NTOSO);
                    }
                    if (ns.contains("/uslm") || name.equals("uscDoc")) {
                        return Optional.of(Dialect.USLM);
                    }
                    return Optional.empty();
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

    // ---------------------------------------------------------------- Justice Canada

    private static final Set<String> JC_BLOCKS = Set.of("Subsection", "Paragraph", "Subparagraph", "Clause",
            "Subclause", "Subsubclause", "Definition", "ContinuedSectionSubsection", "ContinuedParagraph",
            "ContinuedSubparagraph", "ContinuedClause", "ContinuedSubclause", "ContinuedDefinition",
            "ContinuedFormulaParagraph", "Provision", "Heading", "MarginalNote", "row", "Item", "List",
            "FormulaGroup", "FormulaParagraph", "ReadAsText", "AmendedText", "Oath", "SectionPiece", "BillPiece",
            "ScheduleFormHeading", "TitleText", "DocumentInternal", "Group", "GroupHeading");
    private static final Set<String> JC_SKIP = Set.of("HistoricalNote", "Footnote", "FootnoteRef", "MarginalNoteRef",
            "ImageGroup", "Image", "LeaderRightJustified");
    private static final Set<String> JC_SPACED = Set.of("Label", "entry", "OriginatingRef");

    private StructuredLaw justiceCanada(Element root) {
        String language = root.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
        Element identification = child(root, "Identification");
        String title = identification == null ? "" : text(child(identification, "ShortTitle"));
        if (title.isEmpty() && identification != null) {
            title = text(child(identification, "LongTitle"));
        }
        String sectionWord = language.startsWith("fr") ? "Article" : "Section";
        Renderer renderer = new Renderer(JC_BLOCKS, JC_SKIP, JC_SPACED);
        LawBuilder law = new LawBuilder(title);
        Element body = child(root, "Body");
        if (body != null) {
            for (Element section : descendants(body, "Section", Set.of("Section", "Schedule"))) {
                String number = text(child(section, "Label"), JC_SKIP);
                if (number.isEmpty()) {
                    continue;
                }
                String heading = text(child(section, "MarginalNote"), JC_SKIP);
                String bodyText = renderer.render(section, omit(child(section, "MarginalNote"), child(section, "Label")));
                law.add(sectionWord + " " + number, number, heading, bodyText);
            }
        }
        for (Element schedule : children(root, "Schedule")) {
            String id = schedule.getAttribute("id");
            if (id.equals("RelatedProvs") || id.equals("NifProvs")) {
                continue; // transitional provisions and amendments not in force: not the law's text
            }
            Element formHeading = child(schedule, "ScheduleFormHeading");
            String label = capitalise(text(formHeading == null ? null : child(formHeading, "Label"), JC_SKIP));
            if (label.isEmpty()) {
                label = language.startsWith("fr") ? "Annexe" : "Schedule";
            }
            String heading = text(formHeading == null ? null : child(formHeading, "TitleText"), JC_SKIP);
            String bodyText = renderer.render(schedule, omit(formHeading));
            String number = label.replaceFirst("(?i)^(schedule|annexe)\\s*", "");
            law.add(label, number.isEmpty() ? label : number, heading, bodyText);
        }
        return law.build(language, "justice-canada");
    }

    private static String capitalise(String label) {
        if (label.isEmpty()) {
            return label;
        }
        String[] words = label.toLowerCase(Locale.ROOT).split("\\s+");
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            // Roman numerals stay upper case: "SCHEDULE II" -> "Schedule II"
            out.append(w.matches("[ivxlc]+") && out.length() > 0 ? w.toUpperCase(Locale.ROOT)
                    : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- Akoma Ntoso

    private static final Set<String> AKN_BLOCKS = Set.of("paragraph", "subparagraph", "subsection", "point", "list",
            "item", "intro", "wrapUp", "listIntroduction", "listWrapUp", "p", "blockList", "tr", "li", "clause",
            "subclause", "alinea", "indent", "heading", "subheading", "crossHeading", "hcontainer", "level",
            "blockContainer", "quotedStructure", "table", "citation", "recital", "rule", "subrule", "proviso");
    private static final Set<String> AKN_SKIP = Set.of("meta", "authorialNote", "noteRef", "eol", "eop", "img",
            "componentRef");
    private static final Set<String> AKN_SPACED = Set.of("num", "td", "th");
    private static final Set<String> AKN_QUOTED = Set.of("quotedStructure", "embeddedStructure", "mod", "quotedText");

    private StructuredLaw akomaNtoso(Element root) {
        Element meta = descendant(root, "meta");
        String language = "";
        Element expression = meta == null ? null : descendant(meta, "FRBRExpression");
        Element frbrLanguage = expression == null ? null : descendant(expression, "FRBRlanguage");
        if (frbrLanguage != null) {
            language = iso6391(frbrLanguage.getAttribute("language"));
        }
        String title = text(firstDescendant(root, List.of("shortTitle", "docTitle", "longTitle"), Set.of("meta")));
        if (title.isEmpty() && meta != null) {
            Element alias = descendant(meta, "FRBRalias");
            Element name = descendant(meta, "FRBRname");
            title = alias != null ? alias.getAttribute("value") : name != null ? name.getAttribute("value") : "";
        }
        Element body = firstDescendant(root, List.of("body", "mainBody", "judgmentBody", "debateBody"), Set.of("meta"));
        Element scope = body != null ? body : root;
        Set<String> stop = union(AKN_QUOTED, Set.of("article", "section", "meta"));
        List<Element> units = descendants(scope, "article", stop);
        String kind = "article";
        if (units.isEmpty()) {
            units = descendants(scope, "section", stop);
            kind = "section";
        }
        Renderer renderer = new Renderer(AKN_BLOCKS, AKN_SKIP, AKN_SPACED);
        LawBuilder law = new LawBuilder(title);
        for (Element unit : units) {
            Element num = child(unit, "num");
            Element heading = child(unit, "heading");
            Label label = label(text(num), unit.getAttribute("eId"), kind, language);
            if (label == null) {
                continue;
            }
            law.add(label.label(), label.number(), text(heading), renderer.render(unit, omit(num, heading)));
        }
        return law.build(language, "akoma-ntoso");
    }

    // ---------------------------------------------------------------- USLM

    private static final Set<String> USLM_BLOCKS = Set.of("subsection", "paragraph", "subparagraph", "clause",
            "subclause", "item", "subitem", "subsubitem", "chapeau", "continuation", "content", "p", "heading",
            "subheading", "quotedContent", "tr", "li", "level", "proviso", "def", "table");
    private static final Set<String> USLM_SKIP = Set.of("meta", "notes", "note", "sourceCredit", "footnote", "ref:footnote",
            "toc", "img");
    private static final Set<String> USLM_SPACED = Set.of("num", "td", "th");

    private StructuredLaw uslm(Element root) {
        Element meta = child(root, "meta");
        String title = meta == null ? "" : text(child(meta, "title"));
        String language = meta == null ? "" : text(child(meta, "language"));
        if (title.isEmpty()) {
            title = text(firstDescendant(root, List.of("docTitle", "longTitle", "officialTitle"), Set.of("meta")));
        }
        if (title.isEmpty()) {
            Element main = child(root, "main");
            Element first = main == null ? null : firstChildElement(main);
            title = first == null ? "" : (text(child(first, "num")) + " " + text(child(first, "heading"))).strip();
        }
        language = language.isEmpty() ? "en" : iso6391(language);
        Element main = child(root, "main");
        List<Element> sections = descendants(main != null ? main : root, "section",
                Set.of("section", "quotedContent", "meta", "notes", "toc"));
        Renderer renderer = new Renderer(USLM_BLOCKS, USLM_SKIP, USLM_SPACED);
        LawBuilder law = new LawBuilder(title);
        for (Element section : sections) {
            Element num = child(section, "num");
            Element heading = child(section, "heading");
            String value = num == null ? "" : num.getAttribute("value");
            Label label = label(text(num), value, "section", "en");
            if (label == null) {
                continue;
            }
            law.add(label.label(), label.number(), text(heading).replaceFirst("[.:]\\s*$", ""),
                    renderer.render(section, omit(num, heading)));
        }
        return law.build(language, "uslm");
    }

    // ---------------------------------------------------------------- labels

    private record Label(String label, String number) {}

    private static final Pattern NUM = Pattern.compile(
            "^(?:(?<word>§+|\\p{L}+\\.?)\\s+|(?<para>§+))?(?<number>[0-9IVXLCivxlc]+[\\p{L}]?(?:[.\\-–:/][0-9]+[\\p{L}]?)*"
                    + "(?:\\s+(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies))?)[.:)]?\\s*$");

    /** "Art. 5." -> Article 5; "5" in an article -> Article 5 (Artículo 5 in Spanish…); "§ 1591." -> § 1591. */
    private static Label label(String numText, String fallback, String kind, String language) {
        String raw = numText.strip();
        if (raw.isEmpty()) {
            raw = fallback == null ? "" : fallback.replaceFirst("^.*?(?:art|sec|section|article)_", "");
        }
        if (raw.isEmpty()) {
            return null;
        }
        Matcher m = NUM.matcher(raw);
        if (!m.matches()) {
            String cleaned = raw.replaceFirst("[.:]\\s*$", "");
            return new Label(cleaned, cleaned);
        }
        String number = m.group("number").replaceAll("\\s+", " ");
        String word = m.group("word") != null ? m.group("word") : m.group("para");
        String label;
        if (word == null) {
            label = defaultWord(kind, language) + " " + number;
        } else if (word.startsWith("§")) {
            label = "§ " + number;
        } else {
            String w = word.replace(".", "").toLowerCase(Locale.ROOT);
            label = switch (w) {
                case "art" -> defaultWord("article", language);
                case "sec", "s" -> "Section";
                default -> Character.toUpperCase(word.charAt(0)) + word.substring(1).replace(".", "");
            } + " " + number;
        }
        return new Label(label, number);
    }

    private static String defaultWord(String kind, String language) {
        if (kind.equals("section")) {
            return language.startsWith("fr") || language.startsWith("es") ? "Article" : "Section";
        }
        return switch (language.length() >= 2 ? language.substring(0, 2) : "") {
            case "es" -> "Artículo";
            case "nl" -> "Artikel";
            case "de" -> "Artikel";
            case "it" -> "Articolo";
            case "pt" -> "Artigo";
            default -> "Article";
        };
    }

    private static final Map<String, String> ISO3_TO_ISO1 = new HashMap<>();

    static {
        for (String code : Locale.getISOLanguages()) {
            try {
                ISO3_TO_ISO1.put(Locale.of(code).getISO3Language(), code);
            } catch (java.util.MissingResourceException ignored) {
                // no three-letter code
            }
        }
        ISO3_TO_ISO1.put("fre", "fr");
        ISO3_TO_ISO1.put("dut", "nl");
        ISO3_TO_ISO1.put("ger", "de");
    }

    static String iso6391(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (c.contains("-")) {
            c = c.substring(0, c.indexOf('-'));
        }
        if (c.length() == 3) {
            return ISO3_TO_ISO1.getOrDefault(c, c);
        }
        return c;
    }

    // ---------------------------------------------------------------- building the law

    /** Accumulates provisions and the joined text in which their offsets point. */
    private static final class LawBuilder {
        private final String title;
        private final StringBuilder text = new StringBuilder();
        private final List<Provision> provisions = new ArrayList<>();

        LawBuilder(String title) {
            this.title = title == null ? "" : title.strip();
            if (!this.title.isEmpty()) {
                text.append(this.title).append("\n\n");
            }
        }

        void add(String label, String number, String heading, String body) {
            String headingLine = heading.isEmpty() ? label : label + ". " + heading;
            String full = body.isBlank() ? headingLine : headingLine + "\n" + body.strip();
            int offset = text.length();
            text.append(full).append("\n\n");
            provisions.add(new Provision(label, number, heading, full, offset));
        }

        StructuredLaw build(String language, String format) {
            return new StructuredLaw(title, language == null ? "" : language, format, text.toString().strip(),
                    List.copyOf(provisions));
        }
    }

    /**
     * Text of an element with one line per block element (subsection, paragraph…), inline
     * elements run together, "spaced" elements (labels, numbers, table cells) followed by a space.
     */
    private record Renderer(Set<String> blocks, Set<String> skip, Set<String> spaced) {

        String render(Element element, Set<Element> omit) {
            StringBuilder out = new StringBuilder();
            walk(element, omit, out);
            return tidy(out.toString());
        }

        private void walk(Node node, Set<Element> omit, StringBuilder out) {
            for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                    out.append(n.getNodeValue());
                } else if (n instanceof Element el && !omit.contains(el)) {
                    String name = el.getLocalName() == null ? el.getNodeName() : el.getLocalName();
                    if (skip.contains(name)) {
                        continue;
                    }
                    boolean block = blocks.contains(name);
                    if (block) {
                        out.append('\n');
                    }
                    walk(el, omit, out);
                    if (block) {
                        out.append('\n');
                    } else if (spaced.contains(name)) {
                        out.append(' ');
                    }
                }
            }
        }
    }

    private static String tidy(String s) {
        return s.replaceAll("[\\p{Zs}\\t\\r\\f\\x0B\\u200B]+", " ").replaceAll(" *\n *", "\n")
                .replaceAll("\n{2,}", "\n").replaceAll(" ([,.;:)])", "$1").strip();
    }

    // ---------------------------------------------------------------- DOM helpers (by local name)

    private static String nameOf(Node n) {
        return n.getLocalName() == null ? n.getNodeName() : n.getLocalName();
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el && nameOf(el).equals(name)) {
                return el;
            }
        }
        return null;
    }

    private static Element firstChildElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el) {
                return el;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el && nameOf(el).equals(name)) {
                out.add(el);
            }
        }
        return out;
    }

    /** Elements named {@code name} under {@code scope}, not looking inside a match or a {@code stop} element. */
    private static List<Element> descendants(Element scope, String name, Set<String> stop) {
        List<Element> out = new ArrayList<>();
        collect(scope, name, stop, out);
        return out;
    }

    private static void collect(Element parent, String name, Set<String> stop, List<Element> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el) {
                String local = nameOf(el);
                if (local.equals(name)) {
                    out.add(el);
                } else if (!stop.contains(local)) {
                    collect(el, name, stop, out);
                }
            }
        }
    }

    private static Element descendant(Element scope, String name) {
        List<Element> found = descendants(scope, name, Set.of());
        return found.isEmpty() ? null : found.getFirst();
    }

    private static Element firstDescendant(Element scope, List<String> names, Set<String> stop) {
        for (String name : names) {
            List<Element> found = descendants(scope, name, stop);
            if (!found.isEmpty()) {
                return found.getFirst();
            }
        }
        return null;
    }

    private static String text(Element el) {
        return text(el, Set.of());
    }

    private static String text(Element el, Set<String> skip) {
        if (el == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        appendText(el, skip, out);
        return out.toString().replaceAll("[\\s\\p{Zs}\\u200B]+", " ").strip();
    }

    private static void appendText(Node node, Set<String> skip, StringBuilder out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(n.getNodeValue());
            } else if (n instanceof Element el && !skip.contains(nameOf(el))) {
                appendText(el, skip, out);
            }
        }
    }

    /** The elements left out of a rendering (number and heading, shown separately); nulls ignored. */
    private static Set<Element> omit(Element... elements) {
        Set<Element> out = new java.util.HashSet<>();
        for (Element e : elements) {
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
