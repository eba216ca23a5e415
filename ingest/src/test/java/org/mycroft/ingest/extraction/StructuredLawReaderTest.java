package org.mycroft.ingest.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mycroft.ingest.extraction.StructuredLawReader.StructuredLaw;
import org.mycroft.ingest.segmentation.Provision;

class StructuredLawReaderTest {

    static final String AKOMA_NTOSO = """
            <?xml version="1.0" encoding="UTF-8"?>
            <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
              <act name="act">
                <meta>
                  <identification source="#mycroft">
                    <FRBRWork><FRBRthis value="/akn/ke/act/2010/8/main"/><FRBRalias value="CTIP Act" name="short"/></FRBRWork>
                    <FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression>
                  </identification>
                </meta>
                <preface><p><docTitle>Counter-Trafficking in Persons Act</docTitle></p></preface>
                <body>
                  <part eId="part_I">
                    <num>PART I</num><heading>PRELIMINARY</heading>
                    <section eId="sec_1"><num>1.</num><heading>Short title</heading>
                      <content><p>This Act may be cited as the Counter-Trafficking in Persons Act.</p></content>
                    </section>
                    <section eId="sec_3"><num>3.</num><heading>Trafficking in persons</heading>
                      <subsection eId="sec_3__subsec_1"><num>(1)</num>
                        <intro><p>A person commits the offence of trafficking where the person</p></intro>
                        <paragraph eId="sec_3__subsec_1__para_a"><num>(a)</num><content><p>recruits another person;</p></content></paragraph>
                      </subsection>
                      <subsection eId="sec_3__subsec_2"><num>(2)</num><content><p>The penalty is <i>thirty</i> years.<authorialNote marker="1"><p>Editorial.</p></authorialNote></p></content></subsection>
                    </section>
                  </part>
                </body>
              </act>
            </akomaNtoso>
            """;

    static final String USLM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <uscDoc xmlns="http://xml.house.gov/schemas/uslm/1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" identifier="/us/usc/t18">
              <meta><dc:title>Title 18—CRIMES AND CRIMINAL PROCEDURE</dc:title><dc:language>EN</dc:language></meta>
              <main>
                <title identifier="/us/usc/t18"><num value="18">Title 18—</num><heading>CRIMES AND CRIMINAL PROCEDURE</heading>
                  <chapter><num value="77">CHAPTER 77—</num><heading>PEONAGE, SLAVERY, AND TRAFFICKING IN PERSONS</heading>
                    <section identifier="/us/usc/t18/s1589"><num value="1589">§ 1589.</num><heading> Forced labor</heading>
                      <subsection identifier="/us/usc/t18/s1589/a"><num value="a">(a)</num>
                        <chapeau>Whoever knowingly provides or obtains the labor or services of a person</chapeau>
                        <paragraph><num value="1">(1)</num><content>by means of force;</content></paragraph>
                      </subsection>
                      <sourceCredit>(Added Pub. L. 106–386, div. A, § 112(a)(2), Oct. 28, 2000.)</sourceCredit>
                      <notes><note><p>Editorial notes</p></note></notes>
                    </section>
                    <section identifier="/us/usc/t18/s1591"><num value="1591">§ 1591.</num><heading> Sex trafficking of children</heading>
                      <content>Whoever knowingly recruits a person shall be punished.</content>
                    </section>
                  </chapter>
                </title>
              </main>
            </uscDoc>
            """;

    static final String JUSTICE_CANADA = """
            <?xml version="1.0" encoding="utf-8"?><Statute xml:lang="fr" xmlns:lims="http://justice.gc.ca/lims" lims:id="1">
            <Identification><LongTitle>Loi concernant la protection des témoins</LongTitle><ShortTitle status="official">Loi sur la protection des témoins</ShortTitle></Identification>
            <Body><Heading level="1"><TitleText>Titre abrégé</TitleText></Heading>
            <Section><MarginalNote>Titre abrégé</MarginalNote><Label>1</Label><Text>Loi sur la protection des témoins.</Text>
              <HistoricalNote><HistoricalNoteSubItem>1996, ch. 15, art. 1</HistoricalNoteSubItem></HistoricalNote></Section>
            <Section><MarginalNote>Définitions</MarginalNote><Label><FootnoteRef idref="n1">*</FootnoteRef>2</Label>
              <Subsection><Label>(1)</Label><Text>Les définitions qui suivent s’appliquent.</Text>
                <Definition><Text><DefinedTermFr>témoin</DefinedTermFr>\u2002Personne qui</Text>
                  <Paragraph><Label>a)</Label><Text>a fait une déposition;</Text></Paragraph></Definition></Subsection>
              <Footnote id="n1"><Label>*</Label><Text>[Note : en vigueur]</Text></Footnote></Section>
            </Body>
            <Schedule><ScheduleFormHeading><Label>ANNEXE</Label><TitleText>Programmes désignés</TitleText></ScheduleFormHeading>
              <Provision><Text>Programme de l’Alberta</Text></Provision></Schedule>
            <Schedule id="NifProvs"><ScheduleFormHeading><TitleText>MODIFICATIONS NON EN VIGUEUR</TitleText></ScheduleFormHeading>
              <BillPiece><Section><Label>99</Label><Text>Not in force.</Text></Section></BillPiece></Schedule>
            </Statute>
            """;

    private final StructuredLawReader reader = new StructuredLawReader();

    private StructuredLaw read(Path dir, String xml) throws Exception {
        Path file = dir.resolve("law.xml");
        Files.writeString(file, xml);
        return reader.read(file).orElseThrow();
    }

    @Test
    void justiceCanadaSectionsSchedulesTitleAndLanguage(@TempDir Path dir) throws Exception {
        StructuredLaw law = read(dir, JUSTICE_CANADA);
        assertThat(law.title()).isEqualTo("Loi sur la protection des témoins");
        assertThat(law.language()).isEqualTo("fr");
        assertThat(law.format()).isEqualTo("justice-canada");
        List<Provision> ps = law.provisions();
        assertThat(ps).extracting(Provision::label).containsExactly("Préambule", "Article 1", "Article 2", "Annexe");
        assertThat(ps.getFirst().text()).isEqualTo("Préambule\nLoi concernant la protection des témoins");
        ps = ps.subList(1, ps.size());
        assertThat(ps.get(0).text()).isEqualTo("Article 1. Titre abrégé\nLoi sur la protection des témoins.");
        assertThat(ps.get(1).number()).isEqualTo("2");
        assertThat(ps.get(1).heading()).isEqualTo("Définitions");
        assertThat(ps.get(1).text()).isEqualTo("""
                Article 2. Définitions
                (1) Les définitions qui suivent s’appliquent.
                témoin Personne qui
                a) a fait une déposition;""");
        assertThat(ps.get(2).text()).isEqualTo("Annexe. Programmes désignés\nProgramme de l’Alberta");
        for (Provision p : ps) {
            assertThat(law.text().substring(p.offset())).startsWith(p.text());
        }
    }

    /** Real wording and structure of the Proceeds of Crime (Money Laundering) and Terrorist Financing Act (P-24.501). */
    static final String JUSTICE_CANADA_PARTS = """
            <?xml version="1.0" encoding="utf-8"?><Statute xml:lang="en" xmlns:lims="http://justice.gc.ca/lims">
            <Identification><LongTitle>An Act to facilitate combatting the laundering of proceeds of crime and combatting the\
             financing of terrorist activities, to establish the Financial Transactions and Reports Analysis Centre of Canada\
             and to amend and repeal certain Acts in consequence</LongTitle>
            <ShortTitle status="official">Proceeds of Crime (Money Laundering) and Terrorist Financing Act</ShortTitle></Identification>
            <Introduction><Enacts><Provision format-ref="indent-0-0"><Text>Her Majesty, by and with the advice and consent of\
             the Senate and House of Commons of Canada, enacts as follows:</Text></Provision></Enacts></Introduction>
            <Body><Heading level="1"><TitleText>Short Title</TitleText></Heading>
            <Section><MarginalNote>Short title</MarginalNote><Label>1</Label><Text>This Act may be cited as the Proceeds of\
             Crime (Money Laundering) and Terrorist Financing Act.</Text></Section>
            <Heading level="1"><Label>PART 1</Label><TitleText>Record Keeping, Verifying Identity, Reporting of Suspicious\
             Transactions and Registration</TitleText></Heading>
            <Heading level="2"><TitleText>Record Keeping and Verifying Identity</TitleText></Heading>
            <Section><MarginalNote>Record keeping</MarginalNote><Label>6</Label><Text>Every person or entity referred to in\
             section 5 shall keep a record of every financial transaction that occurs in the course of their activities.</Text></Section>
            <Heading level="1"><Label>PART 2</Label><TitleText>Reporting of Currency and Monetary Instruments</TitleText></Heading>
            <Heading level="2"><TitleText>Searches</TitleText></Heading>
            <Section><MarginalNote>Search of the person</MarginalNote><Label>15</Label><Text>An officer may search any person\
             who has arrived in Canada.</Text></Section>
            </Body></Statute>
            """;

    @Test
    void justiceCanadaPartHeadingsAreTheDivisionsAndTheIntroductionIsThePreamble(@TempDir Path dir) throws Exception {
        StructuredLaw law = read(dir, JUSTICE_CANADA_PARTS);
        List<Provision> ps = law.provisions();
        assertThat(ps).extracting(Provision::label).containsExactly("Preamble", "Section 1", "Section 6", "Section 15");
        assertThat(ps.get(0).number()).isEqualTo("preamble");
        assertThat(ps.get(0).text()).startsWith("Preamble\nAn Act to facilitate combatting the laundering of proceeds of crime")
                .endsWith("Her Majesty, by and with the advice and consent of the Senate and House of Commons of Canada, enacts as follows:");
        assertThat(ps.get(1).division()).isEqualTo("Short Title");
        assertThat(ps.get(2).division()).isEqualTo("PART 1 Record Keeping, Verifying Identity, Reporting of Suspicious"
                + " Transactions and Registration — Record Keeping and Verifying Identity");
        // A new Part replaces the previous Part and its sub-headings.
        assertThat(ps.get(3).division()).isEqualTo("PART 2 Reporting of Currency and Monetary Instruments — Searches");
        for (Provision p : ps) {
            assertThat(law.text().substring(p.offset())).startsWith(p.text());
        }
    }

    @Test
    void akomaNtosoSectionsWithNumHeadingAndContent(@TempDir Path dir) throws Exception {
        StructuredLaw law = read(dir, AKOMA_NTOSO);
        assertThat(law.title()).isEqualTo("Counter-Trafficking in Persons Act");
        assertThat(law.language()).isEqualTo("en");
        assertThat(law.provisions()).extracting(Provision::label).containsExactly("Section 1", "Section 3");
        Provision s3 = law.provisions().get(1);
        assertThat(s3.number()).isEqualTo("3");
        assertThat(s3.heading()).isEqualTo("Trafficking in persons");
        assertThat(s3.text()).isEqualTo("""
                Section 3. Trafficking in persons
                (1)
                A person commits the offence of trafficking where the person
                (a)
                recruits another person;
                (2)
                The penalty is thirty years.""");
    }

    @Test
    void akomaNtosoArticlesTakeTheLanguagesWord(@TempDir Path dir) throws Exception {
        String xml = """
                <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act>
                  <meta><identification><FRBRExpression><FRBRlanguage language="spa"/></FRBRExpression></identification></meta>
                  <body><article eId="art_1"><num>1</num><heading>Objeto</heading><content><p>Esta ley regula.</p></content></article>
                  <article eId="art_2"><num>Art. 2</num><content><p>Otra cosa.</p></content></article>
                  <article eId="art_177bis"><num>Artículo 177 bis.</num><content><p>Trata.</p></content></article></body>
                </act></akomaNtoso>""";
        StructuredLaw law = read(dir, xml);
        assertThat(law.language()).isEqualTo("es");
        assertThat(law.provisions()).extracting(Provision::label).containsExactly("Artículo 1", "Artículo 2", "Artículo 177 bis");
    }

    @Test
    void uslmSectionsLeaveOutSourceCreditsAndNotes(@TempDir Path dir) throws Exception {
        StructuredLaw law = read(dir, USLM);
        assertThat(law.title()).isEqualTo("Title 18—CRIMES AND CRIMINAL PROCEDURE");
        assertThat(law.language()).isEqualTo("en");
        assertThat(law.provisions()).extracting(Provision::label).containsExactly("§ 1589", "§ 1591");
        Provision p = law.provisions().getFirst();
        assertThat(p.number()).isEqualTo("1589");
        assertThat(p.heading()).isEqualTo("Forced labor");
        assertThat(p.text()).isEqualTo("""
                § 1589. Forced labor
                (a)
                Whoever knowingly provides or obtains the labor or services of a person
                (1)
                by means of force;""");
    }

    @Test
    void otherXmlIsNotALawAndExternalEntitiesAreNeverResolved(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("plain.xml");
        Files.writeString(plain, "<records><record>text</record></records>");
        assertThat(reader.read(plain)).isEmpty();

        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOPSECRET");
        Path xxe = dir.resolve("xxe.xml");
        Files.writeString(xxe, "<?xml version=\"1.0\"?><!DOCTYPE Statute [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<Statute><Body><Section><Label>1</Label><Text>&x;</Text></Section></Body></Statute>");
        try {
            reader.read(xxe).ifPresent(law -> assertThat(law.text()).doesNotContain("TOPSECRET"));
        } catch (ExtractionException refused) {
            assertThat(refused.getMessage()).doesNotContain("TOPSECRET");
        }
    }
}
