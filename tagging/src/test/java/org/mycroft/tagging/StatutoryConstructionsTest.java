package org.mycroft.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mycroft.core.taxonomy.Taxonomy;

/**
 * Issue #10, fifth round: constructions of real statutes that name neither the offence nor the regime.
 * Each case is real statutory wording (the State and provision in the comment), taken from heldout-10
 * (opened for tuning in this round) or from a law not in any passage set; never from heldout-11, the
 * blind set of this round. Each case failed against the rules before the pattern it pins.
 */
class StatutoryConstructionsTest {

    private static final Tagger TAGGER = Tagger.loadDefault(Taxonomy.load());

    private static TagResult law(String text, String lang) {
        return TAGGER.tag(text, TaggingContext.legislation(lang));
    }

    /** The rules alone: what a construction pins must not depend on the neighbours. */
    private static TagResult rulesAlone(String text, String lang) {
        return RULES.tag(text, TaggingContext.legislation(lang));
    }

    private static final Tagger RULES = Tagger.loadRulesOnly(Taxonomy.load());

    // ------------------------------------------------------------ criminalization without the name

    @Test
    void dealingWithProceedsOfCrimeIsLaundering() {
        // Australia, Criminal Code s. 400.3(1) (heldout-10 en-h10-01)
        TagResult r = law("(1) A person is guilty of an offence if: (a) the person deals with money or other property; and (b)"
                + " either: (i) the money or property is, and the person believes it to be, proceeds of indictable crime; or (ii)"
                + " the person intends that the money or property will become an instrument of crime", "en");
        assertThat(r.crimeTypes()).contains("money-laundering");
        assertThat(r.articles()).contains("UNTOC-6");
        // Australia, Proceeds of Crime Act 2002 s. 17: a restraining order over property is not laundering
        TagResult restraint = law("A magistrate must order that property not be disposed of or otherwise dealt with by any"
                + " person if the property is suspected of being proceeds of an indictable offence", "en");
        assertThat(restraint.crimeTypes()).doesNotContain("money-laundering");
        // Canada, Code criminel art. 462.31(1) (heldout-10 fr-h10-01)
        assertThat(law("Est coupable d'une infraction quiconque utilise, enlève, envoie, livre à une personne ou à un endroit,"
                + " transporte ou modifie des biens ou leurs produits, en dispose, dans l'intention de les cacher ou de les convertir"
                + " sachant ou croyant qu'ils ont été obtenus ou produits directement ou indirectement par suite de la perpétration,"
                + " au Canada, d'une infraction désignée", "fr").crimeTypes()).contains("money-laundering");
        // Argentina, Código Penal art. 303 inc. 1 (heldout-10 es-h10-01)
        assertThat(law("el que convirtiere, transfiriere, administrare, vendiere, gravare, disimulare o de cualquier otro modo"
                + " pusiere en circulación en el mercado, bienes provenientes de un ilícito penal, con la consecuencia posible de"
                + " que el origen de los bienes originarios o los subrogantes adquieran la apariencia de un origen lícito", "es")
                .crimeTypes()).contains("money-laundering");
    }

    @Test
    void aFinancialOrOtherAdvantageToInduceImproperPerformanceIsBribery() {
        // UK, Bribery Act 2010 s. 1(2) (heldout-10 en-h10-02)
        TagResult r = law("Case 1 is where— (a) P offers, promises or gives a financial or other advantage to another person, and"
                + " (b) P intends the advantage— (i) to induce a person to perform improperly a relevant function or activity", "en");
        assertThat(r.crimeTypes()).contains("corruption");
        assertThat(r.articles()).contains("UNTOC-8");
        // UK, Bribery Act 2010 s. 2(2): the passive side
        assertThat(law("Case 3 is where R requests, agrees to receive or accepts a financial or other advantage intending that,"
                + " in consequence, a relevant function or activity should be performed improperly", "en").crimeTypes())
                .contains("corruption");
    }

    @Test
    void facilitatingABreachOfImmigrationLawIsSmuggling() {
        // UK, Immigration Act 1971 s. 25(1) (heldout-10 en-h10-05)
        TagResult r = law("A person commits an offence if he— (a) does an act which facilitates the commission of a breach or"
                + " attempted breach of immigration law by an individual who is not a national of the United Kingdom", "en");
        assertThat(r.crimeTypes()).contains("smuggling-of-migrants");
        assertThat(r.articles()).contains("SOM-6");
        // México, Ley de Migración art. 159 (heldout-10 es-h10-05)
        assertThat(law("Se impondrá pena de ocho a dieciséis años de prisión a quien: I. Con propósito de tráfico lleve a una o más"
                + " personas a internarse en otro país sin la documentación correspondiente, con objeto de obtener directa o"
                + " indirectamente un lucro", "es").crimeTypes()).contains("smuggling-of-migrants");
    }

    @Test
    void dealingInFirearmsWithoutRegistrationOrRightIsFirearmsTrafficking() {
        // UK, Firearms Act 1968 s. 3(1) (heldout-10 en-h10-06)
        assertThat(law("A person commits an offence if, by way of trade or business, he— (a) manufactures, sells, transfers,"
                + " repairs, tests or proves any firearm or ammunition to which section 1 of this Act applies, or a shot gun; (b)"
                + " exposes for sale or transfer, or has in his possession for sale, transfer, repair, test or proof any such firearm"
                + " or ammunition, or a shot gun, without being registered under this Act as a firearms dealer.", "en").crimeTypes())
                .contains("firearms-trafficking");
        // Suisse, loi sur les armes art. 33 al. 1 let. a (heldout-10 fr-h10-06)
        assertThat(law("quiconque, intentionnellement : a. sans droit, offre, aliène, acquiert, possède, fabrique, modifie,"
                + " transforme, porte, exporte vers un État Schengen ou introduit sur le territoire suisse des armes, des éléments"
                + " essentiels d'armes", "fr").crimeTypes()).contains("firearms-trafficking");
        // España, Código Penal art. 566.1 (heldout-10 es-h10-06)
        assertThat(law("Los que fabriquen, comercialicen o establezcan depósitos de armas o municiones no autorizados por las"
                + " Leyes o la autoridad competente serán castigados", "es").crimeTypes()).contains("firearms-trafficking");
    }

    @Test
    void leadingAGroupFormedToCommitOffencesIsParticipation() {
        // France, Code pénal art. 222-34 (heldout-10 fr-h10-07)
        TagResult r = law("Le fait de diriger ou d'organiser un groupement ayant pour objet la production, la fabrication,"
                + " l'importation, l'exportation, le transport, la détention, l'offre, la cession, l'acquisition ou l'emploi"
                + " illicites de stupéfiants est puni de la réclusion criminelle à perpétuité", "fr");
        assertThat(r.crimeTypes()).contains("participation-ocg", "drug-trafficking");
        // Argentina, Código Penal art. 210 (heldout-10 es-h10-03)
        assertThat(law("Será reprimido con prisión o reclusión de tres a diez años, el que tomare parte en una asociación o banda"
                + " de tres o más personas destinada a cometer delitos por el solo hecho de ser miembro de la asociación.", "es")
                .crimeTypes()).contains("participation-ocg");
        // België, Strafwetboek art. 324bis (heldout-10 nl-h10-03)
        assertThat(law("Een criminele organisatie is een gestructureerde vereniging van meer dan twee personen die duurt in de"
                + " tijd, met als oogmerk het in onderling overleg plegen van misdaden en wanbedrijven", "nl").crimeTypes())
                .contains("participation-ocg");
    }

    // ------------------------------------------------------------ procedure

    @Test
    void covertSurveillanceAndInterceptionAreSpecialTechniques() {
        // UK, Regulation of Investigatory Powers Act 2000 s. 28(1) (heldout-10 en-h10-09)
        TagResult r = law("the persons designated for the purposes of this section shall each have power to grant authorisations"
                + " for the carrying out of directed surveillance.", "en");
        assertThat(r.crossCutting()).contains("special-investigative-techniques");
        assertThat(r.articles()).contains("UNTOC-20");
        // France, CPP art. 706-80 (heldout-10 fr-h10-09)
        assertThat(law("peuvent étendre à l'ensemble du territoire national la surveillance de personnes contre lesquelles il"
                + " existe une ou plusieurs raisons plausibles de les soupçonner d'avoir commis l'un des crimes et délits", "fr")
                .crossCutting()).contains("special-investigative-techniques");
        // Nederland, Sv art. 126m lid 1 (heldout-10 nl-h10-09)
        assertThat(law("kan de officier van justitie, indien het onderzoek dit dringend vordert, bevelen dat een"
                + " opsporingsambtenaar communicatie die plaatsvindt met gebruikmaking van de diensten van een aanbieder van een"
                + " communicatiedienst wordt opgenomen.", "nl").crossCutting()).contains("special-investigative-techniques");
    }

    @Test
    void statementsTakenWithoutTheIdentityOnFileProtectAWitness() {
        // France, CPP art. 706-58 (heldout-10 fr-h10-10)
        TagResult r = law("le juge des libertés et de la détention peut, par décision motivée, autoriser que les déclarations de"
                + " cette personne soient recueillies sans que son identité apparaisse dans le dossier de la procédure.", "fr");
        assertThat(r.crossCutting()).contains("witness-protection");
        assertThat(r.articles()).contains("UNTOC-24");
    }

    @Test
    void corporateFaultAttributedToABodyCorporateIsLiabilityOfLegalPersons() {
        // Australia, Criminal Code s. 12.3(1)-(2) (heldout-10 en-h10-16)
        TagResult r = law("that fault element must be attributed to a body corporate that expressly, tacitly or impliedly"
                + " authorised or permitted the commission of the offence.", "en");
        assertThat(r.crossCutting()).contains("liability-legal-persons");
        assertThat(r.articles()).contains("UNTOC-10");
    }

    // ------------------------------------------------------------ cooperation

    @Test
    void requestsForAssistanceInObtainingEvidenceAreMutualLegalAssistance() {
        // UK, Crime (International Co-operation) Act 2003 s. 13 (heldout-10 en-h10-11): a foreign court's jurisdiction
        // is not the State's own jurisdiction
        TagResult r = law("(1) Where a request for assistance in obtaining evidence in a part of the United Kingdom is received by"
                + " the territorial authority for that part, the authority may arrange for the evidence to be obtained. (2) The"
                + " request for assistance may be made only by— (a) a court exercising criminal jurisdiction, or a prosecuting"
                + " authority, in a country outside the United Kingdom", "en");
        assertThat(r.crossCutting()).contains("mutual-legal-assistance").doesNotContain("jurisdiction");
        // Argentina, Ley 24.767 art. 1 (heldout-10 es-h10-11)
        assertThat(law("La República Argentina prestará a cualquier Estado que lo requiera la más amplia ayuda relacionada con la"
                + " investigación, el juzgamiento y la punición de delitos que correspondan a la jurisdicción de aquél.", "es")
                .crossCutting()).contains("mutual-legal-assistance");
    }

    @Test
    void aRefusalGroundOfExtraditionIsNotJurisdiction() {
        // France, CPP art. 696-4 (heldout-10 fr-h10-12): the paragraphs "1° …; 4° …" are one sentence of refusal grounds
        TagResult r = law("L'extradition n'est pas accordée : 1° Lorsque la personne réclamée a la nationalité française ; 3°"
                + " Lorsque les crimes ou délits ont été commis sur le territoire de la République ; 4° Lorsque les crimes ou"
                + " délits, quoique commis hors du territoire de la République, y ont été poursuivis et jugés définitivement", "fr");
        assertThat(r.crossCutting()).contains("extradition").doesNotContain("jurisdiction");
    }

    @Test
    void surrenderUnderAEuropeanArrestWarrantIsExtradition() {
        // Nederland, Overleveringswet art. 6 lid 1 (heldout-10 nl-h10-12)
        TagResult r = law("Overlevering van een Nederlander kan worden toegestaan voor zover deze is gevraagd ten behoeve van een"
                + " tegen hem gericht strafrechtelijk onderzoek en naar het oordeel van de uitvoerende justitiële autoriteit is"
                + " gewaarborgd dat hij deze straf in Nederland zal mogen ondergaan.", "nl");
        assertThat(r.crossCutting()).contains("extradition");
        assertThat(r.articles()).contains("UNTOC-16");
    }

    @Test
    void prosecutionTransferredFromAForeignStateIsTransferOfProceedings() {
        // Nederland, Sr art. 4a lid 1 (heldout-10 nl-h10-13)
        TagResult r = law("De Nederlandse strafwet is toepasselijk op ieder die zich schuldig maakt aan een strafbaar feit waarvan"
                + " de vervolging aan Nederland is overgedragen uit een vreemde staat op grond van een verdrag", "nl");
        assertThat(r.crossCutting()).contains("transfer-of-proceedings", "jurisdiction");
        assertThat(r.articles()).contains("UNTOC-21");
    }

    @Test
    void servingTheSentenceInTheCountryOfCitizenshipIsTransferOfSentencedPersons() {
        // Canada, Loi sur le transfèrement international des délinquants art. 3 (heldout-10 fr-h10-13)
        TagResult r = law("La présente loi a pour objet de faciliter l'administration de la justice et la réadaptation et la"
                + " réinsertion sociale des délinquants en permettant à ceux-ci de purger leur peine dans le pays dont ils sont"
                + " citoyens ou nationaux.", "fr");
        assertThat(r.crossCutting()).contains("transfer-of-sentenced-persons");
        // Canada, International Transfer of Offenders Act s. 3
        assertThat(law("The purpose of this Act is to contribute to the administration of justice and the rehabilitation of"
                + " offenders and their reintegration into the community by enabling offenders to serve their sentences in the"
                + " country of which they are citizens or nationals.", "en").crossCutting()).contains("transfer-of-sentenced-persons");
    }

    @Test
    void dualCriminalityAsBothLawsPunishingTheAct() {
        // Argentina, Ley 24.767 art. 6 (heldout-10 es-h10-12)
        assertThat(law("el hecho materia del proceso deberá constituir un delito que tanto en la ley argentina cuanto en la del"
                + " Estado requirente tenga prevista una pena privativa de libertad", "es").crossCutting()).contains("dual-criminality");
    }

    // ------------------------------------------------------------ confiscation

    @Test
    void confiscationWordedAsCriminalLifestyleOrLossOfTheEffects() {
        // UK, Proceeds of Crime Act 2002 s. 6(4) (heldout-10 en-h10-14)
        TagResult r = law("(a) it must decide whether the defendant has a criminal lifestyle; (b) if it decides that he has a"
                + " criminal lifestyle it must decide whether he has benefited from his general criminal conduct", "en");
        assertThat(r.crossCutting()).contains("confiscation-asset-recovery");
        assertThat(r.articles()).contains("UNTOC-12");
        // España, Código Penal art. 127.1 (heldout-10 es-h10-14)
        assertThat(law("Toda pena que se imponga por un delito doloso llevará consigo la pérdida de los efectos que de él"
                + " provengan y de los bienes, medios o instrumentos con que se haya preparado o ejecutado", "es").crossCutting())
                .contains("confiscation-asset-recovery");
    }

    // ------------------------------------------------------------ mentions and word senses

    @Test
    void theOffenceAReportingDutyIsAboutIsAMention() {
        // Ireland, Criminal Justice (Money Laundering and Terrorist Financing) Act 2010 s. 42(1) (heldout-10 en-h10-13)
        TagResult en = law("A designated person who knows, suspects or has reasonable grounds to suspect, on the basis of"
                + " information obtained in the course of carrying on business as a designated person, that another person has"
                + " been or is engaged in an offence of money laundering or terrorist financing shall report to the Garda"
                + " Síochána and the Revenue Commissioners that knowledge or suspicion or those reasonable grounds.", "en");
        assertThat(en.crossCutting()).contains("aml-supervision");
        assertThat(en.crimeTypes()).doesNotContain("money-laundering", "terrorism");
        assertThat(en.mentions()).contains("money-laundering", "terrorism");
        assertThat(en.articles()).contains("UNTOC-7").doesNotContain("UNTOC-6");
        // España, Ley 10/2010 art. 18.1 (heldout-10 es-h10-13)
        TagResult es = law("Los sujetos obligados comunicarán, por iniciativa propia, al Servicio Ejecutivo de la Comisión de"
                + " Prevención del Blanqueo de Capitales e Infracciones Monetarias cualquier hecho u operación respecto al que"
                + " exista indicio o certeza de que está relacionado con el blanqueo de capitales o la financiación del"
                + " terrorismo.", "es");
        assertThat(es.crimeTypes()).doesNotContain("money-laundering", "terrorism");
        assertThat(es.mentions()).contains("money-laundering", "terrorism");
        // the laundering offence itself stays a subject
        assertThat(law("El que adquiera, posea, utilice, convierta, o transmita bienes, sabiendo que éstos tienen su origen en"
                + " una actividad delictiva, será castigado por blanqueo de capitales.", "es").crimeTypes()).contains("money-laundering");
    }

    @Test
    void hostageTakingConsiderationsBarExtraditionAndAreNotKidnapping() {
        // UK, Extradition Act 2003 s. 11(1)(e) (heldout-10 en-h10-12)
        TagResult r = law("he must decide whether the person's extradition to the category 1 territory is barred by reason of—"
                + " (a) the rule against double jeopardy; (b) extraneous considerations; (c) the passage of time; (e)"
                + " hostage-taking considerations; (f) speciality", "en");
        assertThat(r.crimeTypes()).doesNotContain("kidnapping");
        assertThat(r.crossCutting()).contains("extradition");
    }

    @Test
    void organRemovalAsAFormOfExploitationIsTraffickingInPersons() {
        // México, Ley General en materia de trata de personas, art. 10 (heldout-10 es-h10-04)
        TagResult r = law("Toda acción u omisión dolosa de una o varias personas para captar, enganchar, transportar, transferir,"
                + " retener, entregar, recibir o alojar a una o varias personas con fines de explotación se le impondrá de 5 a 15"
                + " años de prisión. Se entenderá por explotación de una persona a: I. La esclavitud; II. La condición de siervo;"
                + " X. Tráfico de órganos, tejidos y células de seres humanos vivos", "es");
        assertThat(r.crimeTypes()).contains("trafficking-in-persons").doesNotContain("organ-trafficking");
        assertThat(r.articles()).contains("TIP-3", "TIP-5");
    }

    @Test
    void aForeignAuthoritysRequestToHandOverForConfiscationIsArticle13() {
        // Suisse, EIMP art. 74a al. 1 (heldout-10 fr-h10-15)
        TagResult r = law("Sur demande de l'autorité étrangère compétente, les objets ou valeurs saisis à titre conservatoire"
                + " peuvent lui être remis au terme de la procédure d'entraide (art. 80d), en vue de confiscation ou de"
                + " restitution à l'ayant droit.", "fr");
        assertThat(r.articles()).contains("UNTOC-12", "UNTOC-13");
    }

    @Test
    void licensingOfFirearmsDealersIsFirearmsControl() {
        // België, Wapenwet art. 5 § 1 (heldout-10 nl-h10-06): a licensing regime, no FP-7..10 measure
        TagResult r = law("Niemand mag een activiteit uitoefenen bestaande in het vervaardigen, herstellen, te koop aanbieden,"
                + " verkopen, afstaan, vervoeren, in opslag nemen, voorhanden hebben of het als tussenpersoon optreden bij deze"
                + " activiteiten, van vuurwapens, onderdelen ervan of munitie, zonder vooraf door de gouverneur bevoegd voor de"
                + " plaats waar de activiteit zal worden uitgeoefend te zijn erkend.", "nl");
        assertThat(r.crossCutting()).contains("firearms-control");
    }

    @Test
    void forgingATravelDocumentIsIdentityRelatedCrime() {
        // Nederland, Sr art. 231 lid 1 (heldout-10 nl-h10-08)
        assertThat(law("Hij die een reisdocument of een identiteitsbewijs als bedoeld in artikel 1 van de Wet op de"
                + " identificatieplicht valselijk opmaakt of vervalst, met het oogmerk om het als echt en onvervalst te gebruiken,"
                + " wordt gestraft met gevangenisstraf van ten hoogste zes jaren", "nl").crimeTypes()).contains("identity-related-crime");
    }

    @Test
    void protectingTheLifeAndPrivacyOfTheVictimIsVictimAssistance() {
        // España, Ley 4/2015 del Estatuto de la víctima del delito, art. 19 (heldout-10 es-h10-10)
        TagResult r = law("Las autoridades y funcionarios encargados de la investigación, persecución y enjuiciamiento de los"
                + " delitos adoptarán las medidas necesarias para garantizar la vida de la víctima y de sus familiares, su"
                + " integridad física y psíquica, así como para proteger adecuadamente su intimidad y su dignidad", "es");
        assertThat(r.crossCutting()).contains("victim-assistance");
    }

    @Test
    void aProtectionProviderProtectsWitnessesAndOthersAtRisk() {
        // UK, Serious Organised Crime and Police Act 2005 s. 82(1) (heldout-10 en-h10-10)
        TagResult r = law("A protection provider may make such arrangements as he considers appropriate for the purpose of"
                + " protecting a person of a description specified in Schedule 5 if the protection provider considers that the"
                + " person's safety is at risk by virtue of his being a person of a description so specified", "en");
        assertThat(r.crossCutting()).contains("witness-protection");
    }

    @Test
    void exploitingForestAndAquaticResourcesUnlawfullyIsForestAndFisheriesCrime() {
        // Colombia, Código Penal art. 328 (heldout-10 es-h10-08)
        TagResult r = law("El que con incumplimiento de la normatividad existente se apropie, acceda, capture, mantenga,"
                + " introduzca, extraiga, explote, aproveche, exporte, transporte, comercie, explore, trafique o de cualquier otro"
                + " modo se beneficie de los especímenes, productos o partes de la fauna acuática, silvestre o especies silvestres"
                + " exóticas, o de los recursos genéticos o de los recursos fáunicos, forestales, florísticos, hidrobiológicos,"
                + " corales, biológicos o genéticos de la biodiversidad colombiana", "es");
        assertThat(r.crimeTypes()).contains("wildlife-crime", "forest-crime", "fisheries-crime");
    }

    // ------------------------------------------------------------ from the judged laws (tune provisions)

    @Test
    void participationInAnOrganisationAimedAtAnOffence() {
        // Opiumwet art. 11b lid 1 (../shared/corpus-real, tune set)
        assertThat(law("Deelneming aan een organisatie die tot oogmerk heeft het plegen van een misdrijf als bedoeld in artikel 10,"
                + " derde, vierde en vijfde lid, wordt gestraft met gevangenisstraf van ten hoogste acht jaren", "nl").crimeTypes())
                .contains("participation-ocg");
    }

    @Test
    void forfeitureAndWithdrawalFromCirculationAreConfiscation() {
        // Opiumwet art. 13a (../shared/corpus-real, tune set)
        assertThat(law("Onverminderd het bepaalde in de artikelen 33 tot en met 35 van het Wetboek van Strafrecht worden de in"
                + " lijst I of II bedoelde middelen verbeurd of aan het verkeer onttrokken verklaard.", "nl").crossCutting())
                .contains("confiscation-asset-recovery");
    }

    @Test
    void anAdditionalFineEqualToTheBenefitIsValueConfiscation() {
        // Wild Animal and Plant Protection ... Act (Canada) s. 22.04 and its French version (../shared/corpus-real, tune set)
        assertThat(law("If a person is convicted of an offence under this Act and the court is satisfied that, as a result of the"
                + " commission of the offence, the person acquired any property, benefit or advantage, the court shall order the"
                + " person to pay an additional fine in an amount equal to the court's estimation of the value of that property,"
                + " benefit or advantage.", "en").crossCutting()).contains("confiscation-asset-recovery");
        assertThat(law("Le tribunal saisi d'une poursuite pour infraction à la présente loi, s'il est convaincu que la personne"
                + " déclarée coupable a acquis des biens par suite de la perpétration de l'infraction ou en a tiré des avantages,"
                + " lui inflige une amende supplémentaire correspondant à son évaluation de ces biens ou avantages.", "fr").crossCutting())
                .contains("confiscation-asset-recovery");
    }

    @Test
    void aWarrantToUseADeviceOrInvestigativeTechniqueIsASpecialTechnique() {
        // Mutual Legal Assistance in Criminal Matters Act (Canada) s. 16.1(1), EN and FR (../shared/corpus-real, tune set)
        assertThat(law("A judge may, in the manner provided for by the Criminal Code, issue a warrant, other than a warrant referred"
                + " to in section 12, to use any device or investigative technique or do anything described in the warrant", "en")
                .crossCutting()).contains("special-investigative-techniques");
        assertThat(law("délivrer un mandat, autre qu'un mandat visé à l'article 12, autorisant l'utilisation d'un dispositif ou"
                + " d'une technique ou méthode d'enquête ou tout acte qui y est mentionné", "fr").crossCutting())
                .contains("special-investigative-techniques");
    }
    // ------------------------------------------------------------ sixth round: what the new neighbours no longer gave

    /**
     * Two heldout-10 provisions that the fourth round's neighbours tagged and the sixth round's (trained also on
     * the training files) do not: the rules now read their constructions themselves, without the neighbours.
     */
    @Test
    void participatingInTheActivitiesOfAnOrganisedCrimeGroupAndPassivePersonalityAreReadByTheRules() {
        // UK, Serious Crime Act 2015 s. 45(1) (heldout-10 en-h10-03): the statute says "organised crime group"
        TagResult ocg = rulesAlone("A person who participates in the criminal activities of an organised crime group commits an"
                + " offence.", "en");
        assertThat(ocg.crimeTypes()).contains("participation-ocg");
        assertThat(ocg.articles()).contains("UNTOC-5");
        // an aggravation is no participation
        assertThat(rulesAlone("The offence is aggravated where it was committed for the benefit of an organised crime group.",
                "en").crimeTypes()).doesNotContain("participation-ocg");
        // France, Code pénal art. 113-7 (heldout-10 fr-h10-16): the French criminal law applies abroad
        TagResult passive = rulesAlone("La loi pénale française est applicable à tout crime, ainsi qu'à tout délit puni"
                + " d'emprisonnement, commis par un Français ou par un étranger hors du territoire de la République lorsque la"
                + " victime est de nationalité française au moment de l'infraction.", "fr");
        assertThat(passive.crossCutting()).contains("jurisdiction");
        assertThat(passive.articles()).contains("UNTOC-15");
        // the same words about the law's application in time are no jurisdiction
        assertThat(rulesAlone("La loi pénale plus douce est applicable aux infractions commises avant son entrée en vigueur.",
                "fr").crossCutting()).doesNotContain("jurisdiction");
    }

    /**
     * heldout-3 en-h3-08 (a tune passage; the neighbours gave it in-sample until the training files joined
     * their index): a protection programme for a person who gives evidence, its relocation and new identity a
     * sentence later than the evidence. The rules read it now.
     */
    @Test
    void relocationAndANewIdentityAFewLinesAfterTheEvidenceAreWitnessProtection() {
        TagResult r = rulesAlone("(1) The Commissioner may include in the programme a person who has given or agreed to give"
                + " evidence in criminal proceedings, or a family member or close associate of such a person, where the"
                + " Commissioner is satisfied that the person's life or safety may be endangered as a result. (2) Protection may"
                + " include relocation, the provision of a new identity and supporting documents, financial assistance and"
                + " restrictions on the disclosure of the person's whereabouts.", "en");
        assertThat(r.crossCutting()).contains("witness-protection");
        assertThat(r.articles()).contains("UNTOC-24");
        // relocation of an office is not a witness's
        assertThat(rulesAlone("The Minister may order the relocation of the registry to new premises.",
                "en").crossCutting()).doesNotContain("witness-protection");
    }
}
