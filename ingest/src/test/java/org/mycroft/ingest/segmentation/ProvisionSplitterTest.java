package org.mycroft.ingest.segmentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProvisionSplitterTest {

    private final ProvisionSplitter splitter = new ProvisionSplitter();

    @Test
    void splitsTheNumberingStylesOfTheThreeLanguages() {
        String text = """
                Code pénal (extraits)
                Article 225-4-1
                La traite des êtres humains est le fait de recruter une personne.
                Article 225-4-2 - Circonstances aggravantes
                Sept ans d'emprisonnement.
                Artículo 177 bis. Trata de seres humanos
                Será castigado con la pena de cinco a ocho años.
                § 1591. Sex trafficking of children
                Whoever knowingly recruits.
                s. 462.31 Laundering proceeds of crime
                Every one commits an offence.
                """;
        List<Provision> provisions = splitter.split(text);
        assertThat(provisions).extracting(Provision::label)
                .containsExactly("Article 225-4-1", "Article 225-4-2", "Artículo 177 bis", "§ 1591", "Section 462.31");
        assertThat(provisions.get(1).heading()).isEqualTo("Circonstances aggravantes");
        assertThat(provisions.get(2).heading()).isEqualTo("Trata de seres humanos");
        assertThat(provisions.get(0).text()).startsWith("Article 225-4-1").contains("recruter");
    }

    @Test
    void citationsInProseAreNotHeadings() {
        String text = """
                Section 1. Purpose
                This Act implements article 5 of the Convention.
                Article 18 of the Convention applies to requests.
                Section 2. Requests
                Requests are sent to the central authority.
                """;
        assertThat(splitter.split(text)).extracting(Provision::label).containsExactly("Section 1", "Section 2");
    }

    @Test
    void aTextWithoutHeadingsStaysWhole() {
        assertThat(splitter.split("The court found that the accused had laundered money.")).isEmpty();
    }

    @Test
    void dutchArtikelsAndLetterSuffixesSplit() {
        String text = """
                Wet van 12 mei 1928
                Artikel 1
                1. In deze wet wordt verstaan onder middel: substantie of preparaat.
                Artikel 3a
                Het is verboden een middel als bedoeld in artikel 2 binnen het grondgebied te brengen.
                Artikel 3 van de wet is van toepassing op deze zin, die geen kop is.
                Artikel 324bis
                Tekst.
                """;
        assertThat(splitter.split(text)).extracting(Provision::label)
                .containsExactly("Artikel 1", "Artikel 3a", "Artikel 324bis");
    }

    @Test
    void aHeadingAloneOnItsLineTakesTheNextShortLineAsHeading() {
        String text = """
                Article 1

                Statement of purpose

                The purpose of this Protocol is to prevent and combat trafficking.

                Article 2

                1. Each State Party shall adopt measures.
                """;
        List<Provision> provisions = splitter.split(text);
        assertThat(provisions).extracting(Provision::heading).containsExactly("Statement of purpose", "");
    }

    @Test
    void divisionHeadingsEndTheProvisionBeforeThemAndAreNotProvisions() {
        String text = """
                Article 5
                Criminalization
                Each State Party shall adopt such measures.
                II
                Protection of victims
                Article 6
                Assistance to victims
                Each State Party shall protect the privacy of victims.
                CHAPTER III — FINAL PROVISIONS
                Article 7
                Entry into force
                This Protocol enters into force on the ninetieth day.
                """;
        List<Provision> provisions = splitter.split(text);
        assertThat(provisions).extracting(Provision::label).containsExactly("Article 5", "Article 6", "Article 7");
        assertThat(provisions.get(0).text()).doesNotContain("Protection of victims").endsWith("such measures.");
        assertThat(provisions.get(1).text()).doesNotContain("FINAL PROVISIONS");
    }

    @Test
    void sectionsOrParagraphsThatOnlyTitleAGroupOfArticlesAreDivisions() {
        String text = """
                Section 1 : De la traite des êtres humains
                Article 225-4-1
                La traite des êtres humains est le fait de recruter une personne.
                Article 225-4-2
                L'infraction est punie de dix ans d'emprisonnement.
                § 2
                Erkenning
                Artikel 9
                Het is verboden zonder erkenning wapens te vervaardigen.
                """;
        assertThat(splitter.split(text)).extracting(Provision::label)
                .containsExactly("Article 225-4-1", "Article 225-4-2", "Artikel 9");
    }

    @Test
    void aTreatyFollowedByItsTranslationSplitsBothHalvesWithDistinctLabels() {
        String text = """
                Protocol against the Smuggling of Migrants

                Preamble The States Parties to this Protocol, declaring that effective action is needed, have agreed as follows:

                I

                General provisions

                Article 1

                Relation with the Convention

                This Protocol supplements the Convention.

                Article 2

                Statement of purpose

                The purpose of this Protocol is to prevent the smuggling of migrants.

                IN WITNESS WHEREOF, the undersigned have signed this Protocol.

                Protocol tegen de smokkel van migranten

                Preambule De Staten die partij zijn bij dit Protocol, zijn het volgende overeengekomen:

                Artikel 1

                Verhouding met het Verdrag

                Dit Protocol vult het Verdrag aan.

                Artikel 2

                Doel

                Dit Protocol heeft ten doel de smokkel van migranten te voorkomen.
                """;
        List<Provision> provisions = splitter.split(text);
        assertThat(provisions).extracting(Provision::label).containsExactly(
                "Preamble", "Article 1", "Article 2", "Preambule", "Artikel 1", "Artikel 2");
        assertThat(provisions.get(0).text()).doesNotContain("General provisions");
        assertThat(provisions.get(2).text()).endsWith("have signed this Protocol.").doesNotContain("smokkel");
        assertThat(provisions.get(3).text()).startsWith("Preambule De Staten");
    }

    @Test
    void aSingleNumberedSectionUnderAShortTitleIsOneProvision() {
        String text = """
                Title 18— CRIMES AND CRIMINAL PROCEDURE
                CHAPTER 77— PEONAGE, SLAVERY, AND TRAFFICKING IN PERSONS
                § 1589. Forced labor
                (a) Whoever knowingly provides or obtains the labor or services of a person shall be punished.
                """;
        List<Provision> provisions = splitter.split(text);
        assertThat(provisions).singleElement().satisfies(p -> {
            assertThat(p.label()).isEqualTo("§ 1589");
            assertThat(p.heading()).isEqualTo("Forced labor");
            assertThat(p.text()).startsWith("§ 1589. Forced labor").contains("Whoever knowingly");
        });
        // a lone citation-like line in a judgment is not enough
        assertThat(splitter.split("The court applied the law.\nArticle 8\nThe applicant complained.")).isEmpty();
    }

    @Test
    void frenchFirstArticlesSpanishFinalProvisionsAndSchedulesAreProvisions() {
        String text = """
                Article 1er
                La présente loi s'applique à l'entraide.
                Art. 2. - Définitions
                Au sens de la présente loi…
                Disposición final única.
                Esta Ley entrará en vigor el día siguiente.
                Schedule II
                Designated States
                """;
        assertThat(splitter.split(text)).extracting(Provision::label)
                .containsExactly("Article 1er", "Article 2", "Disposición final única", "Schedule II");
    }
    /**
     * Spanish final and additional provisions carry long headings of their own ("Disposición final
     * primera. Modificación de la Ley de Enjuiciamiento Criminal."), sometimes without a full stop
     * after the ordinal, past "décima", or run into their first sentence on the same line; each is a
     * provision of its own, not the tail of the article before it. "DISPOSICIONES FINALES" only
     * titles the group.
     */
    @Test
    void spanishFinalProvisionsWithLongHeadingsAreProvisionsOfTheirOwn() {
        String text = """
                Artículo 4. Protección de testigos
                Los testigos podrán ser protegidos durante el proceso y después de él.
                DISPOSICIONES ADICIONALES
                Disposición adicional undécima Régimen de los testigos protegidos en los procesos por delitos cometidos por organizaciones criminales
                El Gobierno regulará el régimen aplicable.
                Disposición adicional decimotercera. Evaluación.
                El Ministerio de Justicia evaluará la aplicación de esta Ley.
                DISPOSICIONES FINALES
                Disposición final primera. Modificación de la Ley de Enjuiciamiento Criminal, aprobada por Real Decreto de 14 de septiembre de 1882, para la protección de los testigos y peritos en causas criminales.
                Se modifica el artículo 448 de la Ley de Enjuiciamiento Criminal, que queda redactado como sigue.
                Disposición final segunda. Modificación de la Ley Orgánica 10/1995, de 23 de noviembre, del Código Penal. Se añade un artículo 464 bis al Código Penal, con la siguiente redacción: «El que intimidare a un testigo será castigado.»
                Disposición final vigésima primera. Entrada en vigor.
                La presente Ley entrará en vigor al día siguiente de su publicación.
                """;
        List<Provision> provisions = splitter.split(text);
        assertThat(provisions).extracting(Provision::label).containsExactly("Artículo 4",
                "Disposición adicional undécima", "Disposición adicional decimotercera", "Disposición final primera",
                "Disposición final segunda", "Disposición final vigésima primera");
        assertThat(provisions.getFirst().text()).doesNotContain("DISPOSICIONES", "undécima");
        assertThat(provisions.get(1).heading()).startsWith("Régimen de los testigos protegidos");
        assertThat(provisions.get(3).heading()).startsWith("Modificación de la Ley de Enjuiciamiento Criminal");
        assertThat(provisions.get(4).heading()).isEqualTo("Modificación de la Ley Orgánica 10/1995, de 23 de noviembre, del Código Penal");
        assertThat(provisions.get(4).text()).contains("464 bis");
    }
    /** Each provision knows the Part / Chapter / Section titles it sits under; a new chapter closes the sections of the last. */
    @Test
    void provisionsKnowTheTitlesOfTheDivisionsAboveThem() {
        String text = """
                Wet van 9 maart 1967, houdende nieuwe regelen betreffende uitlevering en andere vormen van internationale rechtshulp in strafzaken

                Hoofdstuk I

                Begripsbepalingen

                Artikel 1

                In deze wet wordt verstaan onder verdrag: een verdrag betreffende uitlevering.

                Hoofdstuk III

                Procedure van uitlevering

                Afdeling A

                Voorlopige aanhouding

                Artikel 13

                Een vreemdeling kan voorlopig worden aangehouden.

                Hoofdstuk V

                Andere vormen van rechtshulp

                Artikel 47

                Onze Minister kan een verzoek om rechtshulp inwilligen.
                """;
        List<Provision> provisions = splitter.split(text);
        assertThat(provisions).extracting(Provision::label).containsExactly("Artikel 1", "Artikel 13", "Artikel 47");
        assertThat(provisions).extracting(Provision::division).containsExactly("Begripsbepalingen",
                "Procedure van uitlevering — Voorlopige aanhouding", "Andere vormen van rechtshulp");
    }
}
