package org.mycroft.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mycroft.samples.SourceDocument.Kind;

/**
 * The sample corpus as shipped: INDEX on the classpath, one sidecar per document, the coverage
 * the product promises (types, languages, formats, countries, cooperation cases), the honesty
 * notice in every document, and a generator that reproduces the committed files byte for byte.
 */
class SampleCorpusTest {

    private static final String BASE = "mycroft/samples/";
    private static final Path SOURCES = Path.of("src/sources");
    private static final Path GENERATED = Path.of("src/main/resources/mycroft/samples");
    private static final Path TAXONOMY = Path.of("../core/src/main/resources/mycroft/taxonomy");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern PROVISION_HEADING = Pattern.compile(
            "^(Section \\d+[A-Z]*\\.|s\\. \\d+(\\.\\d+)*|Art\\. \\d+|Article \\d+|Artículo \\d+|§ \\d+"
                    + "|Статья \\d+\\.|المادة \\d+\\.|第[一二三四五六七八九十百]+条).*");
    private static final String DUAL_CRIMINALITY = "dual criminality is not required for coercive measures";

    private static List<String> index;
    private static Map<String, Map<String, Object>> sidecars;
    private static Map<String, String> texts;
    private static List<SourceDocument> sources;

    @BeforeAll
    static void load() throws IOException {
        index = resourceText(BASE + SampleCorpusGenerator.INDEX).lines().filter(l -> !l.isBlank()).toList();
        sidecars = new LinkedHashMap<>();
        texts = new LinkedHashMap<>();
        for (String name : index) {
            sidecars.put(name, Json.parseObject(resourceText(BASE + name + ".json")));
            texts.put(name, extractText(name, resourceBytes(BASE + name)));
        }
        sources = SampleCorpusGenerator.readSources(SOURCES);
    }

    @Test
    void indexListsAtLeast34DocumentsEachWithItsSidecar() {
        assertThat(index).hasSizeGreaterThanOrEqualTo(34).doesNotHaveDuplicates();
        for (String name : index) {
            assertThat(name).matches("[a-z0-9]+(-[a-z0-9]+)*\\.(pdf|docx|html|txt)");
            assertThat(resource(BASE + name)).as(name).isNotNull();
            assertThat(resource(BASE + name + ".json")).as(name + ".json").isNotNull();
        }
    }

    @Test
    void sidecarsHaveTheSharedFieldsAndValidCodes() {
        for (Map.Entry<String, Map<String, Object>> e : sidecars.entrySet()) {
            Map<String, Object> s = e.getValue();
            String name = e.getKey();
            assertThat(SourceDocument.SIDECAR_KEYS).as(name).containsAll(s.keySet());
            assertThat(s).as(name).containsKeys("title", "doc_type", "country", "language", "year", "licence", "notice");
            assertThat((String) s.get("country")).as(name).matches(ISO3);
            assertThat(s.get("doc_type")).as(name).isIn("legislation", "case");
            assertThat(s.get("language")).as(name).isIn("ar", "zh", "en", "fr", "ru", "es");
            assertThat(s.get("year")).as(name).isInstanceOf(Integer.class);
            assertThat(s.get("notice")).as(name).isIn(FrontMatter.REAL_NOTICE, FrontMatter.FICTIONAL_NOTICE);
            for (String k : List.of("requesting_state", "requested_state")) {
                if (s.containsKey(k)) {
                    assertThat((String) s.get(k)).as(name + " " + k).matches(ISO3);
                }
            }
            if (FrontMatter.REAL_NOTICE.equals(s.get("notice"))) {
                assertThat((String) s.get("source_url")).as(name).startsWith("https://");
            }
            if ("legislation".equals(s.get("doc_type"))) {
                assertThat(s).as(name).doesNotContainKeys("court", "cooperation_form", "outcome");
            }
        }
    }

    @Test
    void corpusCoversTypesLanguagesFormatsAndCountries() {
        List<Map<String, Object>> all = List.copyOf(sidecars.values());
        assertThat(values(all, "country")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(values(all, "language")).contains("ar", "zh", "en", "fr", "ru", "es");

        Map<String, Long> formats = index.stream()
                .collect(Collectors.groupingBy(n -> n.substring(n.lastIndexOf('.') + 1), Collectors.counting()));
        assertThat(formats.get("pdf")).isGreaterThanOrEqualTo(8);
        assertThat(formats.get("docx")).isGreaterThanOrEqualTo(8);
        assertThat(formats.get("html")).isGreaterThanOrEqualTo(8);
        assertThat(formats.get("txt")).isGreaterThanOrEqualTo(6);

        List<Map<String, Object>> laws = all.stream().filter(s -> "legislation".equals(s.get("doc_type"))).toList();
        List<Map<String, Object>> cases = all.stream().filter(s -> "case".equals(s.get("doc_type"))).toList();
        assertThat(laws).hasSizeGreaterThanOrEqualTo(18);
        assertThat(values(laws, "country")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(count(laws, "language", "fr")).isGreaterThanOrEqualTo(5);
        assertThat(count(laws, "language", "ar")).isGreaterThanOrEqualTo(2);
        assertThat(count(laws, "language", "zh")).isGreaterThanOrEqualTo(2);
        assertThat(count(laws, "language", "ru")).isGreaterThanOrEqualTo(2);
        assertThat(count(laws, "language", "es")).isGreaterThanOrEqualTo(5);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(16);
        assertThat(count(cases, "language", "fr")).isGreaterThanOrEqualTo(3);
        assertThat(count(cases, "language", "es")).isGreaterThanOrEqualTo(3);

        List<Map<String, Object>> cooperation = cases.stream().filter(s -> s.containsKey("cooperation_form")).toList();
        assertThat(cooperation).hasSizeGreaterThanOrEqualTo(10);
        assertThat(values(cooperation, "cooperation_form"))
                .contains("mutual-legal-assistance", "extradition", "joint-investigation", "confiscation-cooperation");
        assertThat(cooperation).as("an MLA case on cybercrime with electronic evidence").anyMatch(s ->
                "mutual-legal-assistance".equals(s.get("cooperation_form"))
                        && list(s, "crime_types").contains("cybercrime")
                        && list(s, "cross_cutting").contains("electronic-evidence"));
    }

    @Test
    void everySourceAndEveryDocumentStartsWithItsNotice() {
        assertThat(sources).hasSameSizeAs(index);
        for (SourceDocument d : sources) {
            assertThat(d.blocks().get(0).text()).as(d.id()).startsWith(d.notice());
            String text = texts.get(d.fileName());
            assertThat(text).as(d.fileName() + " is in INDEX").isNotNull();
            assertThat(text).as(d.fileName()).contains(d.notice());
            String firstHeading = d.blocks().stream().filter(b -> b.kind() == Kind.HEADING).findFirst()
                    .orElseThrow().text(); // long headings wrap in PDFs: compare their start
            assertThat(text.indexOf(d.notice())).as(d.fileName() + ": the notice comes before the body")
                    .isLessThan(text.indexOf(firstHeading.substring(0, Math.min(20, firstHeading.length()))));
        }
    }

    @Test
    void realSummariesNameTheirOfficialSourceAndFictionalOnesSaySo() {
        for (SourceDocument d : sources) {
            String first = d.blocks().get(0).text();
            if (d.notice().equals(FrontMatter.REAL_NOTICE)) {
                assertThat(first).as(d.id()).endsWith("Official source: " + d.string("source_url"));
            } else {
                assertThat(first).as(d.id()).startsWith(FrontMatter.FICTIONAL_NOTICE);
                assertThat(d.title().toLowerCase()).as(d.id()).containsAnyOf("fictional", "fictif", "fictive", "ficticio", "ficticia",
                        "خيالي", "虚构", "вымышлен");
            }
        }
    }

    @Test
    void lawsHaveSeveralHeadedProvisionsInTheirStatesNumberingStyle() {
        for (SourceDocument d : sources) {
            if (!"legislation".equals(d.string("doc_type"))) {
                continue;
            }
            List<String> headings = d.blocks().stream().filter(b -> b.kind() == Kind.HEADING)
                    .map(SourceDocument.Block::text).toList();
            assertThat(headings).as(d.id()).hasSizeBetween(4, 10);
            assertThat(headings).as(d.id()).allMatch(h -> PROVISION_HEADING.matcher(h).matches());
            if (d.fileName().endsWith(".txt")) {
                List<String> lines = texts.get(d.fileName()).lines().toList();
                assertThat(lines).as(d.id() + ": each heading on a line of its own").containsAll(headings);
            }
        }
    }

    @Test
    void requiredPhrasesAreFindable() {
        assertThat(index.stream().filter(n -> n.endsWith(".pdf")).map(texts::get))
                .as("a PDF containing the exact phrase on one line").anyMatch(t -> t.contains(DUAL_CRIMINALITY));
        long mla = texts.values().stream().map(SampleCorpusTest::oneLine)
                .filter(t -> t.contains("mutual legal assistance") || t.contains("entraide judiciaire")
                        || t.contains("asistencia judicial recíproca"))
                .count();
        assertThat(mla).isGreaterThanOrEqualTo(5);
    }

    @Test
    void documentFilesCarryTheirTitleAndStructure() throws IOException {
        for (SourceDocument d : sources) {
            byte[] bytes = resourceBytes(BASE + d.fileName());
            switch (d.format()) {
                case "pdf" -> {
                    try (PDDocument pdf = Loader.loadPDF(bytes)) {
                        assertThat(pdf.getDocumentInformation().getTitle()).as(d.id()).isEqualTo(d.title());
                    }
                }
                case "docx" -> {
                    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
                        assertThat(docx.getProperties().getCoreProperties().getTitle()).as(d.id()).isEqualTo(d.title());
                        assertThat(docx.getParagraphs()).as(d.id())
                                .anyMatch(p -> "Heading1".equals(p.getStyle()))
                                .anyMatch(p -> "Title".equals(p.getStyle()));
                    }
                }
                case "html" -> {
                    String html = new String(bytes, StandardCharsets.UTF_8);
                    assertThat(html).as(d.id()).contains("<meta charset=\"utf-8\">", "<nav", "<script>", "<h1>", "<h2>")
                            .contains("<title>" + HtmlRenderer.esc(d.title()) + "</title>");
                }
                default -> assertThat(new String(bytes, StandardCharsets.UTF_8)).as(d.id()).isEqualTo(d.plainText());
            }
        }
    }

    @Test
    void tagsUseTheSharedTaxonomyWhenItIsAvailable() throws IOException {
        assumeTrue(Files.isDirectory(TAXONOMY), "core taxonomy not found next to this module");
        Set<String> countries = firstColumn(TAXONOMY.resolve("countries.tsv"));
        Set<String> articles = firstColumn(TAXONOMY.resolve("articles.tsv"));
        Set<String> crimeTypes = firstColumn(TAXONOMY.resolve("crime-types.tsv"));
        Set<String> crossCutting = firstColumn(TAXONOMY.resolve("cross-cutting.tsv"));
        for (Map.Entry<String, Map<String, Object>> e : sidecars.entrySet()) {
            Map<String, Object> s = e.getValue();
            for (String k : List.of("country", "requesting_state", "requested_state")) {
                if (s.containsKey(k) && !countries.isEmpty()) {
                    assertThat(countries).as(e.getKey() + " " + k).contains((String) s.get(k));
                }
            }
            if (!articles.isEmpty()) {
                assertThat(articles).as(e.getKey()).containsAll(list(s, "articles"));
            }
            if (!crimeTypes.isEmpty()) {
                assertThat(crimeTypes).as(e.getKey()).containsAll(list(s, "crime_types"));
            }
            if (!crossCutting.isEmpty()) {
                assertThat(crossCutting).as(e.getKey()).containsAll(list(s, "cross_cutting"));
            }
        }
    }

    @Test
    void regeneratingIntoAnEmptyDirectoryReproducesTheCommittedFiles(@TempDir Path tmp) throws IOException {
        SampleCorpusGenerator.Result r = SampleCorpusGenerator.generate(SOURCES, tmp);
        assertThat(r.documents()).containsExactlyElementsOf(index);
        Set<String> expected = listing(GENERATED);
        assertThat(listing(tmp)).isEqualTo(expected);
        List<String> different = new ArrayList<>();
        for (String name : expected) {
            if (!java.util.Arrays.equals(Files.readAllBytes(tmp.resolve(name)), Files.readAllBytes(GENERATED.resolve(name)))) {
                different.add(name);
            }
        }
        assertThat(different).as("files that differ from the committed ones: run corpus-samples/generate.sh").isEmpty();

        SampleCorpusGenerator.Result again = SampleCorpusGenerator.generate(SOURCES, tmp);
        assertThat(again.written()).as("a second run rewrites nothing").isZero();
    }

    @Test
    void generatorRejectsASourceWithoutItsNotice(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("bad-doc.md"), """
                ---
                id: bad-doc
                format: txt
                title: Bad
                doc_type: legislation
                country: FRA
                language: fr
                year: 2020
                licence: x
                notice: Fictional sample document written by the Mycroft team for demonstration — not the law of any State.
                ---
                # Bad

                ## Article 1
                ## Article 2
                ## Article 3
                ## Article 4
                """);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SampleCorpusGenerator.readSources(tmp))
                .hasMessageContaining("notice line");
    }

    // --- helpers

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }

    private static Set<String> values(List<Map<String, Object>> docs, String key) {
        return docs.stream().map(s -> s.get(key)).filter(v -> v != null).map(Object::toString)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static long count(List<Map<String, Object>> docs, String key, String value) {
        return docs.stream().filter(s -> value.equals(s.get(key))).count();
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Map<String, Object> s, String key) {
        Object v = s.get(key);
        return v == null ? List.of() : (List<String>) v;
    }

    private static Set<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Set<String> firstColumn(Path tsv) throws IOException {
        if (!Files.isRegularFile(tsv)) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        boolean header = true;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                if (line.startsWith("id\t") || line.startsWith("iso3\t")) {
                    continue;
                }
            }
            out.add(line.split("\t", 2)[0].strip());
        }
        return out;
    }

    private static java.net.URL resource(String name) {
        return SampleCorpusTest.class.getClassLoader().getResource(name);
    }

    private static byte[] resourceBytes(String name) throws IOException {
        try (InputStream in = SampleCorpusTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("not on the classpath: " + name);
            }
            return in.readAllBytes();
        }
    }

    private static String resourceText(String name) throws IOException {
        return new String(resourceBytes(name), StandardCharsets.UTF_8);
    }

    private static String extractText(String name, byte[] bytes) {
        try {
            if (name.endsWith(".pdf")) {
                try (PDDocument pdf = Loader.loadPDF(bytes)) {
                    return new PDFTextStripper().getText(pdf);
                }
            }
            if (name.endsWith(".docx")) {
                try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes));
                     XWPFWordExtractor ex = new XWPFWordExtractor(docx)) {
                    return ex.getText();
                }
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }
}
