package org.mycroft.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mycroft.core.taxonomy.Taxonomy;

/** A law's list of predicate offences names crimes it is not about. */
class PredicateEnumerationTest {

    private static final Tagger TAGGER = Tagger.loadDefault(Taxonomy.load());

    @Test
    void aLaunderingProvisionIsNotTaggedWithItsPredicates() {
        String text = "Artículo 323. Lavado de activos. El que adquiera, resguarde, invierta o administre bienes que tengan"
                + " su origen en actividades de tráfico de migrantes, trata de personas, extorsión, secuestro extorsivo,"
                + " tráfico de armas, tráfico de drogas o delitos contra la administración pública incurrirá en prisión.";
        TagResult tags = TAGGER.tag(text, new TaggingContext("legislation", "es", false));
        assertThat(tags.crimeTypes()).contains("money-laundering")
                .doesNotContain("smuggling-of-migrants", "trafficking-in-persons", "firearms-trafficking", "drug-trafficking");
        assertThat(tags.articles()).contains("UNTOC-6").doesNotContain("SOM-6", "TIP-5", "FP-5");
        // Named in passing: findable as mentions, with their evidence, never counted as subjects.
        assertThat(tags.mentions()).contains("smuggling-of-migrants", "trafficking-in-persons", "firearms-trafficking",
                "drug-trafficking").doesNotContain("money-laundering");
        assertThat(tags.evidenceFor("drug-trafficking")).extracting(TagEvidence::text).containsExactly("tráfico de drogas");
    }

    @Test
    void aCrimeTheLawAlsoDealsWithOnItsOwnStays() {
        String text = "Trafficking in persons is punishable by 20 years. Money laundering means dealing with the proceeds"
                + " of trafficking in persons, drug trafficking, kidnapping, extortion or firearms trafficking.";
        TagResult tags = TAGGER.tag(text, new TaggingContext("legislation", "en", false));
        assertThat(tags.crimeTypes()).contains("trafficking-in-persons", "money-laundering").doesNotContain("kidnapping");
    }

    /** IRPA s. 37(1) (../shared/corpus-real): inadmissibility for organized criminality names three crimes as examples. */
    @Test
    void crimesGivenAsExamplesAreMentions() {
        String text = "A permanent resident or a foreign national is inadmissible on grounds of organized criminality for"
                + " engaging, in the context of transnational crime, in activities such as people smuggling, trafficking in"
                + " persons or laundering of money or other proceeds of crime.";
        TagResult tags = TAGGER.tag(text, new TaggingContext("legislation", "en", false));
        assertThat(tags.crimeTypes()).doesNotContain("smuggling-of-migrants", "trafficking-in-persons", "money-laundering");
        assertThat(tags.mentions()).contains("smuggling-of-migrants", "trafficking-in-persons", "money-laundering");
        // Its paragraph (a) describes membership of an organized criminal group without naming it (UNTOC 5).
        TagResult member = TAGGER.tag("A permanent resident or a foreign national is inadmissible on grounds of organized"
                + " criminality for being a member of an organization that is believed on reasonable grounds to be or to have"
                + " been engaged in activity that is part of a pattern of criminal activity planned and organized by a number of"
                + " persons acting in concert in furtherance of the commission of an offence punishable under an Act of"
                + " Parliament by way of indictment.", new TaggingContext("legislation", "en", false));
        assertThat(member.crimeTypes()).contains("participation-ocg");
        assertThat(member.articles()).contains("UNTOC-5");
        // Both paragraphs in one unit, as the splitter gives s. 37(1): the examples do not make membership a list item.
        TagResult both = TAGGER.tag("(1) A permanent resident or a foreign national is inadmissible on grounds of organized"
                + " criminality for\n(a) being a member of an organization that is believed on reasonable grounds to be or to"
                + " have been engaged in activity that is part of a pattern of criminal activity planned and organized by a"
                + " number of persons acting in concert in furtherance of the commission of an offence punishable under an Act"
                + " of Parliament by way of indictment, or engaging in activity that is part of such a pattern; or\n(b) engaging,"
                + " in the context of transnational crime, in activities such as people smuggling, trafficking in persons or"
                + " laundering of money or other proceeds of crime.", new TaggingContext("legislation", "en", false));
        assertThat(both.crimeTypes()).contains("participation-ocg").doesNotContain("smuggling-of-migrants", "money-laundering");
        // An offence that names one crime after "such as" stays about it.
        assertThat(TAGGER.tag("Any person who engages in conduct such as trafficking in persons commits an offence.",
                new TaggingContext("legislation", "en", false)).crimeTypes()).contains("trafficking-in-persons");
    }

    @Test
    void aReportListingCrimesIsAboutThem() {
        String text = "Speakers noted that cybercrime, trafficking in persons, drug trafficking and kidnapping were increasing.";
        TagResult tags = TAGGER.tag(text, new TaggingContext("reference", "en", false));
        assertThat(tags.crimeTypes()).contains("cybercrime", "trafficking-in-persons", "drug-trafficking", "kidnapping");
    }
}
