package org.mycroft.web.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mycroft.web.PortalTestSupport;

/**
 * The workbench pages (articles, one article, compare, coverage, country profile) over real HTTP
 * against the indexed samples: each page shows the same numbers as its JSON twin, uses real table
 * markup, keeps the language, and answers bad input with a 400 or 404 page, never a 500.
 */
class WorkbenchPagesTest extends PortalTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path, "Accept", "application/json");
        assertThat(response.statusCode()).as("%s -> %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void articlesPageShowsTheNumbersOfItsJsonTwinInOneTablePerInstrument() throws Exception {
        Document page = page("/articles");
        assertThat(page.select("h1")).hasSize(1);
        String twin = page.selectFirst("link[rel=alternate][type=application/json]").attr("href");
        assertThat(twin).isEqualTo("/api/articles?lang=en");
        JsonNode api = json(twin);
        Elements tables = page.select("table.articles-table");
        assertThat(tables).hasSize(4);
        int rows = 0;
        for (JsonNode instrument : api.get("instruments")) {
            for (JsonNode a : instrument.get("articles")) {
                Element row = page.selectFirst("tr[data-article=" + a.get("id").asText() + "]");
                assertThat(row).as(a.get("id").asText()).isNotNull();
                assertThat(row.selectFirst("[data-count=provisions]").text()).isEqualTo(a.get("provision_count").asText());
                assertThat(row.selectFirst("[data-count=states]").text()).isEqualTo(a.get("state_count").asText());
                assertThat(row.selectFirst("[data-count=cases]").text()).isEqualTo(a.get("case_count").asText());
                assertThat(row.selectFirst("td a").text()).isEqualTo(a.get("title").asText());
                rows++;
            }
        }
        assertThat(rows).isEqualTo(41 + 20 + 25 + 21);
        for (Element table : tables) {
            assertThat(table.selectFirst("caption").text()).isNotBlank();
            assertThat(table.select("thead th[scope=col]")).hasSize(6);
            assertThat(table.select("tbody th[scope=row]")).isNotEmpty();
        }
        assertThat(page.select("script")).isEmpty();
        assertThat(page.selectFirst("nav.main-nav a[aria-current=page]").attr("href")).isEqualTo("/articles?lang=en");
    }

    @Test
    void articlesPageSpeaksFrenchAndSpanish() {
        Document fr = page("/articles?lang=fr");
        assertThat(fr.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(fr.selectFirst("h1").text()).isEqualTo("Articles de la Convention et de ses Protocoles");
        assertThat(fr.selectFirst("tr[data-article=UNTOC-5] td a").attr("href")).isEqualTo("/articles/UNTOC-5?lang=fr");
        Document es = page("/articles", "Accept-Language", "es-ES,es;q=0.9");
        assertThat(es.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(es.select("nav.main-nav a").eachText()).containsExactly("Búsqueda", "Artículos", "Comparar", "Cobertura", "Estadísticas");
    }

    @Test
    void oneArticlePageListsProvisionsByStateAndCasesWithTheNumbersOfItsTwin() throws Exception {
        Document page = page("/articles/UNTOC-5");
        JsonNode api = json("/api/articles/UNTOC-5?lang=en");
        assertThat(page.selectFirst("h1").text()).isEqualTo(api.get("label").asText());
        assertThat(page.selectFirst("dd[data-count=provisions]").text()).isEqualTo(api.get("provision_count").asText());
        assertThat(page.selectFirst("dd[data-count=states]").text()).isEqualTo(api.get("state_count").asText());
        assertThat(page.selectFirst("dd[data-count=cases]").text()).isEqualTo(api.get("case_count").asText());
        List<String> states = page.select("section.state-group").eachAttr("data-country");
        List<String> expected = new ArrayList<>();
        api.get("states").forEach(s -> expected.add(s.get("country").asText()));
        assertThat(states).isEqualTo(expected).contains("CAN", "FRA", "ESP");
        for (JsonNode s : api.get("states")) {
            Element group = page.selectFirst("section.state-group[data-country=" + s.get("country").asText() + "]");
            assertThat(group.select(".provision-list li")).hasSize(s.get("provisions").size());
            assertThat(group.selectFirst(".count-badge").attr("data-count")).isEqualTo(s.get("provision_count").asText());
        }
        assertThat(page.select(".case-list li")).hasSize(api.get("cases").size());
        // French and Spanish law titles are marked as such on an English page.
        Element fra = page.selectFirst("section.state-group[data-country=FRA] .provision-law");
        assertThat(fra.attr("lang")).isEqualTo("fr");
        assertThat(page.selectFirst("a.button-link").attr("href")).startsWith("/compare?article=UNTOC-5&country=");
    }

    @Test
    void comparePageHasOneColumnPerStateWithHighlightedEvidenceAndTheNumbersOfItsTwin() throws Exception {
        Document page = page("/compare?article=UNTOC-5&country=FRA&country=ESP&country=CAN");
        JsonNode api = json("/api/compare?article=UNTOC-5&country=FRA&country=ESP&country=CAN&lang=en");
        Element table = page.selectFirst("table.compare-table");
        assertThat(table.selectFirst("caption").text()).contains(api.get("article_label").asText());
        assertThat(table.select("thead th[scope=col]").eachAttr("data-country")).containsExactly("FRA", "ESP", "CAN");
        int marks = 0;
        for (JsonNode column : api.get("columns")) {
            String iso3 = column.get("country").asText();
            Element th = table.selectFirst("th[data-country=" + iso3 + "]");
            assertThat(th.selectFirst(".count-badge").attr("data-count")).isEqualTo(column.get("provision_count").asText());
            Element cell = table.selectFirst("td[data-country=" + iso3 + "]");
            assertThat(cell.attr("headers")).isEqualTo(th.id());
            assertThat(cell.select("article.provision")).hasSize(column.get("provisions").size());
            for (JsonNode p : column.get("provisions")) {
                Element provision = cell.selectFirst("article.provision[data-id=" + p.get("id").asText() + "]");
                Element text = provision.selectFirst(".provision-text");
                assertThat(text.wholeText()).isEqualTo(p.get("text").asText());
                List<String> passages = new ArrayList<>();
                p.get("highlights").forEach(h -> passages.add(h.get("passage").asText()));
                for (Element mark : text.select("mark")) {
                    assertThat(passages.stream().anyMatch(x -> x.contains(mark.text()) || mark.text().contains(x))).isTrue();
                    marks++;
                }
                assertThat(text.children().stream().allMatch(e -> e.tagName().equals("mark"))).isTrue();
            }
        }
        assertThat(marks).isPositive();
        assertThat(page.selectFirst("td[data-country=FRA] .provision-text").attr("lang")).isEqualTo("fr");
        assertThat(page.selectFirst("td[data-country=ESP] .provision-text").attr("lang")).isEqualTo("es");
        assertThat(page.selectFirst("td[data-country=CAN] .provision-text").hasAttr("lang")).isFalse();
        // Exports of what is on screen, and a shareable URL.
        assertThat(page.selectFirst(".export-links a[type=text/csv]").attr("href"))
                .isEqualTo("/compare.csv?article=UNTOC-5&country=FRA&country=ESP&country=CAN&lang=en");
        assertThat(page.selectFirst("link[rel=alternate][type=application/json]").attr("href"))
                .isEqualTo("/api/compare?article=UNTOC-5&country=FRA&country=ESP&country=CAN&lang=en");
        HttpResponse<String> csv = get("/compare.csv?article=UNTOC-5&country=FRA&country=ESP&country=CAN&lang=en", "Accept", "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\"country\",\"state\",\"article\"");
        // The form: the chosen States as checked boxes, a datalist of every other State, a region select.
        assertThat(page.select("form.compare-form input[type=checkbox][name=country][checked]").eachAttr("value"))
                .containsExactly("FRA", "ESP", "CAN");
        assertThat(page.select("datalist#state-names option")).hasSizeGreaterThan(190);
        assertThat(page.selectFirst("select#article option[selected]").val()).isEqualTo("UNTOC-5");
        assertThat(page.select("script")).isEmpty();
    }

    @Test
    void aStateWithoutProvisionsGetsAnHonestCellAndARegionListsTheRest() {
        Document page = page("/compare?article=UNTOC-5&country=CAN&country=JPN");
        Element japan = page.selectFirst("td[data-country=JPN]");
        assertThat(japan.hasClass("no-provision")).isTrue();
        assertThat(japan.selectFirst(".none").text()).isEqualTo("No provision indexed for Japan under this article.");
        Document region = page("/compare?article=UNTOC-5&region=latin-american-caribbean");
        assertThat(region.select("section.without li")).hasSizeGreaterThan(25);
        assertThat(region.select("table.compare-table thead th").eachAttr("data-country")).contains("ARG", "COL");
        // The only African law in the samples implementing art. 5 is Egypt's (fictional, in Arabic):
        // one column, every other State listed as without.
        Document africa = page("/compare?article=UNTOC-5&region=african");
        assertThat(africa.select("table.compare-table thead th").eachAttr("data-country")).containsExactly("EGY");
        assertThat(africa.select("section.without li")).hasSizeGreaterThan(50);
    }

    @Test
    void namesAndBlankFieldsRedirectToTheCanonicalShareableUrl() {
        HttpResponse<String> response = get("/compare?article=UNTOC-5&country=FRA&country=" + enc("España") + "&country=&region=");
        assertThat(response.statusCode()).isBetween(302, 303);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/compare?article=UNTOC-5&country=FRA&country=ESP");
        HttpResponse<String> coverage = get("/coverage?instrument=TIP&region=&crime_types=&states=indexed&lang=fr");
        assertThat(coverage.headers().firstValue("Location").orElseThrow()).endsWith("/coverage?instrument=TIP&lang=fr");
        Document chooser = page("/compare");
        assertThat(chooser.select("form.compare-form")).hasSize(1);
        assertThat(chooser.select("table")).isEmpty();
    }

    @Test
    void coverageMatrixCellsEqualItsTwinAndAreReadableWithoutColour() throws Exception {
        Document page = page("/coverage");
        JsonNode api = json("/api/coverage?instrument=UNTOC&lang=en");
        Element table = page.selectFirst("table.coverage-table");
        assertThat(table.selectFirst("caption").text()).isNotBlank();
        assertThat(table.select("thead th[scope=col]")).hasSize(1 + 41 + 2);
        assertThat(table.select("tbody th[scope=row]")).hasSize(api.get("rows").size());
        for (JsonNode row : api.get("rows")) {
            Element tr = table.selectFirst("tr[data-country=" + row.get("country").asText() + "]");
            for (JsonNode article : api.get("articles")) {
                String id = article.get("id").asText();
                Element cell = tr.selectFirst("td[data-article=" + id + "]");
                long n = row.get("counts").get(id).asLong();
                assertThat(cell.text()).isEqualTo(String.valueOf(n));
                if (n == 0) {
                    assertThat(cell.select("a")).isEmpty();
                    assertThat(cell.hasClass("level-0")).isTrue();
                } else {
                    assertThat(cell.selectFirst("a").attr("href")).isEqualTo("/compare?article=" + id + "&country=" + row.get("country").asText());
                }
            }
        }
        assertThat(page.select(".legend li")).hasSize(4);
        HttpResponse<String> csv = get("/coverage.csv?instrument=UNTOC", "Accept", "text/csv");
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    }

    @Test
    void coverageFiltersByRegionAndCrimeType() throws Exception {
        Document page = page("/coverage?instrument=UNTOC&region=latin-american-caribbean&crime_types=money-laundering");
        JsonNode api = json("/api/coverage?instrument=UNTOC&region=latin-american-caribbean&crime_types=money-laundering&lang=en");
        assertThat(page.select("table.coverage-table tbody tr")).hasSize(api.get("rows").size());
        assertThat(page.selectFirst("select#region option[selected]").val()).isEqualTo("latin-american-caribbean");
        assertThat(page.selectFirst("select#crime_types option[selected]").val()).isEqualTo("money-laundering");
        for (JsonNode row : api.get("rows")) {
            assertThat(page.selectFirst("tr[data-country=" + row.get("country").asText() + "] td[data-article=UNTOC-6]").text())
                    .isEqualTo(row.get("counts").get("UNTOC-6").asText());
        }
    }

    @Test
    void countryProfileShowsLawsByArticleCasesAndLatestUpdateLikeItsTwin() throws Exception {
        Document page = page("/countries/CAN");
        JsonNode api = json("/api/countries/CAN?lang=en");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Canada");
        assertThat(page.selectFirst("dd[data-count=provisions]").text()).isEqualTo(api.get("legislation_count").asText());
        assertThat(page.selectFirst("dd[data-count=cases]").text()).isEqualTo(api.get("case_count").asText());
        assertThat(page.select("section.article-group").eachAttr("data-article")).hasSize(api.get("articles").size());
        for (JsonNode g : api.get("articles")) {
            Element group = page.selectFirst("section.article-group[data-article=" + g.get("id").asText() + "]");
            assertThat(group.selectFirst(".count-badge").attr("data-count")).isEqualTo(g.get("provision_count").asText());
        }
        assertThat(page.selectFirst("time.last-update").attr("datetime")).isEqualTo(api.get("last_ingested_at").asText().substring(0, 10));
        assertThat(page.select(".case-list li .case-roles").eachText()).contains("requesting State");
        assertThat(page.selectFirst(".counts a").text()).isEqualTo("Western European and other States");
    }

    @ParameterizedTest
    @CsvSource({"/compare?article=UNTOC-99, article", "/compare?article=UNTOC-5&country=Atlantis, country",
            "/coverage?instrument=UNCAC, instrument", "/coverage?states=some, states", "/articles?instrument=X, instrument"})
    void badValuesAreA400PageExplainingTheParameter(String path, String parameter) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(400);
        Document page = org.jsoup.Jsoup.parse(response.body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("Invalid request");
        assertThat(page.text()).contains("The value of the parameter “" + parameter + "” is not valid.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/compare?foo=1", "/coverage?q=x", "/countries/CAN?region=african"})
    void unknownParametersAreA400PageNamingThem(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("is not recognised");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/articles/UNTOC-99", "/articles/UNTOC-18.13", "/countries/XXX", "/countries/canada"})
    void unknownIdsAreA404Page(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/articles", "/articles/UNTOC-5", "/compare", "/coverage", "/countries/CAN"})
    void pagesSendTheStrictSecurityHeaders(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'")
                .contains("style-src 'self'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
}
