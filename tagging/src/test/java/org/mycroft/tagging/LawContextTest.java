package org.mycroft.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mycroft.core.taxonomy.Taxonomy;

/** A provision read in the context of its law: the title's subject for operative provisions only (real wording). */
class LawContextTest {

    /** The law's context works on what the phrase rules read; the judged passages as neighbours are NeighbourTagsTest's. */
    private static final Tagger TAGGER = Tagger.loadRulesOnly(Taxonomy.load());
    private static final TaggingContext EN = TaggingContext.legislation("en");
    private static final String MLA_ACT = "Mutual Legal Assistance in Criminal Matters Act";

    private static TagResult provision(LawContext law, String number, String heading, String text, String division, TaggingContext ctx) {
        return law.provision(TAGGER.tag(text, ctx), number, heading, text, division);
    }

    @Test
    void anOperativeSectionThatNeverNamesItsSubjectGetsItFromTheTitle() {
        String text = "Section 17. Approval of request to obtain evidence\n(1) If the Minister approves a request of a state or"
                + " entity to obtain, by means of an order of a judge, evidence regarding an offence, the Minister shall provide a"
                + " competent authority with any documents or information necessary to apply for the order.";
        assertThat(TAGGER.tag(text, EN).crossCutting()).doesNotContain("mutual-legal-assistance"); // the failing case
        TagResult tags = provision(LawContext.of(TAGGER, MLA_ACT, EN), "17", "Approval of request to obtain evidence", text, "", EN);
        assertThat(tags.crossCutting()).contains("mutual-legal-assistance");
        assertThat(tags.articles()).contains("UNTOC-18");
        assertThat(tags.evidenceFor("mutual-legal-assistance")).anySatisfy(e -> {
            assertThat(e.rule()).isEqualTo(LawContext.TITLE_RULE);
            assertThat(e.text()).isEqualTo(MLA_ACT);
        });
    }

    @Test
    void theShortTitleOnlyMentionsTheSubject() {
        String text = "Section 1. Short title\nThis Act may be cited as the Mutual Legal Assistance in Criminal Matters Act.";
        TagResult tags = provision(LawContext.of(TAGGER, MLA_ACT, EN), "1", "Short title", text, "", EN);
        assertThat(tags.isEmpty()).isTrue();
        assertThat(tags.mentions()).contains("mutual-legal-assistance");
    }

    @Test
    void reportsRegulationsAmendmentsAndRepealsInheritNothing() {
        LawContext law = LawContext.of(TAGGER, "Wild Animal and Plant Protection and Regulation of International and"
                + " Interprovincial Trade Act", EN);
        assertThat(law.titleSubjects()).contains("wildlife-crime");
        TagResult report = provision(law, "28", "Report to Parliament", "Section 28. Report to Parliament\nThe Minister shall"
                + " annually prepare a report with respect to the administration of this Act during the preceding calendar year.", "", EN);
        assertThat(report.isEmpty()).isTrue();
        assertThat(report.mentions()).contains("wildlife-crime");
        assertThat(LawContext.roleOf("45", "", "Section 45\n[Amendment]")).isEqualTo(LawContext.Role.FINAL);
        assertThat(LawContext.roleOf("46", "", "Article 46\n[Modification]")).isEqualTo(LawContext.Role.FINAL);
        assertThat(LawContext.roleOf("13.1", "", "Section 13.1\n[Repealed, 2001, c. 32, s. 80]")).isEqualTo(LawContext.Role.FINAL);
        assertThat(LawContext.roleOf("30", "Coming into force", "Section 30. Coming into force")).isEqualTo(LawContext.Role.FINAL);
        assertThat(LawContext.roleOf("transitoria primera", "", "Disposición transitoria primera.")).isEqualTo(LawContext.Role.ANCILLARY);
        assertThat(LawContext.roleOf("21", "Regulations", "Section 21. Regulations\n(1) The Governor in Council may make"
                + " regulations")).isEqualTo(LawContext.Role.ANCILLARY);
        assertThat(LawContext.roleOf("3", "Obligation de Sa Majesté", "La présente loi lie Sa Majesté du chef du Canada."))
                .isEqualTo(LawContext.Role.ANCILLARY);
        // A section under "Transitional Provisions" or "Consequential Amendments" plays that part's role.
        assertThat(LawContext.roleOf("84", "Cases pending — former Extradition Act", "Section 84. The Extradition Act"
                + " repealed by section 129 of this Act applies to a matter as though it had not been repealed.",
                "Transitional Provisions")).isEqualTo(LawContext.Role.ANCILLARY);
        assertThat(LawContext.roleOf("86", "", "Section 86. Section 2 of the Canada Evidence Act is replaced by the"
                + " following:", "Consequential Amendments — Canada Evidence Act")).isEqualTo(LawContext.Role.FINAL);
    }

    @Test
    void aChapterHeadingNarrowsATitleWithTwoSubjects() {
        TaggingContext nl = TaggingContext.legislation("nl");
        LawContext law = LawContext.of(TAGGER, "Wet van 9 maart 1967, houdende nieuwe regelen betreffende uitlevering en andere"
                + " vormen van internationale rechtshulp in strafzaken", nl);
        assertThat(law.titleSubjects()).contains("extradition", "mutual-legal-assistance");
        String text = "Artikel 13\n1. De officier van justitie kan de aanhouding bevelen van een vreemdeling.";
        TagResult arrest = provision(law, "13", "", text, "Procedure van uitlevering — Voorlopige aanhouding", nl);
        assertThat(arrest.crossCutting()).contains("extradition").doesNotContain("mutual-legal-assistance");
        assertThat(arrest.evidenceFor("extradition")).anySatisfy(e -> assertThat(e.rule()).isEqualTo(LawContext.HEADING_RULE));
        TagResult other = provision(law, "50a", "", "Artikel 50a\n1. Onze Minister kan een gedetineerde overbrengen.",
                "Andere vormen van rechtshulp", nl);
        assertThat(other.crossCutting()).contains("mutual-legal-assistance").doesNotContain("extradition");
        // Definitions and final provisions, under no narrowing heading, get the main subject only.
        TagResult definitions = provision(law, "1", "", "Artikel 1\nIn deze wet wordt verstaan onder Onze Minister: Onze"
                + " Minister van Justitie;", "Begripsbepalingen", nl);
        assertThat(definitions.crossCutting()).contains("extradition").doesNotContain("mutual-legal-assistance");
    }

    @Test
    void aPenaltySectionTakesTheOffencesOfTheSectionsItCites() {
        LawContext law = LawContext.of(TAGGER, "Immigration and Refugee Protection Act", EN);
        String text = "Section 120. Penalties\nA person who contravenes section 118 or 119 is guilty of an offence and liable on"
                + " conviction by way of indictment to a fine of not more than $1,000,000 or to life imprisonment, or to both.";
        TagResult own = provision(law, "120", "Penalties", text, "", EN);
        assertThat(own.crimeTypes()).isEmpty(); // the failing case: the section names no offence
        java.util.Map<String, java.util.List<String>> sections = java.util.Map.of("118", java.util.List.of("trafficking-in-persons"),
                "119", java.util.List.of("smuggling-of-migrants"), "121", java.util.List.of("terrorism"));
        TagResult tags = law.withCitedOffences(own, text, n -> sections.getOrDefault(n, java.util.List.of()));
        assertThat(tags.crimeTypes()).containsExactlyInAnyOrder("trafficking-in-persons", "smuggling-of-migrants");
        assertThat(tags.articles()).contains("TIP-5", "SOM-6");
        assertThat(tags.evidenceFor("smuggling-of-migrants")).anySatisfy(e -> {
            assertThat(e.rule()).isEqualTo(LawContext.CITED_RULE);
            assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text()).contains("section 118 or 119");
        });
        // A provision that is no offence or penalty takes nothing from the sections it cites.
        String procedure = "Section 133. Deferral\nA person who has claimed refugee protection may not be charged with an offence"
                + " under section 122 pending disposition of their claim.";
        assertThat(law.withCitedOffences(TagResult.empty(), procedure, n -> sections.getOrDefault(n, java.util.List.of()))
                .crimeTypes()).isEmpty();
    }

    @Test
    void aTitleNamesItsSubjectsWithoutPredicateCues() {
        LawContext law = LawContext.of(TAGGER, "Proceeds of Crime (Money Laundering) and Terrorist Financing Act", EN);
        assertThat(law.titleSubjects()).contains("money-laundering", "terrorism");
    }

    private static final String WAPENWET = "Wet van 5 juli 1997, houdende regels inzake het vervaardigen, verhandelen,"
            + " vervoeren, voorhanden hebben, dragen enz. van wapens en munitie (Wet wapens en munitie)";

    @Test
    void theTitleGivesTheCrimeTypeButTheCriminalizationArticleNeedsAnOffence() {
        TaggingContext nl = TaggingContext.legislation("nl");
        LawContext law = LawContext.of(TAGGER, WAPENWET, nl);
        assertThat(law.titleSubjects()).contains("firearms-trafficking");
        // A licensing provision of the weapons act: firearms-related, but it criminalizes nothing (no FP-5).
        String refusal = "Artikel 10\n1. Een erkenning wordt geweigerd indien: a. de aanvrager of, indien deze een bedrijf"
                + " uitoefent, de beheerder, niet voldoet aan de door Onze Minister vastgestelde eisen met betrekking tot"
                + " leeftijd, zedelijk gedrag en vakbekwaamheid;";
        TagResult licence = provision(law, "10", "", refusal, "Erkenning", nl);
        assertThat(licence.crimeTypes()).contains("firearms-trafficking");
        assertThat(licence.articles()).doesNotContain("FP-5");
        // The prohibition it enforces and the penalty for breaching it are the offence: FP-5.
        String prohibition = "Artikel 9\n1. Het is verboden zonder erkenning een wapen of munitie te vervaardigen, te"
                + " transformeren of in de uitoefening van een bedrijf uit te wisselen, te verhuren of anderszins ter beschikking"
                + " te stellen, te herstellen, te beproeven of te verhandelen.";
        assertThat(provision(law, "9", "", prohibition, "Erkenning", nl).articles()).contains("FP-5");
        String penalty = "Artikel 55\n1. Met gevangenisstraf van ten hoogste negen maanden of geldboete van de vierde categorie"
                + " wordt gestraft hij die handelt in strijd met de artikelen 9, eerste lid, 13, eerste lid.";
        assertThat(provision(law, "55", "", penalty, "Strafbepalingen", nl).articles()).contains("FP-5");
    }

    @Test
    void aJusticeCanadaPartHeadingGivesItsSubjectAndItsLabelDoesNotHideItsRole() {
        LawContext law = LawContext.of(TAGGER, "Proceeds of Crime (Money Laundering) and Terrorist Financing Act", EN);
        String text = "Section 6. Record keeping\nEvery person or entity referred to in section 5 shall keep a record of every"
                + " financial transaction that occurs in the course of their activities.";
        assertThat(TAGGER.tag(text, EN).crossCutting()).doesNotContain("aml-supervision"); // the failing case
        TagResult tags = provision(law, "6", "Record keeping", text, "PART 1 Record Keeping, Verifying Identity, Reporting"
                + " of Suspicious Transactions and Registration — Record Keeping and Verifying Identity", EN);
        assertThat(tags.crossCutting()).contains("aml-supervision");
        assertThat(tags.articles()).contains("UNTOC-7");
        assertThat(tags.evidenceFor("aml-supervision")).anySatisfy(e -> assertThat(e.rule()).isEqualTo(LawContext.HEADING_RULE));
        // Real Part headings of the Extradition Act, the MLA Act and the PCMLTFA.
        assertThat(LawContext.roleOf("84", "Cases pending", "Section 84. The former Act applies.", "PART 4 Transitional"
                + " Provisions, Consequential and Related Amendments and Repeals")).isEqualTo(LawContext.Role.ANCILLARY);
        assertThat(LawContext.roleOf("41", "", "Section 41. The Act is amended.", "PART IV Consequential Amendments and"
                + " Coming into Force")).isEqualTo(LawContext.Role.FINAL);
        assertThat(LawContext.roleOf("24", "Review of forfeiture", "Section 24. A person may request a review.",
                "PART 2 Reporting of Currency and Monetary Instruments — Review and Appeal")).isEqualTo(LawContext.Role.OPERATIVE);
        assertThat(LawContext.roleOf("12", "", "Article 12. Le rapport est déposé.", "Rapport annuel"))
                .isEqualTo(LawContext.Role.ANCILLARY);
    }

    @Test
    void aParagraphComesFromAHeadingNotFromAPassingMention() {
        LawContext law = LawContext.of(TAGGER, "Extradition Act", EN);
        String passing = "Section 14. Discharge of person\n(1) A judge shall order the discharge of a person (b) if the provisional"
                + " arrest was made pursuant to a request made under an extradition agreement";
        TagResult discharge = provision(law, "14", "Discharge of person", passing, "PART 2 Extradition from Canada", EN);
        assertThat(discharge.articles()).contains("UNTOC-16").doesNotContain("UNTOC-16.9");
        String named = "Section 12. Minister’s approval of request for provisional arrest\nThe Minister may, after receiving a"
                + " request by an extradition partner for the provisional arrest of a person, authorize the Attorney General";
        assertThat(provision(law, "12", "Minister’s approval of request for provisional arrest", named,
                "PART 2 Extradition from Canada", EN).articles()).contains("UNTOC-16.9");
        // The Division heading "Transfer of Detained Persons" gives UNTOC-18(10) to a section that never says so.
        LawContext mla = LawContext.of(TAGGER, MLA_ACT, EN);
        TagResult variation = provision(mla, "27", "Variation of transfer order", "Section 27. Variation of transfer order\nA"
                + " judge who made a transfer order or another judge of the same court may vary its terms and conditions.",
                "PART I Foreign Investigations or Other Proceedings in Respect of Offences — Transfer of Detained Persons", EN);
        assertThat(variation.articles()).contains("UNTOC-18.10");
    }

    @Test
    void feesAgreementsWithProvincesAndDutchClosingArticlesAreMachinery() {
        assertThat(LawContext.roleOf("27", "Unpaid fees or charges", "Section 27. Unpaid fees or charges\nWhere any fee or charge"
                + " imposed under this Act is unpaid, the fee or charge may be recovered as a debt due to Her Majesty."))
                .isEqualTo(LawContext.Role.ANCILLARY);
        assertThat(LawContext.roleOf("5", "Accords fédéro-provinciaux", "Article 5. Accords fédéro-provinciaux\nLe ministre peut"
                + " conclure des ententes avec les gouvernements provinciaux")).isEqualTo(LawContext.Role.ANCILLARY);
        assertThat(LawContext.roleOf("14", "", "Artikel 14\n\nDeze wet kan worden aangehaald onder de titel \"Opiumwet\"."))
                .isEqualTo(LawContext.Role.ANCILLARY);
        assertThat(LawContext.roleOf("15", "", "Artikel 15\n\nDeze wet treedt in werking met ingang van een door Ons te bepalen"
                + " dag.")).isEqualTo(LawContext.Role.FINAL);
        assertThat(LawContext.roleOf("62", "", "Artikel 62\n\n1. Ingetrokken wordt de wet van 6 april 1875, Stb. 66"))
                .isEqualTo(LawContext.Role.FINAL);
    }

    @Test
    void underATransferOfDetainedPersonsHeadingABareTransferIsNotATransferOfSentencedPersons() {
        TaggingContext fr = TaggingContext.legislation("fr");
        LawContext law = LawContext.of(TAGGER, "Loi sur l’entraide juridique en matière criminelle", fr);
        String text = "Article 27. Modifications\nLe juge qui a rendu l’ordonnance de transfèrement ou un autre juge du même"
                + " tribunal peut la modifier ou en changer les modalités.";
        assertThat(TAGGER.tag(text, fr).crossCutting()).contains("transfer-of-sentenced-persons"); // on its own: the wrong sense
        TagResult tags = provision(law, "27", "Modifications", text, "PARTIE I Procédures ou enquêtes étrangères en matière"
                + " criminelle — Transfèrement de personnes détenues", fr);
        assertThat(tags.crossCutting()).contains("mutual-legal-assistance").doesNotContain("transfer-of-sentenced-persons");
        assertThat(tags.articles()).contains("UNTOC-18.10").doesNotContain("UNTOC-17");
    }

    /** PCMLTFA s. 7 (../shared/corpus-real): a reporting duty names laundering as what it prevents; art. 7, not art. 6. */
    @Test
    void aPreventiveDutyIsArticle7NotTheCriminalizationArticle() {
        LawContext law = LawContext.of(TAGGER, "Proceeds of Crime (Money Laundering) and Terrorist Financing Act", EN);
        String part = "PART 1 — Record Keeping, Verifying Identity, Reporting of Suspicious Transactions and Registration";
        String duty = "Section 7. Transactions if reasonable grounds to suspect\nSubject to section 10.1, every person or entity"
                + " referred to in section 5 shall, except as prescribed, report to the Centre every financial transaction that"
                + " occurs or that is attempted in the course of their activities and in respect of which there are reasonable"
                + " grounds to suspect that the transaction is related to the commission or the attempted commission of a money"
                + " laundering offence.";
        TagResult tags = provision(law, "7", "Transactions if reasonable grounds to suspect", duty, part, EN);
        assertThat(tags.crimeTypes()).contains("money-laundering");
        assertThat(tags.crossCutting()).contains("aml-supervision");
        assertThat(tags.articles()).contains("UNTOC-7").doesNotContain("UNTOC-6");
        // An offence of the same law keeps the criminalization article.
        String offence = "Section 77.3. Structuring\nEvery person or entity that structures a financial transaction to avoid"
                + " a report to the Centre of a money laundering offence is guilty of an offence.";
        assertThat(provision(law, "77.3", "Structuring", offence, part, EN).articles()).contains("UNTOC-6");
    }

    /** MLA Act s. 42 and its French version (../shared/corpus-real): custody and return of a transferred detainee. */
    @Test
    void custodyOfATransferredDetaineeIsArticle18Paragraphs10And11() {
        String en = "Section 42. Detention of transferred person\n(1) When the Minister, in order to give effect to a request of a"
                + " Canadian competent authority, authorizes a person who is detained in a state or entity to be transferred to"
                + " Canada for a period of time specified by the Minister, a judge of the province to which the person is to be"
                + " transferred may make an order for the detention of the person anywhere in Canada and for the return of the"
                + " person to the state or entity.";
        assertThat(provision(LawContext.of(TAGGER, MLA_ACT, EN), "42", "Detention of transferred person", en, "", EN).articles())
                .contains("UNTOC-18.10", "UNTOC-18.11");
        TaggingContext fr = TaggingContext.legislation("fr");
        String text = "Article 42. Incarcération des personnes transférées\n(1) Dans le cas où le ministre, pour donner suite à une"
                + " demande d’une autorité compétente canadienne, autorise le transfèrement au Canada pour une période déterminée"
                + " d’une personne détenue dans un État ou entité, un juge de la province dans laquelle elle doit être transférée"
                + " peut, avant le transfèrement, rendre une ordonnance en vue de l’incarcération de cette personne en tout lieu"
                + " du Canada et de son retour dans l’État ou entité.";
        assertThat(provision(LawContext.of(TAGGER, "Loi sur l’entraide juridique en matière criminelle", fr), "42",
                "Incarcération des personnes transférées", text, "", fr).articles()).contains("UNTOC-18.10", "UNTOC-18.11")
                .doesNotContain("UNTOC-17"); // the bare "transfèrement" under that heading is not a transfer of sentenced persons
    }

    @Test
    void aParagraphWhoseConstructionIsNamedInTheBodyStands() {
        // Mutual Legal Assistance in Criminal Matters Act (Canada) s. 26: time in custody abroad counts (UNTOC 18(12))
        String text = "Section 26. Absence deemed imprisonment\nFor the purposes of Parts I and II of the Corrections and Conditional"
                + " Release Act and the Prisons and Reformatories Act, a detained person who is not in the place of confinement from"
                + " which he was delivered pursuant to a transfer order shall be deemed to be in that place of confinement and to"
                + " have applied himself industriously to the program of the place of confinement, as long as he remains in"
                + " custody pursuant to the transfer order and is of good behaviour.";
        TagResult tags = provision(LawContext.of(TAGGER, MLA_ACT, EN), "26", "Absence deemed imprisonment", text, "", EN);
        assertThat(tags.articles()).contains("UNTOC-18.12");
        // Uitleveringswet art. 50a: a person detained abroad, lent to testify, is held in custody here (UNTOC 18(10)-(11))
        TaggingContext nl = TaggingContext.legislation("nl");
        String art50a = "Artikel 50a\n1. In de gevallen dat een persoon, die in het buitenland rechtens van zijn vrijheid is beroofd,"
                + " tijdelijk ter beschikking wordt gesteld van de Nederlandse justitie voor het afleggen van een verklaring als"
                + " getuige of voor confrontatie wordt hij gedurende zijn verblijf hier te lande op bevel van het bevoegde lid van"
                + " het openbaar ministerie in verzekering gesteld.";
        TagResult lent = provision(LawContext.of(TAGGER, "Uitleveringswet", nl), "50a", "", art50a, "Andere vormen van rechtshulp", nl);
        assertThat(lent.articles()).contains("UNTOC-18.10", "UNTOC-18.11");
        // a body that only passes by provisional arrest still loses the paragraph (Extradition Act s. 14)
        String s14 = "Section 14. Discharge if no proceedings\n(1) A person who has been provisionally arrested must be discharged"
                + " (b) if the provisional arrest was made pursuant to a request made under an extradition agreement";
        assertThat(provision(LawContext.of(TAGGER, "Extradition Act", EN), "14", "Discharge if no proceedings", s14, "", EN)
                .articles()).doesNotContain("UNTOC-16.9");
    }
}
