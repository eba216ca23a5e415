package org.mycroft.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mycroft.core.taxonomy.Taxonomy;

/**
 * Issue #10, third round: offences described by their conduct without their name, and the duties and
 * procedures that name neither the regime nor the Convention. Each pattern is pinned with real statutory
 * wording (cited in the comment) or, where marked, with a heldout-8 passage (tuned on in this round);
 * never with heldout-9, the blind set of this round. Each case failed against the rules before it.
 */
class DescribedConductTest {

    private static final Tagger TAGGER = Tagger.loadDefault(Taxonomy.load());

    private static TagResult law(String text, String lang) {
        return TAGGER.tag(text, TaggingContext.legislation(lang));
    }

    // ------------------------------------------------------------ laundering (UNTOC-6)

    @Test
    void launderingIsTheConductOnProceedsNotTheWord() {
        // Ireland, Criminal Justice (Money Laundering and Terrorist Financing) Act 2010, s. 7(1)(a)(i)
        assertLaundering(law("A person commits an offence if the person engages in any of the following acts in relation to"
                + " property that is the proceeds of criminal conduct: concealing or disguising the true nature, source,"
                + " location, disposition, movement or ownership of the property", "en"));
        // heldout-8 en-h8-01: "derived directly or indirectly from the commission of an unlawful activity"
        assertLaundering(law("Any person who, knowing or having reason to believe that any property is derived directly or"
                + " indirectly from the commission of an unlawful activity, acquires, uses, possesses, converts or transfers"
                + " that property commits an offence.", "en"));
        // Code pénal (France), art. 324-1, both paragraphs without "le blanchiment est"
        assertLaundering(law("le fait de faciliter, par tout moyen, la justification mensongère de l'origine des biens ou des"
                + " revenus de l'auteur d'un crime ou d'un délit ayant procuré à celui-ci un profit direct ou indirect.", "fr"));
        assertLaundering(law("le fait d'apporter un concours à une opération de placement, de dissimulation ou de conversion"
                + " du produit direct ou indirect d'un crime ou d'un délit.", "fr"));
        // Código Penal (Spain), art. 301.1
        assertLaundering(law("El que adquiera, posea, utilice, convierta, o transmita bienes, sabiendo que éstos tienen su"
                + " origen en una actividad delictiva, cometida por él o por cualquiera tercera persona", "es"));
        // UNTOC art. 6(1)(a)(i), Dutch text (../shared/corpus-real/un-untoc-2000-en-nl.md)
        assertLaundering(law("De omzetting of overdracht van goederen, wetende dat deze goederen opbrengsten zijn van misdaad,"
                + " met het oogmerk de illegale herkomst ervan te verhelen of te verhullen", "nl"));
    }

    @Test
    void aReportingDutyOnProceedsIsNotTheLaunderingOffence() {
        // heldout-8 en-h8-02 (South African-style FICA duty): the transfer of proceeds is what must be reported
        TagResult duty = law("An accountable institution which knows or ought reasonably to have known that a transaction may"
                + " facilitate the transfer of the proceeds of unlawful activities shall report it to the Centre within the"
                + " prescribed period.", "en");
        assertThat(duty.crimeTypes()).doesNotContain("money-laundering");
        assertThat(duty.crossCutting()).contains("aml-supervision");
        assertThat(duty.articles()).contains("UNTOC-7").doesNotContain("UNTOC-6");
    }

    @Test
    void theNameOfAnActCitedAsPredicateSourceStaysUncounted() {
        // A predicate cue spares laundering constructions only: citing the PCMLTFA by name is no laundering subject.
        assertThat(law("any property that is forfeited under the Proceeds of Crime (Money Laundering) and Terrorist"
                + " Financing Act is to be disposed of by the Minister", "en").crimeTypes()).doesNotContain("money-laundering");
    }

    private static void assertLaundering(TagResult r) {
        assertThat(r.crimeTypes()).contains("money-laundering");
        assertThat(r.articles()).contains("UNTOC-6");
    }

    // ------------------------------------------------------------ bribery (UNTOC-8)

    @Test
    void briberyIsAnAdvantageForAnActOfOffice() {
        // Prevention of Bribery Ordinance (Hong Kong), s. 4(2)
        assertBribery(law("Any public servant who, whether in Hong Kong or elsewhere, without lawful authority or reasonable"
                + " excuse, solicits or accepts any advantage as an inducement to or reward for his performing or abstaining"
                + " from performing, any act in his capacity as a public servant shall be guilty of an offence.", "en"));
        // Code pénal (France), art. 432-11
        assertBribery(law("le fait, par une personne dépositaire de l'autorité publique, chargée d'une mission de service"
                + " public, ou investie d'un mandat électif public, de solliciter ou d'agréer, sans droit, à tout moment,"
                + " directement ou indirectement, des offres, des promesses, des dons, des présents ou des avantages"
                + " quelconques pour elle-même ou pour autrui", "fr"));
        // Wetboek van Strafrecht, art. 363, and UNTOC art. 8(1)(b), Dutch text
        assertBribery(law("de ambtenaar die een gift of belofte dan wel een dienst aanneemt of vraagt, wetende of"
                + " redelijkerwijs vermoedende dat deze hem gedaan wordt teneinde hem te bewegen in strijd met zijn plicht iets"
                + " te doen of na te laten", "nl"));
        assertBribery(law("het, direct of indirect, door een overheidsfunctionaris verzoeken om of aanvaarden van een"
                + " niet-gerechtvaardigd voordeel, voor de functionaris zelf of voor een andere persoon of entiteit", "nl"));
    }

    @Test
    void anAdvantageOfferedToAWitnessIsObstructionNotBribery() {
        // UNTOC art. 23(a), Dutch text
        TagResult r = law("het gebruik van fysiek geweld, bedreiging of intimidatie of het beloven, aanbieden of verlenen van"
                + " een niet-gerechtvaardigd voordeel teneinde een valse getuigenverklaring uit te lokken", "nl");
        assertThat(r.crimeTypes()).doesNotContain("corruption");
    }

    private static void assertBribery(TagResult r) {
        assertThat(r.crimeTypes()).contains("corruption");
        assertThat(r.articles()).contains("UNTOC-8");
    }

    // ------------------------------------------------------------ trafficking in persons (TIP-5)

    @Test
    void traffickingIsTheActWithAnExploitativePurpose() {
        // TIP Protocol art. 3(a), Dutch text (../shared/corpus-real/un-tip-protocol-en-nl.md)
        assertThat(law("het werven, vervoeren, overbrengen van en het bieden van onderdak aan of het opnemen van personen,"
                + " door dreiging met of gebruik van geweld of andere vormen van dwang, ontvoering, bedrog, misleiding,"
                + " machtsmisbruik of misbruik van een kwetsbare positie, ten behoeve van uitbuiting.", "nl").crimeTypes())
                .contains("trafficking-in-persons");
        // heldout-8 en-h8-13 and es-h8-13: a judgment that tells the facts
        assertThat(law("The accused admitted that she had recruited the complainants in Manila with promises of work as"
                + " waitresses, paid for their flights and, on their arrival, taken their passports and required them to work"
                + " in a bar and to provide sexual services to customers until a debt had been repaid.", "en").crimeTypes())
                .contains("trafficking-in-persons");
        assertThat(law("los procesados captaban a mujeres jóvenes en zonas rurales, ofreciéndoles empleo como meseras, y una"
                + " vez allí les retenían los documentos y las obligaban a prostituirse para saldar la supuesta deuda del"
                + " viaje.", "es").crimeTypes()).contains("trafficking-in-persons");
        // SOM Protocol art. 3(a), Dutch text: moving migrants for profit is smuggling, not trafficking
        assertThat(law("het bewerkstelligen, teneinde rechtstreeks of onrechtstreeks, een financieel of ander materieel"
                + " voordeel te verkrijgen, van de illegale binnenkomst van een persoon in een Staat die partij is", "nl")
                .crimeTypes()).doesNotContain("trafficking-in-persons");
    }

    // ------------------------------------------------------------ AML preventive regime (UNTOC-7)

    @Test
    void amlDutiesAreTheRegimeOfArticle7() {
        // Financial Intelligence Centre Act (South Africa), s. 21(1)
        assertAml(law("An accountable institution may not establish a business relationship or conclude a single"
                + " transaction with a client unless the accountable institution has taken the prescribed steps to establish"
                + " and verify the identity of the client.", "en"));
        // Wwft (Netherlands), art. 16(1)
        assertAml(law("Een instelling meldt een verrichte of voorgenomen ongebruikelijke transactie onverwijld aan de"
                + " Financiële inlichtingen eenheid.", "nl"));
        // heldout-8 fr-h8-02 (the obliged persons of the francophone AML laws)
        assertAml(law("Les personnes assujetties sont tenues de déclarer à la cellule de traitement des informations"
                + " financières les sommes ou opérations dont elles savent ou soupçonnent qu'elles proviennent d'une"
                + " infraction.", "fr"));
        // PCMLTFA s. 12(1) (../shared/corpus-real): cross-border currency is paragraph 2 of article 7
        TagResult border = law("Every person or entity referred to in subsection (3) shall report to an officer, in accordance"
                + " with the regulations, the importation or exportation of currency or monetary instruments of a value equal"
                + " to or greater than the prescribed amount.", "en");
        assertThat(border.crossCutting()).contains("aml-supervision");
        assertThat(border.articles()).contains("UNTOC-7.2");
    }

    private static void assertAml(TagResult r) {
        assertThat(r.crossCutting()).contains("aml-supervision");
        assertThat(r.articles()).contains("UNTOC-7");
    }

    // ------------------------------------------------------------ special investigative techniques (UNTOC-20)

    @Test
    void sonorisationAndInfiltrationDescribed() {
        // Code de procédure pénale (France), art. 706-96 and art. 706-81
        assertSit(law("le juge d'instruction peut autoriser par ordonnance motivée les officiers et agents de police"
                + " judiciaire commis sur commission rogatoire à mettre en place un dispositif technique ayant pour objet,"
                + " sans le consentement des intéressés, la captation, la fixation, la transmission et l'enregistrement de"
                + " paroles prononcées par une ou plusieurs personnes à titre privé ou confidentiel", "fr"));
        assertSit(law("à surveiller des personnes suspectées de commettre un crime ou un délit en se faisant passer, auprès"
                + " de ces personnes, comme un de leurs coauteurs, complices ou receleurs.", "fr"));
        // Wetboek van Strafvordering, arts. 126j and 126h
        assertSit(law("kan de officier van justitie in het belang van het onderzoek bevelen dat een opsporingsambtenaar"
                + " stelselmatig informatie inwint over de verdachte.", "nl"));
        assertSit(law("kan de officier van justitie in het belang van het onderzoek bevelen dat een opsporingsambtenaar"
                + " deelneemt aan of medewerking verleent aan een groep van personen waarbinnen naar redelijk vermoeden"
                + " misdrijven worden beraamd of gepleegd.", "nl"));
        // Taking part in such a group is the offence of participation, not a technique (Sr art. 140 style).
        assertThat(law("Hij die deelneemt aan een groep van personen die tot oogmerk heeft het plegen van misdrijven, wordt"
                + " gestraft.", "nl").crossCutting()).doesNotContain("special-investigative-techniques");
    }

    private static void assertSit(TagResult r) {
        assertThat(r.crossCutting()).contains("special-investigative-techniques");
        assertThat(r.articles()).contains("UNTOC-20");
    }

    // ------------------------------------------------------------ witnesses (UNTOC-24)

    @Test
    void threatenedAndShieldedWitnesses() {
        // Wetboek van Strafvordering, art. 226a (shielded identity of a threatened witness)
        assertThat(law("De rechter-commissaris kan bevelen dat de identiteit van een getuige verborgen wordt gehouden indien"
                + " de getuige zich in verband met het afleggen van zijn verklaring bedreigd kan achten.", "nl").crossCutting())
                .contains("witness-protection");
        // Code d'instruction criminelle (Belgium), art. 86bis: "témoins menacés"
        assertThat(law("Le juge d'instruction peut accorder l'anonymat complet aux témoins menacés.", "fr").crossCutting())
                .contains("witness-protection");
        // heldout-8 en-h8-16: admission to a protection programme of a person who gives evidence
        assertThat(law("A person who has given or is to give evidence for the prosecution in proceedings for a serious"
                + " offence may be admitted to the programme where the Commissioner is satisfied that the person's life or"
                + " safety may be endangered as a result.", "en").crossCutting()).contains("witness-protection");
    }

    // ------------------------------------------------------------ dual criminality and jurisdiction

    @Test
    void dualCriminalityInFrenchSpanishDutchAndEnglishWording() {
        // heldout-8 fr-h8-04 and es-h8-04 (extradition conditions in Luxembourg and Guatemala style)
        assertThat(law("L'extradition n'est accordée que si le fait à raison duquel elle est demandée est puni par la loi de"
                + " l'État requérant et par la loi luxembourgeoise d'une peine privative de liberté.", "fr").crossCutting())
                .contains("dual-criminality");
        assertThat(law("No se concederá la extradición cuando el hecho que motiva la solicitud no esté tipificado como delito"
                + " tanto en la legislación del Estado requirente como en la legislación guatemalteca.", "es").crossCutting())
                .contains("dual-criminality");
        // Ley Orgánica del Poder Judicial (Spain), art. 23.2(a)
        assertThat(law("a) Que el hecho sea punible en el lugar de ejecución, salvo que, en virtud de un Tratado"
                + " internacional, no resulte necesario dicho requisito.", "es").crossCutting()).contains("dual-criminality");
        // Wetboek van Strafrecht, art. 7(1)
        TagResult nl = law("De Nederlandse strafwet is toepasselijk op de Nederlander die zich buiten Nederland schuldig maakt"
                + " aan een feit dat door de Nederlandse strafwet als misdrijf wordt beschouwd en waarop door de wet van het"
                + " land waar het begaan is, straf is gesteld.", "nl");
        assertThat(nl.crossCutting()).contains("dual-criminality", "jurisdiction");
        // heldout-8 en-h8-05: the conduct test with "within the jurisdiction of"
        assertThat(law("A person shall not be surrendered unless the act or omission constituting the offence would, if it"
                + " had taken place within the jurisdiction of the Republic, have constituted an offence punishable under the"
                + " law of the Republic.", "en").crossCutting()).contains("dual-criminality");
        // One law alone is no double test.
        assertThat(law("Le fait est puni par la loi française d'une peine d'emprisonnement.", "fr").crossCutting())
                .doesNotContain("dual-criminality");
    }

    @Test
    void nationalityJurisdictionIsAnOffenceAbroadByANational() {
        // heldout-8 en-h8-11 and fr-h8-11
        TagResult en = law("The courts of Botswana shall have jurisdiction to try an offence under this Act where the offence"
                + " was committed outside Botswana by a citizen of Botswana or by a person ordinarily resident in Botswana.", "en");
        assertThat(en.crossCutting()).contains("jurisdiction");
        assertThat(en.articles()).contains("UNTOC-15");
        assertThat(law("Quiconque, hors du territoire du Royaume, s'est rendu coupable d'un crime ou d'un délit contre un"
                + " ressortissant belge peut être poursuivi en Belgique.", "fr").crossCutting()).contains("jurisdiction");
        // A citizen named without any act abroad is no jurisdiction clause.
        assertThat(law("A permit may be issued only to a citizen of Canada or a permanent resident.", "en").crossCutting())
                .doesNotContain("jurisdiction");
    }

    // ------------------------------------------------------------ cooperation in confiscation (UNTOC-13, 14) and MLA

    @Test
    void foreignConfiscationOrdersAndSharing() {
        // heldout-8 en-h8-07, fr-h8-07, es-h8-07, nl-h8-09, en-h8-08
        assertThat(law("Where a confiscation order has been made by a court of a requesting State in respect of property"
                + " which is believed to be in Namibia, the Prosecutor-General may apply for its registration.", "en").articles())
                .contains("UNTOC-12", "UNTOC-13");
        assertThat(law("Lorsque la confiscation d'un bien a été ordonnée par une juridiction étrangère, l'exécution de cette"
                + " décision est autorisée par le tribunal correctionnel.", "fr").articles()).contains("UNTOC-13");
        TagResult es = law("Las resoluciones de decomiso dictadas por tribunales extranjeros podrán ejecutarse a solicitud del"
                + " Estado emisor, y los bienes decomisados podrán distribuirse entre ambos Estados.", "es");
        assertThat(es.articles()).contains("UNTOC-13", "UNTOC-14");
        assertThat(law("Op verzoek van een vreemde staat kan een door een rechter van die staat opgelegde verplichting tot"
                + " betaling van een geldbedrag ter ontneming van wederrechtelijk verkregen voordeel in Nederland worden"
                + " tenuitvoergelegd.", "nl").articles()).contains("UNTOC-13");
        assertThat(law("The Minister may use money in the Account to compensate victims of the offence, or share it with a"
                + " foreign State whose authorities assisted in the investigation.", "en").articles()).contains("UNTOC-14");
        // A domestic confiscation is no cooperation.
        assertThat(law("Op voorwerpen die aan de verdachte toebehoren kan beslag worden gelegd ter ontneming van"
                + " wederrechtelijk verkregen voordeel.", "nl").articles()).doesNotContain("UNTOC-13");
    }

    @Test
    void requestsForAssistanceWithoutTheWordMutual() {
        // heldout-8 en-h8-06 and es-h8-06
        assertThat(law("All requests for assistance in criminal matters made to the Republic shall be addressed to the"
                + " central authority.", "en").crossCutting()).contains("mutual-legal-assistance");
        assertThat(law("Las solicitudes de asistencia que formulen las autoridades extranjeras para la práctica de"
                + " diligencias de investigación se tramitarán por conducto de la Fiscalía General.", "es").crossCutting())
                .contains("mutual-legal-assistance");
    }

    // ------------------------------------------------------------ documents and marks

    @Test
    void travelDocumentFraudAndCounterfeitMarks() {
        // heldout-8 en-h8-15 and fr-h8-12
        assertThat(law("A person who, with intent to deceive, makes, alters or uses a passport, visa or other travel"
                + " document commits an offence.", "en").crimeTypes()).contains("identity-related-crime");
        assertThat(law("les prévenus faisaient venir de Chine, par conteneurs, des sacs et des montres reproduisant les"
                + " marques de maisons de luxe", "fr").crimeTypes()).contains("counterfeiting");
    }
}
