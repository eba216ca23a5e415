package org.mycroft.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mycroft.core.taxonomy.Taxonomy;

/** The traps of seeds-analysis.md §3–§4, one pinned case each. */
class TaggerTrapsTest {

    private static Tagger tagger;

    @BeforeAll
    static void load() {
        tagger = Tagger.loadDefault(Taxonomy.load());
    }

    private static TagResult en(String text) {
        return tagger.tag(text, TaggingContext.reference("en"));
    }

    private static TagResult law(String text, String lang) {
        return tagger.tag(text, TaggingContext.legislation(lang));
    }

    @Test
    void institutionNamesGiveNoCrimeTags() {
        TagResult r = en("The representative of the United Nations Office on Drugs and Crime reported on the "
                + "United Nations Convention against Corruption and the International Anti-Corruption Academy.");
        assertThat(r.crimeTypes()).isEmpty();
        assertThat(tagger.tag("La Oficina de las Naciones Unidas contra la Droga y el Delito presentó su informe.",
                TaggingContext.reference("es")).crimeTypes()).isEmpty();
        assertThat(tagger.tag("L'Office des Nations Unies contre la drogue et le crime (ONUDC) a présenté le rapport.",
                TaggingContext.reference("fr")).crimeTypes()).isEmpty();
    }

    @Test
    void instrumentNamesGiveNoCrimeTags() {
        TagResult r = en("The Trafficking in Persons Protocol, the Smuggling of Migrants Protocol and the Protocol against "
                + "the Illicit Manufacturing of and Trafficking in Firearms entered into force.");
        assertThat(r.crimeTypes()).isEmpty();
    }

    @Test
    void organizedIsNotOrganTrafficking() {
        TagResult r = en("The Chair organized informal consultations with organizations on organized crime "
                + "and the organization of work.");
        assertThat(r.crimeTypes()).doesNotContain("organ-trafficking");
        assertThat(law("Les personnes morales sont responsables des infractions commises par leurs organes.", "fr")
                .crimeTypes()).doesNotContain("organ-trafficking");
        assertThat(en("Whoever removes a human organ from a living donor for payment commits an offence.").crimeTypes())
                .contains("organ-trafficking");
    }

    @Test
    void determiningIsNotIllegalMining() {
        assertThat(en("In determining the sentence the court shall consider the role of the offender.").crimeTypes())
                .doesNotContain("illegal-mining");
        assertThat(en("Illegal mining of gold financed the group.").crimeTypes()).contains("illegal-mining");
    }

    @Test
    void conspiracyAndExpirationAreNotPiracy() {
        TagResult r = en("On the expiration of the period, the conspiracy to defraud shall be prosecuted; Inspiration.");
        assertThat(r.crimeTypes()).doesNotContain("piracy");
    }

    @Test
    void migrantsShallNotBeCriminalizedGivesNoSmugglingTag() {
        TagResult r = law("Migrants shall not become liable to criminal prosecution under this Act for the fact of "
                + "having been the object of smuggling of migrants.", "en");
        assertThat(r.crimeTypes()).doesNotContain("smuggling-of-migrants");
        assertThat(r.articles()).contains("SOM-5").doesNotContain("SOM-6");

        assertThat(law("Les migrants ne sont pas pénalement responsables du fait d'avoir été l'objet des actes de "
                + "trafic illicite de migrants.", "fr").crimeTypes()).doesNotContain("smuggling-of-migrants");
        assertThat(law("Los migrantes no serán objeto de enjuiciamiento penal por el hecho de haber sido objeto del "
                + "tráfico ilícito de migrantes.", "es").crimeTypes()).doesNotContain("smuggling-of-migrants");
        // The positive case in the same words.
        assertThat(law("Whoever organizes the smuggling of migrants for profit commits an offence.", "en").crimeTypes())
                .contains("smuggling-of-migrants");
    }

    @Test
    void counterfeitDocumentsGoodsAndMedicinesAreThreeDifferentTags() {
        assertThat(en("He was convicted of using a counterfeit passport.").crimeTypes())
                .containsExactly("identity-related-crime");
        assertThat(en("The shop sold counterfeit goods bearing famous trademarks.").crimeTypes())
                .containsExactly("counterfeiting");
        assertThat(en("The network distributed counterfeit medicines to pharmacies.").crimeTypes())
                .containsExactly("falsified-medical-products");
        assertThat(law("La fabrication de médicaments falsifiés est punie de cinq ans d'emprisonnement.", "fr")
                .crimeTypes()).containsExactly("falsified-medical-products");
        assertThat(law("La falsificación de pasaportes será castigada con prisión.", "es").crimeTypes())
                .containsExactly("identity-related-crime");
    }

    @Test
    void maritimeVersusCopyrightPiracy() {
        assertThat(en("Acts of piracy off the coast of Somalia threatened shipping.").crimeTypes())
                .containsExactly("piracy");
        assertThat(en("Software piracy infringes the copyright of the right holder.").crimeTypes())
                .containsExactly("counterfeiting");
        assertThat(law("La piratería de marcas será castigada con multa.", "es").crimeTypes())
                .containsExactly("counterfeiting");
    }

    @Test
    void trafficAloneIsNotATag() {
        assertThat(en("The Unit investigates trafficking and smuggling reported by the border police.").crimeTypes())
                .isEmpty();
        assertThat(law("La unidad investiga el tráfico en las zonas fronterizas.", "es").crimeTypes()).isEmpty();
        assertThat(en("He was convicted of trafficking in persons.").crimeTypes()).containsExactly("trafficking-in-persons");
        assertThat(law("Le trafic de stupéfiants est puni de dix ans d'emprisonnement.", "fr").crimeTypes())
                .containsExactly("drug-trafficking");
        assertThat(law("Incurrirá en el delito de tráfico de armas de fuego el que las importe sin licencia.", "es")
                .crimeTypes()).containsExactly("firearms-trafficking");
    }

    @Test
    void bareArticleInANationalLawIsNotTheConvention() {
        TagResult r = law("Notwithstanding article 5, the Minister may exempt a pharmacist from article 6 of this Act.", "en");
        assertThat(r.articles()).isEmpty();
        TagResult subject = law("Despite article 5, a person who takes part in the criminal activities of an organized "
                + "criminal group commits an offence.", "en");
        assertThat(subject.articles()).containsExactly("UNTOC-5");
        assertThat(subject.evidenceFor("UNTOC-5")).allSatisfy(e -> assertThat(e.rule()).isEqualTo("implied:participation-ocg"));
    }

    @Test
    void falseFriendsInFrenchAndSpanish() {
        assertThat(law("La juridiction saisie statue dans un délai de deux mois.", "fr").crossCutting()).isEmpty();
        assertThat(law("L'autorité peut ordonner l'enlèvement des déchets aux frais du contrevenant.", "fr").crimeTypes())
                .doesNotContain("kidnapping");
        assertThat(law("El juez podrá acordar el secuestro de los libros de contabilidad.", "es").crimeTypes())
                .doesNotContain("kidnapping");
        assertThat(law("El secuestro de una persona para exigir un rescate será castigado.", "es").crimeTypes())
                .contains("kidnapping");
        assertThat(law("Será castigado por corrupción de menores el que induzca a un menor.", "es").crimeTypes())
                .doesNotContain("corruption");
        assertThat(law("Se trata de personas mayores de edad.", "es").crimeTypes()).isEmpty();
    }

    @Test
    void meansOfTraffickingAreNotSeparateCrimes() {
        TagResult r = en("Trafficking in persons means the recruitment of persons by means of the threat or use of force "
                + "or other forms of coercion, of abduction, of fraud, of deception, for the purpose of exploitation.");
        assertThat(r.crimeTypes()).containsExactly("trafficking-in-persons");
    }

    @Test
    void parentEnvironmentalTypeOnlyWhenNamed() {
        assertThat(en("Poaching of elephants for ivory increased.").crimeTypes()).containsExactly("wildlife-crime");
        assertThat(en("Illegal, unreported and unregulated fishing depletes stocks.").crimeTypes())
                .containsExactly("fisheries-crime");
        assertThat(en("The accused were convicted of illegal bunkering.").crimeTypes()).containsExactly("oil-theft");
        assertThat(en("Environmental crime is a growing concern.").crimeTypes()).containsExactly("environmental-crime");
    }

    @Test
    void wordVariantsMatch() {
        for (String s : new String[] {"money-laundering", "Money Laundering", "MONEY  LAUNDERING", "money\nlaundering"}) {
            assertThat(en("Speakers discussed " + s + " offences.").crimeTypes()).as(s).containsExactly("money-laundering");
        }
        assertThat(law("Le BLANCHIMENT de capitaux est puni.", "fr").crimeTypes()).containsExactly("money-laundering");
        assertThat(law("El tráfico ilicito de migrantes será castigado.", "es").crimeTypes())
                .containsExactly("smuggling-of-migrants");
        assertThat(en("The organised criminal groups' leaders were convicted of participation in an organised criminal group.")
                .crimeTypes()).containsExactly("participation-ocg");
    }

    @Test
    void impliedArticlesCarryEvidenceAtTheSamePassage() {
        String text = "Any person who launders the proceeds of crime commits an offence.";
        TagResult r = law(text, "en");
        assertThat(r.crimeTypes()).containsExactly("money-laundering");
        assertThat(r.articles()).containsExactly("UNTOC-6");
        TagEvidence tag = r.evidenceFor("money-laundering").get(0);
        assertThat(text.substring(tag.start(), tag.end())).isEqualTo(tag.text()).isEqualTo("launders");
        assertThat(tag.rule()).startsWith("crime-types.yaml:money-laundering:en:");
        for (String a : r.articles()) {
            TagEvidence e = r.evidenceFor(a).get(0);
            assertThat(e.rule()).isEqualTo("implied:money-laundering");
            assertThat(e.start()).isEqualTo(tag.start());
            assertThat(e.end()).isEqualTo(tag.end());
            assertThat(e.confidence()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void centralAuthorityImpliesOnlyTheParagraphMeant() {
        assertThat(law("Requests for mutual legal assistance shall be sent to the central authority.", "en").articles())
                .containsExactly("UNTOC-18", "UNTOC-18.13");
        assertThat(law("The Registry is the single point of contact for the tracing of firearms.", "en").articles())
                .containsExactly("FP-13");
    }

    @Test
    void emptyAndNullTextGiveEmptyResult() {
        assertThat(tagger.tag("", TaggingContext.legislation("en")).isEmpty()).isTrue();
        assertThat(tagger.tag(null, null).isEmpty()).isTrue();
        assertThat(tagger.tag("Smuggling of migrants.", null).crimeTypes()).containsExactly("smuggling-of-migrants");
    }

    @Test
    void preciousMetalsSoldByReportingEntitiesOrNamedInAnActAreNotTrafficking() {
        assertThat(law("Entities that sell prescribed precious metals, while carrying out a prescribed activity, must report.", "en")
                .crimeTypes()).doesNotContain("trafficking-precious-metals");
        assertThat(law("The Consumer Packaging and Labelling Act, the Precious Metals Marking Act or the Textile Labelling Act apply.", "en")
                .crimeTypes()).doesNotContain("trafficking-precious-metals");
        assertThat(en("The group smuggled rough diamonds and precious stones across the border.").crimeTypes())
                .contains("trafficking-precious-metals");
    }

    @Test
    void dutchWeaponsLawIsReadAsFirearms() {
        assertThat(law("Het is verboden wapens en munitie van de categorieën I en II te vervaardigen, te verhandelen of voorhanden te hebben.", "nl")
                .crimeTypes()).contains("firearms-trafficking");
        TagResult register = law("De korpschef houdt een register bij van de in bewaring gegeven wapens en munitie.", "nl");
        assertThat(register.crossCutting()).contains("firearms-control");
        assertThat(register.articles()).contains("FP-7");
        assertThat(law("De wapens uit de zeventiende eeuw worden in het museum tentoongesteld.", "nl").crimeTypes()).isEmpty();
    }

    @Test
    void kidnappingAsAnAggravationOrAMeansOfTraffickingIsNotAKidnappingProvision() {
        assertThat(law("Whoever violates this section shall be fined or imprisoned not more than 20 years, or both. If death results, "
                + "or if the violation includes kidnaping, an attempt to kidnap, aggravated sexual abuse, the defendant shall be "
                + "imprisoned for any term of years or life.", "en").crimeTypes()).doesNotContain("kidnapping");
        assertThat(law("door dreiging met of gebruik van geweld of andere vormen van dwang, ontvoering, bedrog, misleiding", "nl")
                .crimeTypes()).doesNotContain("kidnapping");
        assertThat(law("Whoever kidnaps a person and holds him for ransom shall be imprisoned for life.", "en").crimeTypes())
                .contains("kidnapping");
        assertThat(law("Hij die opzettelijk iemand wederrechtelijk van de vrijheid berooft door ontvoering, wordt gestraft.", "nl")
                .crimeTypes()).contains("kidnapping");
    }

    @Test
    void aMigrantWhoseEntryWasFacilitatedAndWhoCannotBeProsecutedGivesNoSmugglingTag() {
        TagResult onlyTheMigrant = law("L'étranger à l'égard duquel un tiers a facilité l'entrée, le transit ou le séjour irréguliers "
                + "sur le territoire du Royaume, en vue d'en tirer un avantage patrimonial, ne peut être poursuivi ni puni du seul "
                + "fait d'avoir été l'objet de ces agissements.", "fr");
        assertThat(onlyTheMigrant.crimeTypes()).doesNotContain("smuggling-of-migrants");
        assertThat(onlyTheMigrant.articles()).contains("SOM-5");
        TagResult offenceThenMigrant = law("Será castigado el que, con el fin de obtener un beneficio económico, facilite la entrada "
                + "ilegal en el territorio nacional de una persona que no sea nacional. Las personas que hayan sido objeto de las "
                + "conductas descritas en este artículo no serán penalmente responsables por ese solo hecho.", "es");
        assertThat(offenceThenMigrant.crimeTypes()).contains("smuggling-of-migrants");
    }

    @Test
    void offencesListedAsNotPoliticalInAnExtraditionLawAreNotItsSubject() {
        TagResult r = law("The following conduct also does not constitute a political offence or an offence of a political "
                + "character: (a) murder or manslaughter; (b) inflicting serious bodily harm; (c) sexual assault; (d) kidnapping, "
                + "abduction, hostage-taking or extortion; (e) using explosives in circumstances in which human life is endangered.", "en");
        assertThat(r.crimeTypes()).doesNotContain("kidnapping", "extortion");
        assertThat(law("Ne sont pas considérées comme des infractions politiques : a) l'enlèvement et la prise d'otages ; "
                + "b) l'extorsion.", "fr").crimeTypes()).doesNotContain("kidnapping", "extortion");
        assertThat(law("Every one who kidnaps a person with intent to hold them for ransom commits an offence; the offence "
                + "is not a political offence.", "en").crimeTypes()).contains("kidnapping");
    }
}
