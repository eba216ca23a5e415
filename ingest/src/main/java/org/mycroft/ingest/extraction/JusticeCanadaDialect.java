package org.mycroft.ingest.extraction;

import static org.mycroft.ingest.extraction.LawXml.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import org.mycroft.ingest.extraction.LawXml.Label;
import org.mycroft.ingest.extraction.LawXml.LawBuilder;
import org.mycroft.ingest.extraction.LawXml.Renderer;
import org.mycroft.ingest.extraction.StructuredLawReader.StructuredLaw;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Justice Canada (root {@code Statute} or {@code Regulation}): every {@code Section} of the
 * {@code Body} ({@code Label}, {@code MarginalNote}, text with its subsections and paragraphs), plus
 * each schedule that is part of the law; "Related provisions" and "Amendments not in force"
 * schedules are left out. Title from {@code ShortTitle}, else {@code LongTitle}; language from {@code xml:lang}.
 */
final class JusticeCanadaDialect implements LawDialect {

    @Override
    public boolean announcedBy(String rootName, String namespace) {
        return rootName.equals("Statute") || rootName.equals("Regulation");
    }

    private static final Set<String> JC_BLOCKS = Set.of("Subsection", "Paragraph", "Subparagraph", "Clause",
            "Subclause", "Subsubclause", "Definition", "ContinuedSectionSubsection", "ContinuedParagraph",
            "ContinuedSubparagraph", "ContinuedClause", "ContinuedSubclause", "ContinuedDefinition",
            "ContinuedFormulaParagraph", "Provision", "Heading", "MarginalNote", "row", "Item", "List",
            "FormulaGroup", "FormulaParagraph", "ReadAsText", "AmendedText", "Oath", "SectionPiece", "BillPiece",
            "ScheduleFormHeading", "TitleText", "DocumentInternal", "Group", "GroupHeading");
    private static final Set<String> JC_SKIP = Set.of("HistoricalNote", "Footnote", "FootnoteRef", "MarginalNoteRef",
            "ImageGroup", "Image", "LeaderRightJustified");
    private static final Set<String> JC_SPACED = Set.of("Label", "entry", "OriginatingRef");

    @Override
    public StructuredLaw read(Element root) {
        String language = root.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
        Element identification = child(root, "Identification");
        String title = identification == null ? "" : text(child(identification, "ShortTitle"));
        if (title.isEmpty() && identification != null) {
            title = text(child(identification, "LongTitle"));
        }
        String sectionWord = language.startsWith("fr") ? "Article" : "Section";
        Renderer renderer = new Renderer(JC_BLOCKS, JC_SKIP, JC_SPACED);
        LawBuilder law = new LawBuilder(title);
        addPreamble(root, identification, language, renderer, law);
        Element body = child(root, "Body");
        if (body != null) {
            TreeMap<Integer, String> divisions = new TreeMap<>(); // level -> heading in force
            for (Element el : headingsAndSections(body)) {
                if (nameOf(el).equals("Heading")) {
                    int level = level(el);
                    divisions.tailMap(level, true).clear();
                    String heading = headingText(el);
                    if (!heading.isEmpty()) {
                        divisions.put(level, heading);
                    }
                    continue;
                }
                String number = text(child(el, "Label"), JC_SKIP);
                if (number.isEmpty()) {
                    continue;
                }
                String heading = text(child(el, "MarginalNote"), JC_SKIP);
                String bodyText = renderer.render(el, omit(child(el, "MarginalNote"), child(el, "Label")));
                law.add(sectionWord + " " + number, number, heading, bodyText, String.join(" — ", divisions.values()));
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

    /**
     * The long title, preamble ("Whereas…") and enacting formula: the law's statement of its own
     * purpose, one unit like the preamble of a law read from text. Absent when there is none of them.
     */
    private static void addPreamble(Element root, Element identification, String language, Renderer renderer, LawBuilder law) {
        String longTitle = identification == null ? "" : text(child(identification, "LongTitle"), JC_SKIP);
        Element introduction = child(root, "Introduction");
        String rest = introduction == null ? "" : renderer.render(introduction, Set.of());
        String body = (longTitle + "\n" + rest).strip();
        if (!body.isEmpty()) {
            String label = language.startsWith("fr") ? "Préambule" : "Preamble";
            law.add(label, PREAMBLE, "", body);
        }
    }

    private static final String PREAMBLE = "preamble";

    /** Body's Headings (Part, Division, group headings) and Sections in document order; a Section is not entered. */
    private static List<Element> headingsAndSections(Element body) {
        List<Element> out = new ArrayList<>();
        collectHeadingsAndSections(body, out);
        return out;
    }

    private static void collectHeadingsAndSections(Element parent, List<Element> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el) {
                String name = nameOf(el);
                if (name.equals("Heading") || name.equals("Section")) {
                    out.add(el);
                } else if (!name.equals("Schedule")) {
                    collectHeadingsAndSections(el, out);
                }
            }
        }
    }

    private static int level(Element heading) {
        try {
            return Integer.parseInt(heading.getAttribute("level").strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** "PART 1 Record Keeping, Verifying Identity…": the heading's label and title text. */
    private static String headingText(Element heading) {
        String label = text(child(heading, "Label"), JC_SKIP);
        String title = text(child(heading, "TitleText"), JC_SKIP);
        return (label + " " + title).strip();
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

}
