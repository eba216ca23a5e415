package org.mycroft.core.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaxonomyTest {

    private final Taxonomy t = Taxonomy.load();

    @Test
    void loadIsCachedAndImmutable() {
        assertSame(t, Taxonomy.load());
        assertThrows(UnsupportedOperationException.class, () -> t.articles().add(t.articles().get(0)));
        assertThrows(UnsupportedOperationException.class, () -> t.crimeTypes().get(0).labels().put("de", "x"));
    }

    @Test
    void hardCodedIdsExist() {
        for (String id : List.of("UNTOC", "TIP", "SOM", "FP")) {
            assertTrue(t.instrument(id).isPresent(), id);
        }
        for (String id : List.of("participation-ocg", "money-laundering", "corruption", "obstruction-of-justice",
                "trafficking-in-persons", "smuggling-of-migrants", "firearms-trafficking", "drug-trafficking",
                "terrorism", "cybercrime", "environmental-crime", "wildlife-crime", "oil-theft",
                "trafficking-cultural-property", "nuclear-material-trafficking")) {
            assertTrue(t.crimeType(id).isPresent(), id);
        }
        for (String id : List.of("mutual-legal-assistance", "extradition", "central-authorities",
                "electronic-evidence", "dual-criminality", "firearms-control", "prevention")) {
            assertTrue(t.crossCuttingIssue(id).isPresent(), id);
        }
        assertEquals(List.of("legislation", "case", "authority", "reference"), t.docTypes());
        assertEquals(List.of("african", "asia-pacific", "eastern-european", "latin-american-caribbean",
                "western-european-other"), t.regions().stream().map(Region::id).toList());
        assertEquals(28, t.crimeTypes().size());
        assertEquals(20, t.crossCutting().size());
    }

    @Test
    void articlesAreCompleteWithTitlesInThreeLanguages() {
        assertEquals(107, t.articles().size());
        Map<String, Integer> counts = Map.of("UNTOC", 41, "TIP", 20, "SOM", 25, "FP", 21);
        counts.forEach((ins, n) -> {
            assertEquals(n, t.instrument(ins).orElseThrow().articleCount(), ins);
            List<Article> arts = t.articlesOf(ins);
            assertEquals(n, arts.size(), ins);
            for (int i = 0; i < n; i++) {
                assertEquals(i + 1, arts.get(i).number(), ins + " order");
                assertEquals(ins + "-" + (i + 1), arts.get(i).id());
            }
        });
        Set<String> ids = new HashSet<>();
        for (Article a : t.articles()) {
            assertTrue(ids.add(a.id()), a.id());
            for (String lang : UiLanguages.codes()) {
                assertFalse(a.titles().getOrDefault(lang, "").isBlank(), a.id() + " " + lang);
            }
        }
        // instrument then number order
        assertEquals("UNTOC-1", t.articles().get(0).id());
        assertEquals("TIP-1", t.articles().get(41).id());
        assertEquals("FP-21", t.articles().get(106).id());
    }

    @Test
    void knownTitles() {
        Article a5 = t.article("UNTOC-5").orElseThrow();
        assertEquals("Criminalization of participation in an organized criminal group", a5.title("en"));
        assertEquals("Incrimination de la participation à un groupe criminel organisé", a5.title("fr"));
        assertEquals("Penalización de la participación en un grupo delictivo organizado", a5.title("es"));
        assertEquals("Mutual legal assistance", t.article("UNTOC-18").orElseThrow().title("en"));
        assertEquals("Entraide judiciaire", t.article("UNTOC-18").orElseThrow().title("fr"));
        assertEquals("Measures against the smuggling of migrants by sea", t.article("SOM-8").orElseThrow().title("en"));
        assertEquals("Marking of firearms", t.article("FP-8").orElseThrow().title("en"));
        assertEquals("Use of terms", t.article("TIP-3").orElseThrow().title("en"));
        // unsupported language falls back to English
        assertEquals("Mutual legal assistance", t.article("UNTOC-18").orElseThrow().title("de"));
        assertEquals("Mutual legal assistance", t.article("UNTOC-18").orElseThrow().title(null));
    }

    @Test
    void instrumentNames() {
        Instrument untoc = t.instrument("UNTOC").orElseThrow();
        assertEquals("United Nations Convention against Transnational Organized Crime", untoc.name("en"));
        assertEquals("CTO", untoc.shortName("fr"));
        assertEquals("UNTOC", untoc.shortName("en"));
        assertTrue(t.instrument("TIP").orElseThrow().name("es").startsWith("Protocolo para prevenir, reprimir y sancionar"));
        assertTrue(t.instrument("XYZ").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UNTOC-18", "UNTOC-18.13", "SOM-8.6", "FP-10.2", "UNTOC-1", "UNTOC-41", "TIP-20",
            "SOM-25", "FP-21", "UNTOC-30.2.c", "UNTOC-2.b", "FP-13"})
    void validArticleIds(String id) {
        assertTrue(t.isValidArticleId(id), id);
        assertTrue(t.article(id).isPresent(), id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UNTOC-99", "UNTOC-42", "TIP-21", "FP-22", "SOM-0", "XYZ-1", "untoc-18", "", " ",
            "UNTOC-18.", "UNTOC-18.0", "UNTOC-18..13", "UNTOC-", "UNTOC", "UNTOC-18.13.a.1", "UNTOC-018",
            "UNTOC 18", "UNTOC-18(13)", "UNTOC-18.13 "})
    void invalidArticleIds(String id) {
        assertFalse(t.isValidArticleId(id), id);
        assertTrue(t.article(id).isEmpty(), id);
    }

    @Test
    void nullArticleIdIsInvalid() {
        assertFalse(t.isValidArticleId(null));
        assertTrue(t.article(null).isEmpty());
    }

    @Test
    void articleOfAndAncestors() {
        assertEquals("UNTOC-18", Taxonomy.articleOf("UNTOC-18.13"));
        assertEquals("UNTOC-18", Taxonomy.articleOf("UNTOC-18"));
        assertEquals("SOM-8", Taxonomy.articleOf("SOM-8.6"));
        assertEquals(List.of("UNTOC-18", "UNTOC-18.13"), Taxonomy.withAncestors("UNTOC-18.13"));
        assertEquals(List.of("UNTOC-18"), Taxonomy.withAncestors("UNTOC-18"));
        assertEquals(List.of("UNTOC-30", "UNTOC-30.2", "UNTOC-30.2.c"), Taxonomy.withAncestors("UNTOC-30.2.c"));
        assertEquals("UNTOC-18", t.article("UNTOC-18.13").orElseThrow().id());
        assertThrows(IllegalArgumentException.class, () -> Taxonomy.articleOf("UNTOC-18."));
        assertThrows(IllegalArgumentException.class, () -> Taxonomy.withAncestors("garbage"));
    }

    @Test
    void crimeTypeHierarchy() {
        for (CrimeType c : t.crimeTypes()) {
            if (c.parent() != null) {
                assertTrue(t.crimeType(c.parent()).isPresent(), c.id() + " -> " + c.parent());
            }
        }
        assertEquals(List.of("environmental-crime", "wildlife-crime"), t.crimeTypeWithAncestors("wildlife-crime"));
        assertEquals(List.of("money-laundering"), t.crimeTypeWithAncestors("money-laundering"));
        List<String> env = t.crimeTypeWithDescendants("environmental-crime");
        assertEquals(8, env.size());
        assertEquals("environmental-crime", env.get(0));
        assertTrue(env.containsAll(List.of("wildlife-crime", "forest-crime", "fisheries-crime", "illegal-mining",
                "trafficking-precious-metals", "waste-trafficking", "oil-theft")));
        assertEquals(List.of("fraud"), t.crimeTypeWithDescendants("fraud"));
        assertThrows(IllegalArgumentException.class, () -> t.crimeTypeWithAncestors("no-such-crime"));
        assertThrows(IllegalArgumentException.class, () -> t.crimeTypeWithDescendants("no-such-crime"));
    }

    @Test
    void emergingFlag() {
        Set<String> emerging = new HashSet<>();
        t.crimeTypes().stream().filter(CrimeType::emerging).forEach(c -> emerging.add(c.id()));
        Set<String> expected = new HashSet<>(t.crimeTypeWithDescendants("environmental-crime"));
        expected.addAll(List.of("cybercrime", "identity-related-crime", "trafficking-cultural-property",
                "organ-trafficking", "falsified-medical-products", "piracy"));
        assertEquals(expected, emerging);
    }

    @Test
    void impliedArticles() {
        // TAXONOMY.md: a subject implies only its criminalization or main article; UNTOC-7 comes from
        // AML supervision, UNTOC-13/14 need more than confiscation, TIP-3 needs defined terms.
        assertEquals(List.of("UNTOC-6"), t.impliedArticles("money-laundering"));
        assertEquals(List.of("UNTOC-7"), t.impliedArticles("aml-supervision"));
        assertEquals(List.of("UNTOC-12"), t.impliedArticles("confiscation-asset-recovery"));
        assertEquals(List.of("TIP-5"), t.impliedArticles("trafficking-in-persons"));
        assertEquals(List.of("UNTOC-18.13", "SOM-8.6", "FP-13"), t.impliedArticles("central-authorities"));
        assertEquals(List.of(), t.impliedArticles("drug-trafficking"));
        assertEquals(List.of("FP-7", "FP-8", "FP-9", "FP-10"), t.impliedArticles("firearms-control"));
        assertThrows(IllegalArgumentException.class, () -> t.impliedArticles("nope"));
        for (CrimeType c : t.crimeTypes()) {
            for (String a : t.impliedArticles(c.id())) {
                assertTrue(t.isValidArticleId(a), c.id() + " " + a);
            }
        }
        for (CrossCuttingIssue c : t.crossCutting()) {
            for (String a : t.impliedArticles(c.id())) {
                assertTrue(t.isValidArticleId(a), c.id() + " " + a);
            }
        }
    }

    @Test
    void everyLabelInThreeLanguages() {
        for (CrimeType c : t.crimeTypes()) {
            for (String l : UiLanguages.codes()) {
                assertFalse(c.labels().getOrDefault(l, "").isBlank(), c.id() + " " + l);
            }
        }
        for (CrossCuttingIssue c : t.crossCutting()) {
            for (String l : UiLanguages.codes()) {
                assertFalse(c.labels().getOrDefault(l, "").isBlank(), c.id() + " " + l);
            }
        }
        for (Region r : t.regions()) {
            for (String l : UiLanguages.codes()) {
                assertFalse(r.labels().getOrDefault(l, "").isBlank(), r.id() + " " + l);
            }
        }
        for (String d : t.docTypes()) {
            for (String l : UiLanguages.codes()) {
                assertFalse(t.label("doc_type", d, l).equals(d), d + " " + l);
            }
        }
    }

    @Test
    void languages() {
        for (String code : List.of("en", "fr", "es", "nl", "de", "it", "pt", "ar", "zh", "ru")) {
            assertNotNull(t.languages("en").get(code), code);
        }
        assertEquals("English", t.languages("en").get("en"));
        assertEquals("Anglais", t.languages("fr").get("en"));
        assertEquals("Inglés", t.languages("es").get("en"));
        assertEquals("German", t.languages("de").get("de"), "unsupported UI language reads English");
        assertEquals("Néerlandais", t.languages("fr-BE").get("nl"));
    }

    @Test
    void labels() {
        assertEquals("UNTOC art. 18 — Mutual legal assistance", t.label("articles", "UNTOC-18", "en"));
        assertEquals("UNTOC art. 18(13) — Mutual legal assistance", t.label("articles", "UNTOC-18.13", "en"));
        assertEquals("CTO art. 18 — Entraide judiciaire", t.label("articles", "UNTOC-18", "fr"));
        assertEquals("UNTOC art. 18 — Asistencia judicial recíproca", t.label("articles", "UNTOC-18", "es"));
        assertEquals("UNTOC art. 30(2)(c) — " + t.article("UNTOC-30").orElseThrow().title("en"),
                t.label("articles", "UNTOC-30.2.c", "en"));
        assertEquals("Smuggling of Migrants Protocol art. 8(6) — Measures against the smuggling of migrants by sea",
                t.label("articles", "SOM-8.6", "en"));
        assertEquals("UNTOC art. 18 — Mutual legal assistance", t.label("articles_expanded", "UNTOC-18", "de"));
        assertEquals("UNTOC-99", t.label("articles", "UNTOC-99", "en"));

        assertEquals("Trafficking in wild fauna and flora", t.label("crime_types", "wildlife-crime", "en"));
        assertEquals("Traite des personnes", t.label("crime_types", "trafficking-in-persons", "fr"));
        assertEquals("Trata de personas", t.label("crime_types", "trafficking-in-persons", "es"));
        assertEquals("Entraide judiciaire", t.label("cross_cutting", "mutual-legal-assistance", "fr"));
        assertEquals("Affaire", t.label("doc_type", "case", "fr"));
        assertEquals("Cases", t.docTypePluralLabel("case", "en"));
        assertEquals("France", t.label("country", "FRA", "fr"));
        assertEquals("Alemania", t.label("country", "DEU", "es"));
        assertEquals("États d'Afrique", t.label("region", "african", "fr"));
        assertEquals("Espagnol", t.label("language", "es", "fr"));
        assertEquals("2021", t.label("year", "2021", "fr"));
        assertEquals("unknown-thing", t.label("crime_types", "unknown-thing", "en"));
        assertEquals("XXX", t.label("country", "XXX", "en"));
        assertEquals("v", t.label("no_such_facet", "v", "en"));
    }

    @Test
    void tagLabelsFindTheFamilyOfTheTag() {
        assertEquals("UNTOC art. 18(13) — Mutual legal assistance", t.tagLabel("UNTOC-18.13", "en"));
        assertEquals("Traite des personnes", t.tagLabel("trafficking-in-persons", "fr"));
        assertEquals("Entraide judiciaire", t.tagLabel("mutual-legal-assistance", "fr"));
        assertEquals("no-such-tag", t.tagLabel("no-such-tag", "en"));
    }

    @Test
    void countriesAreReachableFromTaxonomy() {
        assertSame(Countries.load(), t.countries());
        for (Country c : t.countries().all()) {
            assertTrue(t.region(c.region()).isPresent(), c.iso3());
        }
    }
}
