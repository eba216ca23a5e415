package org.mycroft.ingest.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mycroft.ingest.extraction.StructuredLawReader.StructuredLaw;
import org.mycroft.ingest.segmentation.Provision;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** What the XML dialects share: provision labels, language codes, building the law, rendering and DOM walking. */
final class LawXml {

    private LawXml() {}

    // ---------------------------------------------------------------- labels

    record Label(String label, String number) {}

    static final Pattern NUM = Pattern.compile(
            "^(?:(?<word>§+|\\p{L}+\\.?)\\s+|(?<para>§+))?(?<number>[0-9IVXLCivxlc]+[\\p{L}]?(?:[.\\-–:/][0-9]+[\\p{L}]?)*"
                    + "(?:\\s+(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies))?)[.:)]?\\s*$");

    /** "Art. 5." -> Article 5; "5" in an article -> Article 5 (Artículo 5 in Spanish…); "§ 1591." -> § 1591. */
    static Label label(String numText, String fallback, String kind, String language) {
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

    static String defaultWord(String kind, String language) {
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

    static final Map<String, String> ISO3_TO_ISO1 = new HashMap<>();

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
    static final class LawBuilder {
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
            add(label, number, heading, body, "");
        }

        /** @param division the Part / Division headings the provision sits under, outermost first, joined by " — " */
        void add(String label, String number, String heading, String body, String division) {
            String headingLine = heading.isEmpty() ? label : label + ". " + heading;
            String full = body.isBlank() ? headingLine : headingLine + "\n" + body.strip();
            int offset = text.length();
            text.append(full).append("\n\n");
            provisions.add(new Provision(label, number, heading, full, offset, division));
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
    record Renderer(Set<String> blocks, Set<String> skip, Set<String> spaced) {

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

    static String tidy(String s) {
        return s.replaceAll("[\\p{Zs}\\t\\r\\f\\x0B\\u200B]+", " ").replaceAll(" *\n *", "\n")
                .replaceAll("\n{2,}", "\n").replaceAll(" ([,.;:)])", "$1").strip();
    }

    // ---------------------------------------------------------------- DOM helpers (by local name)

    static String nameOf(Node n) {
        return n.getLocalName() == null ? n.getNodeName() : n.getLocalName();
    }

    static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el && nameOf(el).equals(name)) {
                return el;
            }
        }
        return null;
    }

    static Element firstChildElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el) {
                return el;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el && nameOf(el).equals(name)) {
                out.add(el);
            }
        }
        return out;
    }

    /** Elements named {@code name} under {@code scope}, not looking inside a match or a {@code stop} element. */
    static List<Element> descendants(Element scope, String name, Set<String> stop) {
        List<Element> out = new ArrayList<>();
        collect(scope, name, stop, out);
        return out;
    }

    static void collect(Element parent, String name, Set<String> stop, List<Element> out) {
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

    static Element descendant(Element scope, String name) {
        List<Element> found = descendants(scope, name, Set.of());
        return found.isEmpty() ? null : found.getFirst();
    }

    static Element firstDescendant(Element scope, List<String> names, Set<String> stop) {
        for (String name : names) {
            List<Element> found = descendants(scope, name, stop);
            if (!found.isEmpty()) {
                return found.getFirst();
            }
        }
        return null;
    }

    static String text(Element el) {
        return text(el, Set.of());
    }

    static String text(Element el, Set<String> skip) {
        if (el == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        appendText(el, skip, out);
        return out.toString().replaceAll("[\\s\\p{Zs}\\u200B]+", " ").strip();
    }

    static void appendText(Node node, Set<String> skip, StringBuilder out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(n.getNodeValue());
            } else if (n instanceof Element el && !skip.contains(nameOf(el))) {
                appendText(el, skip, out);
            }
        }
    }

    /** The elements left out of a rendering (number and heading, shown separately); nulls ignored. */
    static Set<Element> omit(Element... elements) {
        Set<Element> out = new HashSet<>();
        for (Element e : elements) {
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
