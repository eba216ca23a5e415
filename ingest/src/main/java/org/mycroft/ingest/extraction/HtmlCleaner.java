package org.mycroft.ingest.extraction;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML page into the text of its content: navigation, scripts, styles, forms and
 * page chrome are dropped; every block (heading, paragraph, list item) becomes its own line so
 * that headings such as "Article 5" stay splittable.
 */
public final class HtmlCleaner {

    private static final String CHROME = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, object, embed, svg, button, select, [role=navigation], [aria-hidden=true], "
            // "Skip to content" links sit outside <nav> on accessible pages
            + "a.skip-link, a.skip, a[href=#main], a[href=#content], a[href=#main-content]";

    public record CleanHtml(String title, String text, String language) {}

    public CleanHtml clean(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        String title = doc.title().isBlank() ? firstHeading(doc) : doc.title().strip();
        String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
        doc.select(CHROME).remove();
        Element body = doc.body() == null ? doc : doc.body();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new BlockTextVisitor(out), body);
        String text = out.toString().replaceAll("[ \\t\\x0B\\f\\r]+", " ")
                .replaceAll(" *\n *", "\n").replaceAll("\n{3,}", "\n\n").strip();
        return new CleanHtml(title, text, lang);
    }

    private static String firstHeading(Document doc) {
        Element h = doc.selectFirst("h1, h2");
        return h == null ? "" : h.text();
    }

    private record BlockTextVisitor(StringBuilder out) implements NodeVisitor {
        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                out.append(text.text());
            } else if (node instanceof Element el && (el.isBlock() || el.nameIs("br"))) {
                out.append('\n');
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element el && el.isBlock()) {
                out.append('\n');
            }
        }
    }
}
