package org.mycroft.samples;

import java.util.Map;

import org.mycroft.core.taxonomy.UiLanguages;
import org.mycroft.samples.SourceDocument.Block;
import org.mycroft.samples.SourceDocument.Kind;

/**
 * Renders a source as a complete HTML page the way a government or court site would serve it:
 * charset, title, a site navigation menu, the document in {@code <main>} ({@code <h1>} title, one
 * {@code <section>} with an {@code <h2>} per provision or case section), a footer and a script. The
 * nav, footer and script are page chrome the ingester is expected to clean away.
 */
final class HtmlRenderer {

    private static final Map<String, String[]> NAV = Map.of(
            "en", new String[] {"Home", "Legislation", "Case law", "About", "Skip to content", "Sample corpus"},
            "fr", new String[] {"Accueil", "Législation", "Jurisprudence", "À propos", "Aller au contenu", "Corpus d'exemple"},
            "es", new String[] {"Inicio", "Legislación", "Jurisprudencia", "Acerca de", "Ir al contenido", "Corpus de ejemplo"},
            "ar", new String[] {"الرئيسية", "التشريعات", "السوابق القضائية", "حول", "الانتقال إلى المحتوى", "مجموعة نماذج"},
            "zh", new String[] {"首页", "立法", "判例", "关于", "跳至内容", "示例集"},
            "ru", new String[] {"Главная", "Законодательство", "Судебная практика", "О проекте", "Перейти к содержанию", "Примеры документов"});

    String render(SourceDocument doc) {
        String lang = doc.language();
        String[] nav = NAV.getOrDefault(lang, NAV.get("en"));
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append(UiLanguages.rightToLeft(lang) ? "\" dir=\"rtl" : "")
                .append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(doc.title())).append("</title>\n")
                .append("<meta name=\"description\" content=\"").append(esc(doc.notice())).append("\">\n")
                .append("<meta name=\"author\" content=\"Mycroft team\">\n");
        String url = doc.string("source_url");
        if (url != null) {
            h.append("<link rel=\"alternate\" href=\"").append(esc(url)).append("\">\n");
        }
        h.append("<style>\n")
                .append("body{font-family:system-ui,sans-serif;max-width:46rem;margin:0 auto;padding:0 1rem;line-height:1.5}\n")
                .append("nav ul{list-style:none;display:flex;gap:1rem;padding:0}\n")
                .append(".notice{font-style:italic;font-size:.9rem;border-left:3px solid #999;padding-left:.5rem}\n")
                .append("</style>\n</head>\n<body>\n")
                .append("<a class=\"skip\" href=\"#content\">").append(esc(nav[4])).append("</a>\n")
                .append("<nav aria-label=\"").append(esc(nav[5])).append("\">\n<ul>\n")
                .append("<li><a href=\"/\">").append(esc(nav[0])).append("</a></li>\n")
                .append("<li><a href=\"/legislation\">").append(esc(nav[1])).append("</a></li>\n")
                .append("<li><a href=\"/cases\">").append(esc(nav[2])).append("</a></li>\n")
                .append("<li><a href=\"/about\">").append(esc(nav[3])).append("</a></li>\n")
                .append("</ul>\n</nav>\n")
                .append("<main id=\"content\">\n<article>\n");

        boolean first = true;
        boolean inSection = false;
        boolean inList = false;
        for (Block b : doc.blocks()) {
            if (inList && b.kind() != Kind.LIST_ITEM) {
                h.append("</ul>\n");
                inList = false;
            }
            switch (b.kind()) {
                case TITLE -> h.append("<h1>").append(esc(b.text())).append("</h1>\n");
                case HEADING -> {
                    if (inSection) {
                        h.append("</section>\n");
                    }
                    h.append("<section>\n<h2>").append(esc(b.text())).append("</h2>\n");
                    inSection = true;
                }
                case PARAGRAPH -> h.append(first ? "<p class=\"notice\">" : "<p>")
                        .append(esc(b.text())).append("</p>\n");
                case LIST_ITEM -> {
                    if (!inList) {
                        h.append("<ul>\n");
                        inList = true;
                    }
                    h.append("<li>").append(esc(b.text())).append("</li>\n");
                }
            }
            first = false;
        }
        if (inList) {
            h.append("</ul>\n");
        }
        if (inSection) {
            h.append("</section>\n");
        }
        h.append("</article>\n</main>\n")
                .append("<footer><p>Mycroft sample corpus · ").append(esc(doc.string("licence")))
                .append("</p></footer>\n")
                .append("<script>\n")
                .append("document.querySelectorAll('nav a').forEach(function (a) {\n")
                .append("  if (a.getAttribute('href') === location.pathname) { a.setAttribute('aria-current', 'page'); }\n")
                .append("});\n")
                .append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
