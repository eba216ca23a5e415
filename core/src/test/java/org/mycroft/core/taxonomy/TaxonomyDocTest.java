package org.mycroft.core.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checks the data against the authoritative TAXONOMY.md of the shared folder beside the checkout
 * ({@code ../shared/domain/}; Surefire passes it as mycroft.shared.dir, and a run from the module
 * folder finds it two levels up). Skipped with a message only when the file is not there;
 * TaxonomyTest keeps a hard-coded subset that always runs.
 */
class TaxonomyDocTest {

    private static final Pattern TICK = Pattern.compile("`([^`]+)`");

    private final Taxonomy t = Taxonomy.load();
    private Map<String, String> sections;

    @BeforeEach
    void readDoc() throws IOException {
        String dir = System.getProperty("mycroft.shared.dir", "../../shared");
        Path doc = Path.of(dir, "domain", "TAXONOMY.md");
        assumeTrue(Files.isReadable(doc), "TAXONOMY.md not found at " + doc + "; skipping the cross-check");
        sections = new LinkedHashMap<>();
        String current = "";
        StringBuilder sb = new StringBuilder();
        for (String line : Files.readAllLines(doc)) {
            if (line.startsWith("## ")) {
                sections.put(current, sb.toString());
                current = line.substring(3).strip();
                sb = new StringBuilder();
            } else {
                sb.append(line).append('\n');
            }
        }
        sections.put(current, sb.toString());
    }

    private String section(String prefix) {
        return sections.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("TAXONOMY.md has no section " + prefix)).getValue();
    }

    /** Table rows whose first cell is a backticked id, split into trimmed cells. */
    private static List<List<String>> rows(String section) {
        List<List<String>> out = new ArrayList<>();
        for (String line : section.split("\n")) {
            if (line.startsWith("| `")) {
                List<String> cells = new ArrayList<>();
                for (String c : line.substring(1, line.lastIndexOf('|')).split("\\|")) {
                    cells.add(c.strip());
                }
                out.add(cells);
            }
        }
        return out;
    }

    private static String unTick(String cell) {
        Matcher m = TICK.matcher(cell);
        return m.find() ? m.group(1) : cell.strip();
    }

    private static List<String> list(String cell) {
        List<String> out = new ArrayList<>();
        for (String p : cell.split(",")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    @Test
    void instrumentsAndArticleRanges() {
        List<List<String>> rows = rows(section("Instruments"));
        assertEquals(4, rows.size());
        for (List<String> r : rows) {
            String id = unTick(r.get(0));
            Instrument ins = t.instrument(id).orElseThrow(() -> new AssertionError("instrument " + id));
            Matcher m = Pattern.compile("1\\s*[–-]\\s*(\\d+)").matcher(r.get(2));
            assertTrue(m.find(), r.get(2));
            assertEquals(Integer.parseInt(m.group(1)), ins.articleCount(), id);
            assertEquals(ins.articleCount(), t.articlesOf(id).size(), id);
        }
    }

    @Test
    void crimeTypesMatch() {
        List<List<String>> rows = rows(section("Crime types"));
        assertEquals(rows.size(), t.crimeTypes().size(), "same number of crime types");
        for (List<String> r : rows) {
            String id = unTick(r.get(0));
            CrimeType c = t.crimeType(id).orElseThrow(() -> new AssertionError("crime type " + id));
            assertEquals(r.get(1), c.label("en"), id + " label");
            String parent = r.get(2).isBlank() ? null : unTick(r.get(2));
            assertEquals(parent, c.parent(), id + " parent");
            assertEquals(list(r.get(3)), c.usualArticles(), id + " usual articles");
        }
    }

    @Test
    void crossCuttingMatch() {
        List<List<String>> rows = rows(section("Cross-cutting"));
        assertEquals(rows.size(), t.crossCutting().size(), "same number of cross-cutting issues");
        for (List<String> r : rows) {
            String id = unTick(r.get(0));
            CrossCuttingIssue c = t.crossCuttingIssue(id).orElseThrow(() -> new AssertionError("issue " + id));
            assertEquals(r.get(1), c.label("en"), id + " label");
            assertEquals(list(r.get(2)), c.articles(), id + " articles");
        }
    }

    @Test
    void docTypesAndRegions() {
        List<String> docTypes = new ArrayList<>();
        Matcher m = TICK.matcher(section("Document types"));
        while (m.find()) {
            docTypes.add(m.group(1));
        }
        assertFalse(docTypes.isEmpty());
        assertEquals(docTypes, t.docTypes());

        String countries = section("Countries and regions");
        String regionsPart = countries.substring(countries.indexOf("Regions"));
        List<String> regions = new ArrayList<>();
        m = TICK.matcher(regionsPart);
        while (m.find()) {
            regions.add(m.group(1));
        }
        assertEquals(5, regions.size(), regions.toString());
        assertEquals(regions, t.regions().stream().map(Region::id).toList());
    }

    @Test
    void directoryAuthorityTypesAndTheirArticles() {
        Matcher m = Pattern.compile("`([a-z-]+)`\\s+\\(([A-Z]+-[0-9.]+)\\)").matcher(section("Directory of competent national authorities"));
        Map<String, String> documented = new LinkedHashMap<>();
        while (m.find()) {
            documented.put(m.group(1), m.group(2));
        }
        DirectoryVocabulary vocabulary = DirectoryVocabulary.get();
        assertEquals(List.copyOf(documented.keySet()), vocabulary.authorityTypes());
        documented.forEach((type, article) -> {
            assertEquals(article, vocabulary.article(type).orElseThrow());
            assertTrue(t.isValidArticleId(article), article);
        });
    }
}
