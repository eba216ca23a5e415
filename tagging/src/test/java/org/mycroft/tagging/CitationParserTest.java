package org.mycroft.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mycroft.core.taxonomy.Taxonomy;

/** Explicit citations of the Convention and its Protocols in English, French and Spanish. */
class CitationParserTest {

    private static Tagger tagger;

    @BeforeAll
    static void load() {
        tagger = Tagger.loadDefault(Taxonomy.load());
    }

    private static TagResult ref(String text, String lang) {
        return tagger.tag(text, TaggingContext.reference(lang));
    }

    private static TagResult citations(String text, String lang) {
        TagResult r = ref(text, lang);
        // Only the citation evidence, not articles implied by a subject.
        return new TagResult(r.evidence().stream().filter(e -> e.rule().startsWith("citations.yaml:"))
                .map(TagEvidence::tag).toList(), java.util.List.of(), java.util.List.of(), java.util.List.of());
    }

    @Test
    void articleAndParagraph() {
        assertThat(citations("Under article 18, paragraph 13, of the Convention, each State designates an authority.", "en")
                .articles()).containsExactly("UNTOC-18.13");
        assertThat(citations("See paragraph 13 of article 18 of the Convention.", "en").articles())
                .containsExactly("UNTOC-18.13");
        assertThat(citations("as required by article 18(13) of the Organized Crime Convention", "en").articles())
                .containsExactly("UNTOC-18.13");
    }

    @Test
    void protocols() {
        assertThat(citations("Article 6 of the Smuggling of Migrants Protocol requires criminalization.", "en").articles())
                .containsExactly("SOM-6");
        assertThat(citations("The court applied art. 3(a) of the Trafficking in Persons Protocol.", "en").articles())
                .containsExactly("TIP-3");
        assertThat(citations("article 8, paragraph 6, of the Migrants Protocol", "en").articles())
                .containsExactly("SOM-8.6");
        assertThat(citations("article 13 of the Firearms Protocol", "en").articles()).containsExactly("FP-13");
    }

    @Test
    void listsAndRanges() {
        assertThat(citations("articles 5 and 6 of the Convention", "en").articles()).containsExactly("UNTOC-5", "UNTOC-6");
        assertThat(citations("articles 5, 6, 8 and 23 of the Convention", "en").articles())
                .containsExactly("UNTOC-5", "UNTOC-6", "UNTOC-8", "UNTOC-23");
        assertThat(citations("articles 12 to 14 of the Convention", "en").articles())
                .containsExactly("UNTOC-12", "UNTOC-13", "UNTOC-14");
    }

    @Test
    void french() {
        assertThat(citations("Plusieurs États ont utilisé l'article 18 de la Convention comme base légale.", "fr").articles())
                .containsExactly("UNTOC-18");
        assertThat(citations("conformément au paragraphe 13 de l'article 18 de la Convention des Nations Unies contre la "
                + "criminalité transnationale organisée", "fr").articles()).containsExactly("UNTOC-18.13");
        assertThat(citations("les articles 16 et 18 de la Convention ainsi que l'article 13 du Protocole relatif aux "
                + "armes à feu", "fr").articles()).containsExactly("UNTOC-16", "UNTOC-18", "FP-13");
    }

    @Test
    void spanish() {
        assertThat(citations("De conformidad con el artículo 16 de la Convención, la extradición podrá concederse.", "es")
                .articles()).containsExactly("UNTOC-16");
        assertThat(citations("Los artículos 5 y 6 de la Convención de las Naciones Unidas contra la Delincuencia "
                + "Organizada Transnacional", "es").articles()).containsExactly("UNTOC-5", "UNTOC-6");
        assertThat(citations("el párrafo 13 del artículo 18 de la Convención", "es").articles())
                .containsExactly("UNTOC-18.13");
        assertThat(citations("el artículo 6 del Protocolo contra el tráfico ilícito de migrantes por tierra, mar y aire",
                "es").articles()).containsExactly("SOM-6");
    }

    @Test
    void nationalArticlesAreNotCitations() {
        assertThat(citations("An application under article 18 of this Act is made to a judge.", "en").articles()).isEmpty();
        assertThat(citations("Notwithstanding article 5, the Minister may act.", "en").articles()).isEmpty();
        assertThat(citations("les infractions prévues à l'article 6 de la présente loi", "fr").articles()).isEmpty();
        assertThat(citations("lo dispuesto en el artículo 5 de esta ley", "es").articles()).isEmpty();
    }

    @Test
    void otherConventionsAreNotUntoc() {
        assertThat(citations("Article 6 of the Convention on the Rights of the Child protects life.", "en").articles()).isEmpty();
        assertThat(citations("article 46 of the United Nations Convention against Corruption", "en").articles()).isEmpty();
        // A generic "the Convention" when the text names only another convention.
        assertThat(citations("This Act implements the Convention on Combating Bribery. Article 1 of the Convention "
                + "defines bribery.", "en").articles()).isEmpty();
        // Article numbers beyond the instrument are ignored.
        assertThat(citations("article 45 of the Convention", "en").articles()).isEmpty();
    }

    @Test
    void genericConventionInLegislationNeedsUntocNamed() {
        TaggingContext law = TaggingContext.legislation("en");
        assertThat(tagger.tag("as provided in article 16 of the Convention", law).articles()).isEmpty();
        assertThat(tagger.tag("This Act implements the United Nations Convention against Transnational Organized Crime; "
                + "requests under article 16 of the Convention are made to the Minister.", law).articles())
                .contains("UNTOC-16");
    }

    @Test
    void genericProtocolResolvesToTheProtocolNamed() {
        assertThat(citations("The Firearms Protocol entered into force in 2005. Article 8 of the Protocol concerns marking.",
                "en").articles()).containsExactly("FP-8");
        assertThat(citations("Article 8 of the Protocol concerns this.", "en").articles()).isEmpty();
    }

    @Test
    void instrumentFirst() {
        assertThat(citations("UNTOC art. 18 is the basis of the request.", "en").articles()).containsExactly("UNTOC-18");
    }

    @Test
    void instrumentTextIgnoresInternalCrossReferences() {
        TagResult r = tagger.tag("This article applies to the offences established in accordance with articles 5, 6, 8 "
                + "and 23 of this Convention, provided that extradition is sought.",
                new TaggingContext("reference", "en", true));
        assertThat(r.articles()).containsExactly("UNTOC-16");
        assertThat(r.crossCutting()).containsExactly("extradition");
    }

    @Test
    void citationEvidenceHasOffsets() {
        String text = "Pursuant to article 18, paragraph 13, of the Convention, States designate a central authority.";
        TagEvidence e = ref(text, "en").evidence().stream().filter(x -> x.rule().startsWith("citations.yaml:")).findFirst()
                .orElseThrow();
        assertThat(e.tag()).isEqualTo("UNTOC-18.13");
        assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text()).startsWith("article 18").endsWith("Convention");
        assertThat(e.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void aConventionAtTheEndOfASentenceIsNotRenamedByTheNextSentence() {
        TagResult r = Tagger.loadDefault(Taxonomy.load()).tag("Le Groupe de travail a examiné l'application de l'article 21 "
                + "de la Convention. Des intervenants ont décrit leurs pratiques.", TaggingContext.reference("fr"));
        assertThat(r.articles()).contains("UNTOC-21");
        TagResult other = Tagger.loadDefault(Taxonomy.load()).tag("Le Groupe a examiné l'article 21 de la Convention des "
                + "Nations Unies contre la corruption.", TaggingContext.reference("fr"));
        assertThat(other.articles()).doesNotContain("UNTOC-21");
    }
}
