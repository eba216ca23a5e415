package org.mycroft.ingest.extraction;

import static org.mycroft.ingest.extraction.LawXml.*;

import java.util.List;
import java.util.Set;
import org.mycroft.ingest.extraction.LawXml.Label;
import org.mycroft.ingest.extraction.LawXml.LawBuilder;
import org.mycroft.ingest.extraction.LawXml.Renderer;
import org.mycroft.ingest.extraction.StructuredLawReader.StructuredLaw;
import org.w3c.dom.Element;

/**
 * Akoma Ntoso (root {@code akomaNtoso}): the {@code article}s of the body (else its {@code section}s)
 * with {@code num}, {@code heading} and content; amending text quoted in {@code mod}/{@code quotedStructure}
 * stays inside its provision.
 */
final class AkomaNtosoDialect implements LawDialect {

    @Override
    public boolean announcedBy(String rootName, String namespace) {
        return rootName.equals("akomaNtoso");
    }

    private static final Set<String> AKN_BLOCKS = Set.of("paragraph", "subparagraph", "subsection", "point", "list",
            "item", "intro", "wrapUp", "listIntroduction", "listWrapUp", "p", "blockList", "tr", "li", "clause",
            "subclause", "alinea", "indent", "heading", "subheading", "crossHeading", "hcontainer", "level",
            "blockContainer", "quotedStructure", "table", "citation", "recital", "rule", "subrule", "proviso");
    private static final Set<String> AKN_SKIP = Set.of("meta", "authorialNote", "noteRef", "eol", "eop", "img",
            "componentRef");
    private static final Set<String> AKN_SPACED = Set.of("num", "td", "th");
    private static final Set<String> AKN_QUOTED = Set.of("quotedStructure", "embeddedStructure", "mod", "quotedText");

    @Override
    public StructuredLaw read(Element root) {
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

}
