package org.mycroft.ingest.extraction;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Makes document HTML safe to show to users: only basic formatting, headings, lists, tables and
 * links survive. Scripts, styles, frames, forms, event handlers ({@code onclick}…) and
 * {@code javascript:}/{@code data:} URLs are removed; every link gets
 * {@code rel="nofollow noopener"}. Use it on any HTML that came from a document before it is
 * written into a page.
 */
public final class HtmlSanitizer {

    /** Base used only to validate relative links; never appears in the output. */
    private static final String VALIDATION_BASE = "https://mycroft.invalid/";

    private static final Safelist SAFELIST = Safelist.basic()
            .addTags("h1", "h2", "h3", "h4", "h5", "h6", "hr", "div", "section", "article", "abbr", "s", "del", "ins",
                    "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td")
            .addAttributes("th", "colspan", "rowspan", "scope")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("col", "span")
            .addAttributes("colgroup", "span")
            .addAttributes("abbr", "title")
            .addAttributes("ol", "start", "type")
            .addAttributes(":all", "lang")
            .addEnforcedAttribute("a", "rel", "nofollow noopener")
            .preserveRelativeLinks(true);

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private HtmlSanitizer() {}

    /** The safe subset of {@code html} (a fragment or a whole page; only the body is kept). */
    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Jsoup.clean(html, VALIDATION_BASE, SAFELIST, OUTPUT);
    }
}
