package org.mycroft.ingest.segmentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.ingest.extraction.ExtractedDocument;
import org.mycroft.ingest.extraction.TikaExtractor;
import org.mycroft.ingest.indexing.IndexUnit;
import org.mycroft.ingest.language.LanguageGuesser;
import org.mycroft.ingest.pipeline.UnitBuilder;
import org.mycroft.ingest.source.Sidecar;
import org.mycroft.tagging.Tagger;

/**
 * Real public laws from {@code ../shared/corpus-real} (Justice Canada XML, Markdown renderings
 * of US, Dutch and Spanish laws, UN treaties in English followed by Dutch): every one splits
 * into its provisions. Skipped when the folder is absent.
 */
class RealLawsSplitTest {

    private static final Path DIR = Path.of(System.getProperty("mycroft.shared.dir", "../../shared"), "corpus-real");
    private static TikaExtractor extractor;

    @BeforeAll
    static void open() {
        extractor = new TikaExtractor();
    }

    /** Per test, so that each one is reported as skipped, with the reason, when the folder is absent. */
    @BeforeEach
    void requireCorpus() {
        Assumptions.assumeTrue(Files.isDirectory(DIR), DIR + " absent, skipping");
    }

    @AfterAll
    static void close() {
        if (extractor != null) {
            extractor.close();
        }
    }

    private static ExtractedDocument read(String file) throws Exception {
        Path path = DIR.resolve(file);
        Assumptions.assumeTrue(Files.isRegularFile(path), file + " absent, skipping");
        return extractor.extract(path);
    }

    private static List<Provision> provisions(String file) throws Exception {
        ExtractedDocument doc = read(file);
        return doc.structured() ? doc.provisions() : new ProvisionSplitter().split(doc.text());
    }

    @Test
    void everyRealLawSplitsIntoProvisions() throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path f : files.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList()) {
                String name = f.getFileName().toString();
                List<Provision> ps = provisions(name);
                counts.put(name, ps.size());
                System.out.printf("%-55s %4d  %s%n", name, ps.size(),
                        ps.stream().limit(3).map(Provision::label).toList() + " … " + ps.getLast().label());
                assertThat(ps).as(name).isNotEmpty();
                assertThat(ps).as(name + ": texts").allSatisfy(p -> assertThat(p.text()).isNotBlank());
                // labels make the permalinks: unique within a law (a second "Preambule" gets "-2" in UnitBuilder)
                if (name.startsWith("ca-") || name.startsWith("un-")) {
                    assertThat(ps.stream().map(Provision::label).filter(l -> !l.startsWith("Pream")))
                            .as(name + ": unique labels").doesNotHaveDuplicates();
                }
            }
        }
        assertThat(counts).containsEntry("ca-W-11.2-witness-protection-en.xml", 37)
                .containsEntry("ca-W-11.2-protection-temoins-fr.xml", 37)
                .containsEntry("ca-I-2.5-immigration-refugee-protection-en.xml", 325)
                .containsEntry("un-tip-protocol-en-nl.md", 42)        // preamble + 20 articles, twice
                .containsEntry("un-untoc-2000-en-nl.md", 82)          // 41 articles, twice
                .containsEntry("nl-opiumwet-nl.md", 38)               // preamble, 35 artikelen, Lijst I and II
                .containsEntry("es-LO-19-1994-proteccion-testigos-peritos-es.md", 9)
                .containsEntry("us-18usc1589-forced-labor.md", 1);
    }

    @Test
    void justiceCanadaSectionsComeFromTheXml() throws Exception {
        ExtractedDocument doc = read("ca-W-11.2-witness-protection-en.xml");
        assertThat(doc.structured()).isTrue();
        assertThat(doc.title()).isEqualTo("Witness Protection Program Act");
        assertThat(doc.language()).isEqualTo("en");
        Provision s2 = doc.provisions().stream().filter(p -> p.label().equals("Section 2")).findFirst().orElseThrow();
        assertThat(s2.number()).isEqualTo("2");
        assertThat(s2.heading()).isEqualTo("Definitions");
        assertThat(s2.text()).startsWith("Section 2. Definitions\nIn this Act,")
                .contains("\nwitness means\n(a) a person who has given")
                .doesNotContain("1996, c. 15"); // historical notes are left out
        assertThat(doc.text().substring(s2.offset())).startsWith(s2.text());

        ExtractedDocument fr = read("ca-W-11.2-protection-temoins-fr.xml");
        assertThat(fr.language()).isEqualTo("fr");
        assertThat(fr.provisions()).extracting(Provision::label).contains("Article 2", "Annexe");
    }

    @Test
    void markdownLawsSplitAtTheirHeadings() throws Exception {
        assertThat(provisions("us-18usc1591a-sex-trafficking.md")).singleElement().satisfies(p -> {
            assertThat(p.label()).isEqualTo("§ 1591");
            assertThat(p.heading()).isEqualTo("Sex trafficking of children or by force, fraud, or coercion");
            assertThat(p.text()).doesNotContain("#").doesNotContain("**");
        });
        List<Provision> es = provisions("es-LO-19-1994-proteccion-testigos-peritos-es.md");
        assertThat(es).extracting(Provision::label).containsExactly("Preamble", "Artículo 1", "Artículo 2",
                "Artículo 3", "Artículo 4", "Disposición adicional primera", "Disposición adicional segunda",
                "Disposición derogatoria única", "Disposición final única");
        assertThat(es.get(1).text()).contains("1. Las medidas de protección").doesNotContain("\\.");
        List<Provision> opium = provisions("nl-opiumwet-nl.md");
        assertThat(opium).extracting(Provision::label).contains("Artikel 1", "Artikel 3a", "Artikel 13b", "Lijst I");
        assertThat(opium.get(1).text()).contains("(Trb. 1963, 81)"); // *Trb.* emphasis stripped
        List<Provision> wapens = provisions("nl-wet-wapens-en-munitie-nl.md");
        assertThat(wapens).extracting(Provision::label).noneMatch(l -> l.startsWith("§")); // § = group of artikelen
    }

    @Test
    void aTreatyAndItsDutchTranslationSplitWithTheirOwnLanguages() throws Exception {
        ExtractedDocument doc = read("un-tip-protocol-en-nl.md");
        Taxonomy taxonomy = Taxonomy.load();
        UnitBuilder builder = new UnitBuilder(taxonomy, Tagger.loadDefault(taxonomy), new LanguageGuesser());
        List<IndexUnit> units = builder.build("un-tip", Sidecar.EMPTY, doc, "un-tip-protocol-en-nl.md", "hash",
                Instant.EPOCH, false);

        assertThat(units).extracting(IndexUnit::id).doesNotHaveDuplicates()
                .contains("un-tip_article-3", "un-tip_artikel-3", "un-tip_preamble", "un-tip_preambule");
        Map<String, IndexUnit> byId = new LinkedHashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        assertThat(byId.get("un-tip_article-3").language()).isEqualTo("en");
        assertThat(byId.get("un-tip_article-3").heading()).isEqualTo("Use of terms");
        assertThat(byId.get("un-tip_artikel-3").language()).isEqualTo("nl");
        assertThat(byId.get("un-tip_artikel-3").heading()).isEqualTo("Gebruikte termen");
        long english = units.stream().filter(u -> u.id().contains("_article-")).filter(u -> "en".equals(u.language())).count();
        long dutch = units.stream().filter(u -> u.id().contains("_artikel-")).filter(u -> "nl".equals(u.language())).count();
        assertThat(english).isEqualTo(20);
        assertThat(dutch).isEqualTo(20);
        // the Dutch title is not left at the end of the last English article
        assertThat(byId.get("un-tip_article-20").text()).endsWith("have signed this Protocol.");
        // "done at Palermo, Italy" does not make the Protocol an Italian law
        assertThat(units).allSatisfy(u -> assertThat(u.parent().country()).isNull());
    }

    @Test
    void aLawInOneLanguageStaysInItEvenWhereAProvisionLooksForeign() throws Exception {
        ExtractedDocument doc = read("nl-opiumwet-nl.md");
        Taxonomy taxonomy = Taxonomy.load();
        UnitBuilder builder = new UnitBuilder(taxonomy, Tagger.loadDefault(taxonomy), new LanguageGuesser());
        List<IndexUnit> units = builder.build("nl-opium", Sidecar.EMPTY, doc, "nl-opiumwet-nl.md", "hash",
                Instant.EPOCH, false);

        assertThat(units).hasSizeGreaterThan(20);
        assertThat(units).extracting(IndexUnit::language).containsOnly("nl");
        assertThat(units).extracting(u -> u.parent().country()).containsOnly("NLD");
    }
}
