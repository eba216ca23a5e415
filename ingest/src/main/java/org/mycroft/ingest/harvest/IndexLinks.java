package org.mycroft.ingest.harvest;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The document links of an index page: absolute, without fragment, http(s) only, on the same
 * host unless the source allows others, matching the source's pattern, not the page itself,
 * each once. Link text becomes the title when it says more than "PDF" or "download".
 */
final class IndexLinks {

    /** A document link and, when the link text is a real title, that title. */
    record Link(URI url, String title) {}

    private static final Pattern GENERIC_TEXT = Pattern.compile(
            "(?iu)(?:download|télécharger|telecharger|descargar|view|open|here|ici|aquí|aqui|click here|link|more|"
                    + "full text|texte intégral|texto completo|pdf|html?|xml|docx?|rtf|txt|[\\W\\d_]+)"
                    + "(?:\\s*[(\\[].*[)\\]])?");
    private static final int MAX_TITLE = 300;

    private IndexLinks() {}

    static List<Link> extract(Path html, URI page, HarvestSource source) throws IOException {
        Document doc = Jsoup.parse(html.toFile(), null, page.toString()); // honours <base href>
        Set<String> hosts = new HashSet<>(List.of(host(page), host(source.index()))); // the index may redirect to another host
        Map<URI, Link> links = new LinkedHashMap<>();
        for (Element a : doc.select("a[href]")) {
            URI url = absolute(a.absUrl("href"));
            if (url == null
                    || url.equals(page) || url.equals(source.index())
                    || (source.sameHost() && !hosts.contains(host(url)))
                    || (source.linkPattern() != null && !source.linkPattern().matcher(url.toString()).find())) {
                continue;
            }
            links.putIfAbsent(url, new Link(url, titleOf(a)));
        }
        return List.copyOf(links.values());
    }

    private static URI absolute(String href) {
        if (href.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(href.strip().replace(" ", "%20"));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return null;
            }
            String text = uri.toString();
            int hash = text.indexOf('#');
            return new URI(hash < 0 ? text : text.substring(0, hash)).normalize();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String titleOf(Element a) {
        for (String candidate : new String[] {a.text(), a.attr("title")}) {
            String text = candidate.replaceAll("\\s+", " ").strip();
            if (text.length() >= 4 && !GENERIC_TEXT.matcher(text).matches()) {
                return text.length() > MAX_TITLE ? text.substring(0, MAX_TITLE).strip() + "…" : text;
            }
        }
        return null;
    }

    private static String host(URI uri) {
        return uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    }
}
