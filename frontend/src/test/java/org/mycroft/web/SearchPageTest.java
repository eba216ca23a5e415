package org.mycroft.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The pages over real HTTP against the embedded Solr with the sample corpus indexed. */
class SearchPageTest extends PortalTestSupport {

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void homePageIsTheSearchPageWithSearchBoxFacetsAndEverythingNewestFirst() {
        Document home = page("/");

        assertThat(home.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(home.select("h1")).hasSize(1);
        assertThat(home.select("header, nav, main, footer")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(home.selectFirst("a.skip-link").attr("href")).isEqualTo("#main");
        Element input = home.selectFirst("form[role=search] input#q[name=q]");
        assertThat(input).isNotNull();
        assertThat(home.selectFirst("label[for=q]").text()).isEqualTo("Search terms");
        assertThat(total(home)).isGreaterThanOrEqualTo(34);
        assertThat(home.select("li.result")).hasSize(20);
        // Facets: headed lists of links with counts, for at least type, country, year and language.
        Set<String> facets = home.select("aside.facets section.facet h3").eachText().stream().collect(Collectors.toSet());
        assertThat(facets).contains("Document type", "Country", "Year", "Language");
        for (Element link : home.select("a.facet-link")) {
            assertThat(link.attr("href")).startsWith("/search?");
            assertThat(Long.parseLong(link.selectFirst(".count").text())).isPositive();
        }
        // No query: newest first, and the sort control says so.
        assertThat(home.selectFirst(".sort a[aria-current]").text()).isEqualTo("Newest");
        List<Integer> years = home.select("li.result .result-meta .meta-item").eachText().stream()
                .filter(t -> t.matches("\\d{4}")).map(Integer::valueOf).toList();
        assertThat(years).isNotEmpty().isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        // The JSON twin.
        assertThat(home.selectFirst("link[rel=alternate][type=application/json]").attr("href")).isEqualTo("/api/search?lang=en");
        // No script at all: the pages work without JavaScript.
        assertThat(home.select("script")).isEmpty();
    }

    @Test
    void theMainNavigationMarksSearchAsTheCurrentPageOnTheHomeAndResultsPages() {
        for (String path : List.of("/", "/search?q=" + q("mutual legal assistance"))) {
            assertThat(page(path).select("nav.main-nav a[aria-current=page]").eachAttr("href")).as(path)
                    .containsExactly("/search?lang=en");
        }
    }

    @Test
    void searchingHighlightsMatchesAndLinksEachResultToItsPage() {
        Document results = page("/search?q=" + q("mutual legal assistance"));

        assertThat(total(results)).isPositive();
        assertThat(results.selectFirst("input#q").val()).isEqualTo("mutual legal assistance");
        assertThat(results.title()).contains("mutual legal assistance");
        assertThat(results.select("li.result .snippet mark")).isNotEmpty();
        assertThat(results.selectFirst(".sort a[aria-current]").text()).isEqualTo("Relevance");
        for (Element title : results.select("li.result h3 a")) {
            assertThat(title.attr("href")).matches("/documents/[a-z0-9_\\-]+");
        }
        // Snippets contain text and <mark> only.
        for (Element snippet : results.select("li.result .snippet")) {
            assertThat(snippet.select("*:not(.snippet):not(mark)")).isEmpty();
        }
    }

    @Test
    void everyFacetLinkCountEqualsTheTotalAfterFollowingIt() {
        Document home = page("/");
        Elements groups = home.select("aside.facets section.facet");
        assertThat(groups).hasSizeGreaterThanOrEqualTo(4);
        for (Element group : groups) {
            Element link = group.selectFirst("a.facet-link");
            long count = Long.parseLong(link.selectFirst(".count").attr("data-count"));
            Document filtered = page(link.attr("href"));
            assertThat(total(filtered)).as("total after %s", link.attr("href")).isEqualTo(count);
            assertThat(filtered.select(".chips a.chip")).hasSize(1);
            assertThat(filtered.selectFirst(".chips a.chip").text()).contains(link.selectFirst(".facet-label").text());
            // The selected value is marked and its link removes the filter again.
            Element selected = filtered.selectFirst("a.facet-link.is-selected");
            assertThat(selected).isNotNull();
            assertThat(total(page(selected.attr("href")))).isEqualTo(total(home));
        }
    }

    @Test
    void aFacetWithMoreValuesThanListedLinksToThePageWithAllOfThem() {
        Document home = page("/");
        Element articles = home.selectFirst("section.facet[aria-labelledby=facet-articles]");
        int listed = articles.select("a.facet-link").size();
        Element all = articles.selectFirst("details.facet-more p.facet-all a");
        assertThat(all).as("link to every article value").isNotNull();
        assertThat(all.text()).isEqualTo("All values");
        assertThat(all.attr("href")).contains("more=articles").endsWith("#facet-articles");
        Document whole = page(all.attr("href").replaceFirst("#.*", ""));
        Element wholeArticles = whole.selectFirst("section.facet[aria-labelledby=facet-articles]");
        assertThat(wholeArticles.select("a.facet-link").size()).isGreaterThan(listed);
        assertThat(wholeArticles.selectFirst("p.facet-all")).isNull();
        assertThat(total(whole)).isEqualTo(total(home));
        // A facet whose every value is listed has no such link.
        assertThat(home.selectFirst("section.facet[aria-labelledby=facet-doc-type] p.facet-all")).isNull();
    }

    @Test
    void chipsRemoveOneFilterOrAll() {
        Document home = page("/");
        Document byType = page(home.selectFirst("#facet-doc-type ~ ul a.facet-link").attr("href"));
        long typeOnly = total(byType);
        Element country = byType.selectFirst("#facet-country ~ ul a.facet-link:not(.is-selected)");
        Document both = page(country.attr("href"));
        assertThat(both.select(".chips a.chip")).hasSize(2);
        assertThat(both.location()).contains("doc_type=").contains("country=");

        Element countryChip = both.select(".chips a.chip").stream()
                .filter(c -> c.text().contains(country.selectFirst(".facet-label").text())).findFirst().orElseThrow();
        assertThat(countryChip.selectFirst("[aria-hidden]").text()).isEqualTo("×");
        Document afterRemoval = page(countryChip.attr("href"));
        assertThat(afterRemoval.location()).doesNotContain("country=").contains("doc_type=");
        assertThat(total(afterRemoval)).isEqualTo(typeOnly);

        Document cleared = page(both.selectFirst(".chips a.chip-clear").attr("href"));
        assertThat(cleared.select(".chips")).isEmpty();
        assertThat(total(cleared)).isEqualTo(total(home));
    }

    @Test
    void secondPageContinuesTheFirst() {
        Document first = page("/search?size=5");
        Element next = first.selectFirst("nav.pagination a[rel=next]");
        assertThat(next.attr("href")).contains("page=2").contains("size=5");
        assertThat(first.selectFirst("nav.pagination a[aria-current=page]").text()).isEqualTo("1");
        assertThat(first.select("link[rel=prev]")).isEmpty();
        assertThat(first.selectFirst("link[rel=next]").attr("href")).isEqualTo(next.attr("href"));

        Document second = page(next.attr("href"));
        assertThat(second.selectFirst("nav.pagination a[aria-current=page]").text()).isEqualTo("2");
        assertThat(second.selectFirst("nav.pagination a[rel=prev]").attr("href")).isEqualTo("/search?size=5");
        assertThat(second.select("li.result")).hasSize(5);
        List<String> firstIds = first.select("li.result h3 a").eachAttr("href");
        List<String> secondIds = second.select("li.result h3 a").eachAttr("href");
        assertThat(secondIds).doesNotContainAnyElementsOf(firstIds);
        // Past the last page: a friendly message and a way back, not an error.
        Document beyond = page("/search?size=5&page=499");
        assertThat(beyond.select("li.result")).isEmpty();
        assertThat(beyond.selectFirst(".empty a").attr("href")).isEqualTo("/search?size=5");
    }

    @Test
    void frenchLabelsWithLangParameterWhichWinsOverAcceptLanguage() {
        Document fr = page("/?lang=fr", "Accept-Language", "es-ES,es;q=0.9");
        assertThat(fr.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(fr.selectFirst("h1").text()).isEqualTo("Rechercher dans la législation et la jurisprudence");
        assertThat(fr.selectFirst("label[for=q]").text()).isEqualTo("Termes de recherche");
        assertThat(fr.select("aside.facets h3").eachText()).contains("Pays", "Année", "Type de document");
        // Every link keeps the language; the switch marks French as current.
        assertThat(fr.select("a.facet-link").eachAttr("href")).allSatisfy(h -> assertThat(h).contains("lang=fr"));
        assertThat(fr.selectFirst(".lang-switch a[aria-current]").text()).isEqualTo("Français");
        assertThat(fr.selectFirst("form[role=search] input[type=hidden][name=lang]").val()).isEqualTo("fr");
        assertThat(fr.selectFirst("link[rel=alternate][type=application/json]").attr("href")).isEqualTo("/api/search?lang=fr");

        // Without ?lang, Accept-Language decides; facet labels follow the UI language.
        Document es = page("/", "Accept-Language", "es-ES,es;q=0.9,en;q=0.5");
        assertThat(es.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(es.selectFirst("label[for=q]").text()).isEqualTo("Términos de búsqueda");
        // An unsupported language falls back to English.
        assertThat(page("/", "Accept-Language", "de-DE").selectFirst("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void arabicPagesAreRightToLeftAndTheMenuOffersTheSixUnLanguages() {
        Document ar = page("/?lang=ar");
        assertThat(ar.selectFirst("html").attr("lang")).isEqualTo("ar");
        assertThat(ar.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(ar.selectFirst("label[for=q]").text()).isEqualTo("عبارات البحث");
        assertThat(ar.select("aside.facets h3").eachText()).contains("البلد", "السنة", "نوع الوثيقة");
        // The menu, in the UN order, each name in its own language and direction.
        Elements menu = ar.select(".lang-switch a");
        assertThat(menu.eachAttr("hreflang")).containsExactly("ar", "zh", "en", "fr", "ru", "es");
        assertThat(menu.eachText()).containsExactly("العربية", "中文", "English", "Français", "Русский", "Español");
        assertThat(menu.eachAttr("dir")).containsExactly("rtl", "ltr", "ltr", "ltr", "ltr", "ltr");
        // Facet values are labelled in Arabic too (States by their UN names).
        assertThat(ar.select("a.facet-link").eachAttr("href")).allSatisfy(h -> assertThat(h).contains("lang=ar"));
        assertThat(ar.select("aside.facets a.facet-link").eachText())
                .anySatisfy(t -> assertThat(t).contains("كندا"));
        // Results lead to the document in Arabic; a preamble is named in Arabic, whatever the law's language.
        assertThat(ar.select("li.result h3 a").eachAttr("href")).allSatisfy(h -> assertThat(h).endsWith("?lang=ar"));
        Document egypt = page("/search?lang=ar&country=EGY&sort=oldest");
        assertThat(egypt.select("li.result h3 a").eachText()).contains("الديباجة").doesNotContain("Preamble");
        // Content keeps its own language and direction inside the Arabic page.
        assertThat(ar.select("li.result h3 a[lang]")).allSatisfy(a -> assertThat(a.attr("dir")).isEqualTo("auto"));

        // Accept-Language picks Chinese and Russian; their pages are left to right.
        Document zh = page("/", "Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5");
        assertThat(zh.selectFirst("html").attr("lang")).isEqualTo("zh");
        assertThat(zh.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(zh.selectFirst("label[for=q]").text()).isEqualTo("搜索词");
        Document ru = page("/", "Accept-Language", "ru-RU");
        assertThat(ru.selectFirst("html").attr("lang")).isEqualTo("ru");
        assertThat(ru.selectFirst("button[type=submit]").text()).isEqualTo("Найти");
        assertThat(ru.selectFirst("link[rel=alternate][type=application/json]").attr("href")).isEqualTo("/api/search?lang=ru");
    }

    /** A query in Latin script inside an Arabic title is isolated, so it keeps its own direction. */
    @Test
    void textArgumentsAreBidiIsolatedInArabicOnly() {
        assertThat(page("/search?lang=ar&q=" + q("money laundering")).title())
                .startsWith("«\u2068money laundering\u2069»");
        assertThat(page("/search?lang=fr&q=" + q("money laundering")).title()).doesNotContain("\u2068");
    }

    @Test
    void languageSwitchKeepsTheSearchState() {
        Document page = page("/search?q=" + q("money laundering") + "&sort=newest");
        String french = page.select(".lang-switch a").stream().filter(a -> a.attr("hreflang").equals("fr"))
                .findFirst().orElseThrow().attr("href");
        assertThat(french).isEqualTo("/search?q=money+laundering&sort=newest&lang=fr");
        Document fr = page(french);
        assertThat(fr.selectFirst("input#q").val()).isEqualTo("money laundering");
        assertThat(fr.selectFirst(".sort a[aria-current]").text()).isEqualTo("Plus récents");
        assertThat(total(fr)).isEqualTo(total(page));
    }

    @ParameterizedTest
    @CsvSource({
        "size=100000, size",
        "page=-1, page",
        "articles=UNTOC-99, articles",
        "year=20x5, year",
        "sort=random, sort",
        "lang=de, lang",
        "country=Canada, country"})
    void invalidParametersGiveA400PageNamingTheParameter(String query, String parameter) {
        HttpResponse<String> response = get("/search?" + query);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("Invalid request");
        assertThat(page.selectFirst(".error-page").text()).contains("The value of the parameter “" + parameter + "” is not valid.");
        assertThat(page.selectFirst(".error-detail [lang=en]").text()).contains(parameter);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void badRequestPageSpeaksTheUiLanguageAndNamesUnknownParameters() {
        HttpResponse<String> fr = get("/search?lang=fr&year=20x5");
        assertThat(fr.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(fr.body());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(page.selectFirst(".error-page").text())
                .contains("La valeur du paramètre « year » n’est pas valide.")
                .contains("Une année s’écrit avec quatre chiffres");

        HttpResponse<String> unknown = get("/search?colour=blue");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(unknown.body()).selectFirst(".error-page").text())
                .contains("The parameter “colour” is not recognised.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{!xmlparser v='<!DOCTYPE a SYSTEM \"http://127.0.0.1:1/x\"><a></a>'}", "\"unbalanced ( [",
            "title:* OR id:*", "*:*", "\\", "<script>alert(1)</script>"})
    void hostileQueriesAreSearchedAsTextNeverA500(String hostile) {
        HttpResponse<String> response = get("/search?q=" + q(hostile));
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("input#q").val()).isEqualTo(hostile);
        assertThat(response.body()).doesNotContain("<script>alert(1)");
    }

    @Test
    void documentPageEscapesTextAndMetadata() {
        HttpResponse<String> response = get("/documents/" + TestPortalApplication.ESCAPING_DOCUMENT);
        assertThat(response.statusCode()).isEqualTo(200);
        String html = response.body();
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script")
                .doesNotContain("<img src=x")
                .doesNotContain("<em>test</em>")
                .doesNotContain("<b>written</b>")
                .doesNotContain("<i>Tests</i>")
                .doesNotContain("href=\"javascript:");
        Document page = Jsoup.parse(html);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Escaping <em>test</em> & <script>alert(2)</script>");
        assertThat(page.select(".doc-text p").eachText()).contains(
                "The seized telephone held the note <script>alert(1)</script> next to a draft request for mutual legal assistance.");
        // Paragraphs preserved.
        assertThat(page.select(".doc-text p")).hasSizeGreaterThanOrEqualTo(3);
        // A non-web source URL is shown as text, never as a link.
        assertThat(page.select("a.external")).isEmpty();
        assertThat(page.selectFirst(".source-text").text()).isEqualTo("javascript:alert(3)");
        assertThat(page.selectFirst(".notice").text()).contains("Test document <b>written</b> for the frontend tests.");
        assertThat(page.selectFirst("dl.meta").text()).contains("Canada", "France", "Court of <i>Tests</i>", "2021-03-04");
        assertThat(page.selectFirst("link[rel=alternate][type=application/json]").attr("href"))
                .isEqualTo("/api/documents/" + TestPortalApplication.ESCAPING_DOCUMENT);
        // Search results escape the same text; the snippet keeps only <mark>.
        Document results = page("/search?q=" + q("seized telephone note"));
        assertThat(results.select("li.result h3 a").eachText()).contains("Escaping <em>test</em> & <script>alert(2)</script>");
        assertThat(results.select("li.result .snippet script, li.result .snippet em")).isEmpty();
    }

    @Test
    void provisionPageShowsItsLawContentsAndMetadata() {
        Document laws = page("/search?doc_type=legislation&size=50");
        Element provision = laws.select("li.result").stream()
                .filter(r -> r.selectFirst(".result-parent") != null).findFirst().orElseThrow();
        Document page = page(provision.selectFirst("h3 a").attr("href"));

        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.selectFirst("h1").text()).isEqualTo(provision.selectFirst("h3 a").text());
        assertThat(page.select(".doc-text p")).isNotEmpty();
        assertThat(page.selectFirst("dl.meta").text()).contains("Type", "Country");
        Elements contents = page.select("nav.toc li a");
        assertThat(contents).hasSizeGreaterThan(1);
        assertThat(page.select("nav.toc a[aria-current=page]")).hasSize(1);
        assertThat(page.selectFirst("nav.toc a[aria-current=page]").attr("href")).isEqualTo(page.location().replace(base(), ""));
        assertThat(page.selectFirst("link[rel=alternate][type=application/json]").attr("href")).startsWith("/api/documents/");
    }

    @Test
    void casePagesLabelTheCooperationFields() {
        Document cases = page("/search?doc_type=case&size=50");
        int checked = 0;
        for (String href : cases.select("li.result h3 a").eachAttr("href")) {
            if (href.endsWith(TestPortalApplication.ESCAPING_DOCUMENT)) {
                continue;
            }
            Document page = page(href);
            // A sample case says it is a summary by the team; a curated case says where it comes from instead.
            assertThat(page.select(".notice, #provenance")).as("notice or provenance of %s", href).isNotEmpty();
            for (Element dt : page.select("dl.meta dt")) {
                String value = dt.nextElementSibling().text();
                switch (dt.text()) {
                    case "Outcome" -> {
                        assertThat(value).isIn("Granted", "Partly granted", "Refused", "Pending", "Withdrawn");
                        checked++;
                    }
                    case "Form of cooperation", "Legal basis" -> assertThat(value).as(dt.text()).doesNotContain("-");
                    default -> { }
                }
            }
        }
        assertThat(checked).as("cases with an outcome").isPositive();
    }

    @Test
    void documentInAnotherLanguageCarriesItsLangAttribute() {
        Document french = page("/search?language=fr");
        assertThat(total(french)).isPositive();
        Element hit = french.selectFirst("li.result h3 a");
        assertThat(hit.attr("lang")).isEqualTo("fr");
        Document page = page(hit.attr("href"));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst(".doc-text").attr("lang")).isEqualTo("fr");
        // Seen in French, the same text needs no lang attribute.
        Document inFrench = page(hit.attr("href") + "?lang=fr");
        assertThat(inFrench.selectFirst(".doc-text").hasAttr("lang")).isFalse();
        assertThat(inFrench.selectFirst("html").attr("lang")).isEqualTo("fr");
    }

    @Test
    void taggedDocumentsExplainTheirTags() {
        Document tagged = page("/search?q=" + q("mutual legal assistance"));
        Document doc = null;
        for (String href : tagged.select("li.result h3 a").eachAttr("href")) {
            Document candidate = page(href);
            if (!candidate.select(".doc-tags details.evidence").isEmpty()) {
                doc = candidate;
                break;
            }
        }
        assertThat(doc).as("a result with tag evidence").isNotNull();
        Element evidence = doc.selectFirst(".doc-tags details.evidence");
        assertThat(evidence.selectFirst("blockquote").text()).isNotBlank();
        assertThat(evidence.selectFirst(".evidence-rule code").text()).isNotBlank();
        // Each tag links to the search for everything carrying it.
        Element tag = evidence.parent().selectFirst("a.badge");
        Document same = page(tag.attr("href"));
        assertThat(total(same)).isPositive();
        assertThat(same.select(".chips a.chip")).hasSize(1);
    }

    @Test
    void unknownDocumentsAndPagesAreLocalized404s() {
        HttpResponse<String> missing = get("/documents/no-such-document");
        assertThat(missing.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(missing.body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
        assertThat(page.selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("/css/mycroft.css");

        HttpResponse<String> unknownPath = get("/no/such/page?lang=es");
        assertThat(unknownPath.statusCode()).isEqualTo(404);
        Document es = Jsoup.parse(unknownPath.body());
        assertThat(es.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(es.selectFirst("h1").text()).isEqualTo("Página no encontrada");

        HttpResponse<String> badId = get("/documents/Not%20An%20Id");
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(badId.body()).selectFirst(".error-page").text()).contains("“id”");
    }

    /**
     * A law's short title only mentions its subject: the page lists it apart, says why it is not
     * counted, and links to the search for that mention; an operative section shows that its tag
     * comes from the title of the Act.
     */
    @Test
    void mentionsAreListedApartAndInheritedTagsSayTheyComeFromTheTitle() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var hits = json.readTree(get("/api/search?doc_type=legislation&size=100&mentions=mutual-legal-assistance", "Accept", "application/json").body());
        assertThat(hits.get("total").asLong()).as("a sample provision mentioning MLA").isPositive();
        Document mentioning = page(hits.get("results").get(0).get("url").asText());
        Element group = mentioning.select(".doc-tags h3").stream().filter(h -> h.text().equals("Named in passing"))
                .findFirst().orElseThrow();
        assertThat(group.nextElementSibling().text()).contains("do not count");
        Element badge = mentioning.selectFirst(".doc-tags a.badge[data-tag=mutual-legal-assistance]");
        assertThat(badge.attr("href")).contains("mentions=mutual-legal-assistance");
        assertThat(total(page(badge.attr("href")))).isEqualTo(hits.get("total").asLong());

        var operative = json.readTree(get("/api/search?doc_type=legislation&size=100&cross_cutting=mutual-legal-assistance", "Accept", "application/json").body());
        Element origin = null;
        for (var hit : operative.get("results")) {
            origin = page(hit.get("url").asText()).selectFirst(".doc-tags .evidence-origin");
            if (origin != null) {
                break;
            }
        }
        assertThat(origin).as("a provision whose MLA tag comes from its law's title").isNotNull();
        assertThat(origin.text()).isEqualTo("From the title of the Act:");
    }

    @Test
    void jsonTwinAnswersTheSameSearch() {
        Document page = page("/search?q=" + q("money laundering") + "&doc_type=legislation");
        String twin = page.selectFirst("link[rel=alternate][type=application/json]").attr("href");
        assertThat(twin).startsWith("/api/search?").contains("doc_type=legislation");
        HttpResponse<String> json = get(twin, "Accept", "application/json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"total\":" + total(page));
    }

    @Test
    void pagesSendSecurityHeaders() {
        HttpResponse<String> response = get("/");
        assertThat(response.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'").contains("script-src 'self'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(get("/css/mycroft.css").statusCode()).isEqualTo(200);
    }
}
