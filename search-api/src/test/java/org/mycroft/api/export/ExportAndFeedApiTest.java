package org.mycroft.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mycroft.api.LoopbackApi;
import org.mycroft.api.TempDirs;
import org.mycroft.api.TestApiApplication;
import org.mycroft.core.index.IndexFields;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Exports (CSV, JSON Lines, RIS) and the Atom feed of a search over real embedded Solr and real
 * HTTP. The index holds 10,200 generated units, more than 20 cursor pages, some with text that
 * breaks naive CSV (commas, quotes, line breaks, a leading "=").
 */
@SpringBootTest(classes = TestApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "mycroft.samples.load-on-empty=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportAndFeedApiTest {

    static final Path data = TempDirs.create("mycroft-export-test");
    static final int UNITS = 10_200;
    static final String FORMULA_TITLE = "=HYPERLINK(\"http://evil.example\",\"click\")";
    static final String TRICKY_TITLE = "Müller, \"the quoted\" case\nsecond line; ünïcödé";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("mycroft.data-dir", () -> data.toString());
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    SolrClient solr;

    @BeforeAll
    void index() throws Exception {
        List<SolrInputDocument> batch = new ArrayList<>();
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        String[] countries = {"FRA", "ESP", "CAN", "GHA", "PER"};
        for (int i = 0; i < UNITS; i++) {
            SolrInputDocument d = new SolrInputDocument();
            String id = String.format("exp-%05d", i);
            boolean isCase = i % 3 == 0;
            d.setField(IndexFields.ID, id);
            d.setField(IndexFields.PARENT_ID, isCase ? id : "exp-law-" + (i / 50));
            d.setField(IndexFields.DOC_TYPE, isCase ? "case" : "legislation");
            d.setField(IndexFields.TITLE, i == 7 ? FORMULA_TITLE : i == 9 ? TRICKY_TITLE : "Export probe unit " + i);
            if (!isCase) {
                d.setField(IndexFields.PARENT_TITLE, "Probe law " + (i / 50));
                d.setField(IndexFields.PROVISION_NUMBER, String.valueOf(i % 50));
                d.setField(IndexFields.POSITION, i % 50);
            }
            d.setField(IndexFields.TEXT_EN, "An exportprobe text number " + i + (i % 100 == 0 ? " about rarewordzz." : "."));
            d.setField(IndexFields.LANGUAGE, "en");
            d.setField(IndexFields.COUNTRY, countries[i % countries.length]);
            d.setField(IndexFields.YEAR, 1990 + i % 35);
            d.setField(IndexFields.ARTICLES, List.of("UNTOC-" + (5 + i % 3)));
            d.setField(IndexFields.ARTICLES_EXPANDED, List.of("UNTOC-" + (5 + i % 3)));
            d.setField(IndexFields.CROSS_CUTTING, List.of("extradition", "dual-criminality"));
            d.setField(IndexFields.INGESTED_AT, Date.from(start.plusSeconds(60L * i)));
            if (isCase) {
                d.setField(IndexFields.COURT, "Probe court " + (i % 7));
                d.setField(IndexFields.COOPERATION_FORM, "extradition");
                d.setField(IndexFields.REQUESTING_STATE, countries[(i + 1) % countries.length]);
                d.setField(IndexFields.REQUESTED_STATE, countries[i % countries.length]);
                d.setField(IndexFields.LEGAL_BASIS, i % 2 == 0 ? "UNTOC" : "bilateral-treaty");
                d.setField(IndexFields.OUTCOME, "granted");
                d.setField(IndexFields.DATE, Date.from(Instant.parse((1990 + i % 35) + "-03-01T00:00:00Z")));
            }
            batch.add(d);
            if (batch.size() == 1000) {
                solr.add(batch);
                batch.clear();
            }
        }
        solr.add(batch);
        solr.commit();
    }

    @Test
    void csvOfMoreThanTenThousandRowsRoundTripsThroughCommonsCsv() throws Exception {
        HttpResponse<String> response = send("/api/search.csv?q=exportprobe");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        String body = response.body();
        assertThat(body).startsWith("\uFEFF");
        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body.substring(1)))) {
            rows = parser.getRecords();
            assertThat(parser.getHeaderNames()).isEqualTo(CsvRecordWriter.HEADER);
        }
        assertThat(rows).hasSize(UNITS);
        Set<String> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.get("id")));
        assertThat(ids).hasSize(UNITS);
        Map<String, CSVRecord> byId = new LinkedHashMap<>();
        rows.forEach(r -> byId.put(r.get("id"), r));
        assertThat(byId.get("exp-00007").get("title")).isEqualTo("'" + FORMULA_TITLE);
        assertThat(byId.get("exp-00009").get("title")).isEqualTo(TRICKY_TITLE);
        CSVRecord aCase = byId.get("exp-00003");
        assertThat(aCase.get("doc_type")).isEqualTo("case");
        assertThat(aCase.get("cooperation_form")).isEqualTo("extradition");
        assertThat(aCase.get("cross_cutting")).isEqualTo("extradition; dual-criminality");
        assertThat(aCase.get("url")).isEqualTo("http://127.0.0.1:" + port + "/documents/exp-00003");
        // Same order as the search itself.
        JsonNode first = get("/api/search?q=exportprobe&size=5");
        for (int i = 0; i < 5; i++) {
            assertThat(rows.get(i).get("id")).isEqualTo(first.get("results").get(i).get("id").asText());
        }
    }

    @Test
    void jsonLinesHasOneObjectPerResultOfTheFilteredSearch() throws Exception {
        String body = send("/api/search.jsonl?doc_type=case&legal_basis=UNTOC").body();
        long expected = get("/api/search?size=1&doc_type=case&legal_basis=UNTOC").get("total").asLong();
        String[] lines = body.split("\n");
        assertThat(lines).hasSize((int) expected);
        Set<String> ids = new HashSet<>();
        for (String line : lines) {
            JsonNode record = JSON.readTree(line);
            assertThat(record.get("doc_type").asText()).isEqualTo("case");
            assertThat(record.get("legal_basis").asText()).isEqualTo("UNTOC");
            ids.add(record.get("id").asText());
        }
        assertThat(ids).hasSize((int) expected);
    }

    @Test
    void risParsesBackIntoTheSameRecordsAsTheSearch() throws Exception {
        String ris = send("/api/search.ris?q=rarewordzz").body();
        JsonNode api = get("/api/search?q=rarewordzz&size=100");
        List<Map<String, List<String>>> records = parseRis(ris);
        assertThat(records).hasSize(api.get("total").asInt()).hasSizeGreaterThan(50);
        // The API pages at 100; the export has them all, in the same order.
        for (int i = 0; i < api.get("results").size(); i++) {
            Map<String, List<String>> r = records.get(i);
            JsonNode hit = api.get("results").get(i);
            assertThat(r.get("ID")).containsExactly(hit.get("id").asText());
            assertThat(r.get("TI")).containsExactly(hit.get("title").asText());
            assertThat(r.get("PY")).containsExactly(hit.get("year").asText());
            assertThat(r.get("CY")).containsExactly(hit.get("country").asText());
            assertThat(r.get("LA")).containsExactly(hit.get("language").asText());
            assertThat(r.get("TY")).containsExactly("case".equals(hit.get("doc_type").asText()) ? "CASE" : "STAT");
            List<String> tags = new ArrayList<>();
            for (String field : List.of("articles", "crime_types", "cross_cutting")) {
                hit.get(field).forEach(t -> tags.add(t.asText()));
            }
            assertThat(r.getOrDefault("KW", List.of())).containsExactlyElementsOf(tags);
            assertThat(r.get("UR")).containsExactly("http://127.0.0.1:" + port + hit.get("url").asText());
        }
    }

    @Test
    void badParametersAreA400BeforeAnythingIsStreamed() throws Exception {
        for (String format : List.of("csv", "jsonl", "ris")) {
            HttpResponse<String> response = send("/api/search." + format + "?outcome=maybe");
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("parameter").asText()).isEqualTo("outcome");
        }
        assertThat(send("/search.atom?year=20x5").statusCode()).isEqualTo(400);
    }

    @Test
    void atomFeedIsValidNewestFirstWithStableIdsAndMatchesTheSearch() throws Exception {
        String query = "q=" + enc("exportprobe") + "&doc_type=case&country=FRA";
        HttpResponse<String> response = send("/search.atom?" + query);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        AtomRules.assertValid(response.body());
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(response.body()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getId()).isNotBlank();
        assertThat(feed.getTitle()).contains("exportprobe");
        assertThat(feed.getUpdated()).isNotNull();
        List<Entry> entries = feed.getEntries();
        assertThat(entries).hasSize(50);
        // Every entry is a result of the same search; the newest indexed come first.
        long total = get("/api/search?size=1&" + query).get("total").asLong();
        assertThat(total).isGreaterThan(50);
        Date previous = null;
        for (Entry e : entries) {
            String id = e.getId().substring("urn:mycroft:document:".length());
            JsonNode doc = get("/api/documents/" + id);
            assertThat(doc.get("doc_type").asText()).isEqualTo("case");
            assertThat(doc.get("country").asText()).isEqualTo("FRA");
            assertThat(e.getUpdated()).isNotNull();
            assertThat(e.getAlternateLinks().get(0).getHref()).endsWith("/documents/" + id);
            if (previous != null) {
                assertThat(e.getUpdated()).isBeforeOrEqualTo(previous);
            }
            previous = e.getUpdated();
        }
        assertThat(entries.get(0).getId()).isEqualTo("urn:mycroft:document:exp-10185");
        // Stable: the same search (parameters in another order) gives the same feed and entry ids.
        Feed again = (Feed) new WireFeedInput().build(new StringReader(
                send("/search.atom?country=FRA&doc_type=case&q=exportprobe").body()));
        assertThat(again.getId()).isEqualTo(feed.getId());
        assertThat(again.getEntries().stream().map(Entry::getId).toList())
                .isEqualTo(entries.stream().map(Entry::getId).toList());
    }

    /** A small RIS reader: "TG  - value" lines, records closed by "ER  -". */
    static List<Map<String, List<String>>> parseRis(String ris) {
        Pattern line = Pattern.compile("^([A-Z][A-Z0-9])  - ?(.*)$");
        List<Map<String, List<String>>> records = new ArrayList<>();
        Map<String, List<String>> current = null;
        for (String l : ris.split("\r\n")) {
            Matcher m = line.matcher(l);
            assertThat(m.matches()).as("RIS line %s", l).isTrue();
            String tag = m.group(1);
            if (tag.equals("TY")) {
                assertThat(current).as("TY inside a record").isNull();
                current = new LinkedHashMap<>();
            }
            assertThat(current).as("%s outside a record", tag).isNotNull();
            if (tag.equals("ER")) {
                records.add(current);
                current = null;
                continue;
            }
            current.computeIfAbsent(tag, t -> new ArrayList<>()).add(m.group(2));
        }
        assertThat(current).as("unterminated record").isNull();
        return records;
    }

    private JsonNode get(String path) throws Exception {
        return new LoopbackApi(http, port).get(path);
    }

    private HttpResponse<String> send(String path) throws Exception {
        return new LoopbackApi(http, port).send(path);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
