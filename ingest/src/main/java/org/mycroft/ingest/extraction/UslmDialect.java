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
 * USLM (US Code and public laws, namespace {@code …/uslm/…}): every {@code section} with {@code num},
 * {@code heading} and content; source credits and notes are left out.
 */
final class UslmDialect implements LawDialect {

    @Override
    public boolean announcedBy(String rootName, String namespace) {
        return namespace.contains("/uslm") || rootName.equals("uscDoc");
    }

    private static final Set<String> USLM_BLOCKS = Set.of("subsection", "paragraph", "subparagraph", "clause",
            "subclause", "item", "subitem", "subsubitem", "chapeau", "continuation", "content", "p", "heading",
            "subheading", "quotedContent", "tr", "li", "level", "proviso", "def", "table");
    private static final Set<String> USLM_SKIP = Set.of("meta", "notes", "note", "sourceCredit", "footnote", "ref:footnote",
            "toc", "img");
    private static final Set<String> USLM_SPACED = Set.of("num", "td", "th");

    @Override
    public StructuredLaw read(Element root) {
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

}
