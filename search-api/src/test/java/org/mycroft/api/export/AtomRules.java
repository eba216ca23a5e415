package org.mycroft.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * The MUST rules of RFC 4287 (Atom) a feed reader relies on, checked on the XML itself: Rome's
 * parser is lenient and would read a feed missing them. Namespace-aware, so a feed in the wrong
 * namespace fails too.
 */
final class AtomRules {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomRules() {}

    static void assertValid(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        Element feed = doc.getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        // 4.1.1: exactly one id, title and updated; an author unless every entry has one.
        assertOne(feed, "id");
        assertOne(feed, "title");
        assertDate(text(assertOne(feed, "updated")));
        List<Element> entries = children(feed, "entry");
        boolean feedAuthor = !children(feed, "author").isEmpty();
        Set<String> ids = new HashSet<>();
        for (Element entry : entries) {
            // 4.1.2: exactly one id, title and updated; content or an alternate link; ids unique in the feed.
            String id = text(assertOne(entry, "id"));
            assertThat(id).as("entry id is an IRI").matches("[a-z][a-z0-9+.-]*:.+");
            assertThat(ids.add(id)).as("unique entry id %s", id).isTrue();
            assertOne(entry, "title");
            assertDate(text(assertOne(entry, "updated")));
            boolean alternate = children(entry, "link").stream()
                    .anyMatch(l -> l.getAttribute("rel").isEmpty() || "alternate".equals(l.getAttribute("rel")));
            assertThat(alternate || !children(entry, "content").isEmpty()).as("content or alternate link of %s", id).isTrue();
            children(entry, "link").forEach(l -> assertThat(l.getAttribute("href")).as("link href of %s", id).isNotBlank());
            assertThat(feedAuthor || !children(entry, "author").isEmpty()).as("author of %s", id).isTrue();
        }
    }

    private static Element assertOne(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as("atom:%s in atom:%s", name, parent.getLocalName()).hasSize(1);
        return found.getFirst();
    }

    private static void assertDate(String value) {
        // 3.3: an RFC 3339 date-time, upper-case T and Z allowed.
        assertThat(OffsetDateTime.parse(value)).as(value).isNotNull();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element e) {
        return e.getTextContent().strip();
    }
}
