package org.mycroft.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mycroft.core.taxonomy.Taxonomy;

/** The obvious tag of real laws in ../shared/corpus-real beside the checkout (read as plain text, first 20,000 chars). */
class RealCorpusTaggingTest {

    private static Tagger tagger;
    private static Path corpus;

    @BeforeAll
    static void load() {
        tagger = Tagger.loadDefault(Taxonomy.load());
        corpus = Path.of(System.getProperty("mycroft.shared.dir", "../../shared"), "corpus-real");
    }

    /** The first 20,000 characters of a real law, markup stripped; skips when the corpus is absent. */
    private static String read(String file) throws IOException {
        assumeTrue(Files.isDirectory(corpus), corpus + " absent, skipping");
        Path p = corpus.resolve(file);
        assumeTrue(Files.isRegularFile(p), p + " absent, skipping");
        String text = Files.readString(p);
        if (file.endsWith(".xml")) {
            text = text.replaceAll("<[^>]+>", " ");
        }
        return text.substring(0, Math.min(20_000, text.length()));
    }

    private static TagResult tag(String file, String lang) throws IOException {
        return tagger.tag(read(file), TaggingContext.legislation(lang));
    }

    @Test
    void usMoneyLaundering() throws IOException {
        TagResult r = tag("us-18usc1956a-money-laundering.md", "en");
        assertThat(r.crimeTypes()).contains("money-laundering");
        assertThat(r.articles()).contains("UNTOC-6");
    }

    @Test
    void usSexTrafficking() throws IOException {
        TagResult r = tag("us-18usc1591a-sex-trafficking.md", "en");
        assertThat(r.crimeTypes()).contains("trafficking-in-persons");
        assertThat(r.articles()).contains("TIP-5");
    }

    @Test
    void usForcedLabour() throws IOException {
        assertThat(tag("us-18usc1589-forced-labor.md", "en").crimeTypes()).contains("trafficking-in-persons")
                .doesNotContain("kidnapping"); // "if the violation includes kidnaping" is an aggravation
    }

    @Test
    void usAlienSmuggling() throws IOException {
        TagResult r = tag("us-8usc1324a1A-alien-smuggling.md", "en");
        assertThat(r.crimeTypes()).contains("smuggling-of-migrants");
        assertThat(r.articles()).contains("SOM-6");
    }

    @Test
    void usRico() throws IOException {
        assertThat(tag("us-18usc1962-rico-prohibited-activities.md", "en").crimeTypes()).contains("participation-ocg");
    }

    @Test
    void usComputerFraud() throws IOException {
        assertThat(tag("us-18usc1030a-computer-fraud.md", "en").crimeTypes()).contains("cybercrime");
    }

    @Test
    void spanishWitnessProtection() throws IOException {
        TagResult r = tag("es-LO-19-1994-proteccion-testigos-peritos-es.md", "es");
        assertThat(r.crossCutting()).contains("witness-protection");
        assertThat(r.articles()).contains("UNTOC-24");
    }

    @Test
    void canadianLaws() throws IOException {
        assertThat(tag("ca-W-11.2-witness-protection-en.xml", "en").crossCutting()).contains("witness-protection");
        assertThat(tag("ca-W-11.2-protection-temoins-fr.xml", "fr").crossCutting()).contains("witness-protection");
        assertThat(tag("ca-M-13.6-mutual-legal-assistance-en.xml", "en").crossCutting()).contains("mutual-legal-assistance");
        assertThat(tag("ca-M-13.6-entraide-juridique-fr.xml", "fr").crossCutting()).contains("mutual-legal-assistance");
        assertThat(tag("ca-E-23.01-extradition-act-en.xml", "en").crossCutting()).contains("extradition");
        assertThat(tag("ca-C-45.2-corruption-foreign-officials-en.xml", "en").crimeTypes()).contains("corruption");
        assertThat(tag("ca-W-8.5-wild-animal-plant-trade-en.xml", "en").crimeTypes()).contains("wildlife-crime");
        assertThat(tag("ca-P-24.501-proceeds-of-crime-ml-tf-en.xml", "en").crimeTypes())
                .contains("money-laundering", "terrorism")
                .doesNotContain("trafficking-precious-metals"); // dealers in precious metals report, they do not traffic
    }

    @Test
    void dutchWeaponsAndAmmunitionAct() throws IOException {
        TagResult r = tag("nl-wet-wapens-en-munitie-nl.md", "nl");
        assertThat(r.crimeTypes()).contains("firearms-trafficking");
    }

    @Test
    void untocTextTaggedBySubjectNotByItsCrossReferences() throws IOException {
        TagResult r = tagger.tag(read("un-untoc-2000-en-nl.md"), new TaggingContext("reference", "en", true));
        assertThat(r.crimeTypes()).contains("participation-ocg", "money-laundering", "corruption");
        assertThat(r.evidence()).noneMatch(e -> e.rule().startsWith("citations.yaml:"));
    }
}
