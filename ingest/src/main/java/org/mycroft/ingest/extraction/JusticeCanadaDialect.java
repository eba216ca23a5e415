package org.mycroft.ingest.extraction;

import static org.mycroft.ingest.extraction.LawXml.*;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import org.mycroft.ingest.extraction.LawXml.Label;
import org.mycroft.ingest.extraction.LawXml.LawBuilder;
import org.mycroft.ingest.extraction.LawXml.Renderer;
import org.mycroft.ingest.extraction.StructuredLawReader.StructuredLaw;
import org.w3c.dom.Element;

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

}
