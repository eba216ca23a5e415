package org.mycroft.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.solr.SolrConnection;
import org.mycroft.core.solr.SolrSettings;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.ingest.TestFiles;
import org.mycroft.ingest.source.DocumentFiles;

/** The whole pipeline into a real embedded Solr, on real PDF, DOCX, HTML and TXT files. */
class IngestPipelineTest {

    private static final Taxonomy TAXONOMY = Taxonomy.load();
    private static SolrConnection solr;
    private static IngestPipeline pipeline;

    @BeforeAll
    static void start(@TempDir Path data) {
        solr = SolrConnection.open(SolrSettings.embedded(data));
        pipeline = IngestPipeline.create(solr.client(), TAXONOMY);
    }

    @AfterAll
    static void stop() {
        pipeline.close();
        solr.close();
    }

    @Test
    void indexesEveryGoodFileReportsTheBadOneAndSkipsUnchangedFiles(@TempDir Path dir) throws Exception {
        TestFiles.pdf(dir.resolve("mla-act.pdf"), "Mutual Assistance Act",
                "Mutual Assistance Act (fictional)",
                "Section 1. Requests from foreign States",
                "The central authority receives requests for mutual legal assistance.",
                "Section 2. Coercive measures",
                "For search and seizure dual criminality is not required for coercive measures in this Act.");
        Files.writeString(dir.resolve("mla-act.pdf.json"),
                "{\"title\":\"Mutual Assistance Act\",\"doc_type\":\"legislation\",\"country\":\"Canada\",\"year\":2019,"
                        + "\"source_url\":\"https://example.org/mla\",\"licence\":\"CC BY 4.0\"}");
        TestFiles.docx(dir.resolve("case.docx"), "R. v. Example",
                "Fact summary. The accused laundered the proceeds of drug trafficking through shell companies.",
                "Decision. The court ordered the confiscation of the proceeds of crime.");
        Files.writeString(dir.resolve("case.docx.json"), "{\"doc_type\":\"case\",\"country\":\"FRA\",\"year\":2021}");
        Files.writeString(dir.resolve("page.html"), "<html lang=\"es\"><head><meta charset=\"utf-8\"><title>Ley de prueba</title>"
                + "<script>var tracking = 'scriptsecret';</script></head><body><a class=\"skip\" href=\"#content\">skipsecret</a><nav>Menu navsecret</nav>"
                + "<h1>Ley de prueba</h1><h2>Artículo 1. Objeto</h2><p>La presente ley regula la asistencia judicial recíproca.</p>"
                + "<h2>Artículo 2. Extradición</h2><p>La extradición se concederá conforme a los tratados.</p></body></html>");
        Files.writeString(dir.resolve("notes.txt"), "A plain note about witness protection programmes.\n");
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        Files.write(dir.resolve("broken.pdf"), garbage);

        IngestReport first = pipeline.ingest(DocumentFiles.list(List.of(dir)), IngestOptions.DEFAULT, IngestProgress.SILENT);

        assertThat(first.indexed()).isEqualTo(4);
        assertThat(first.failures()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo("broken.pdf");
            assertThat(f.reason()).isNotBlank();
        });
        SolrDocumentList law = query("parent_id:mla-act");
        assertThat(law).hasSize(2);
        SolrDocument section2 = byId("mla-act_section-2");
        assertThat(section2.getFieldValue(IndexFields.COUNTRY)).isEqualTo("CAN");
        assertThat(section2.getFieldValue(IndexFields.REGION)).isEqualTo("western-european-other");
        assertThat(section2.getFieldValue(IndexFields.TITLE)).isEqualTo("Section 2. Coercive measures");
        assertThat(section2.getFieldValue(IndexFields.PARENT_TITLE)).isEqualTo("Mutual Assistance Act");
        assertThat((String) section2.getFieldValue(IndexFields.TEXT_EN)).contains("dual criminality is not required");

        SolrDocument html = byId("page_articulo-1");
        assertThat(html.getFieldValue(IndexFields.LANGUAGE)).isEqualTo("es");
        assertThat(query("navsecret")).isEmpty();
        assertThat(query("scriptsecret")).isEmpty();
        assertThat(query("skipsecret")).isEmpty();
        assertThat(byId("case").getFieldValue(IndexFields.DOC_TYPE)).isEqualTo("case");

        IngestReport second = pipeline.ingest(DocumentFiles.list(List.of(dir)), IngestOptions.DEFAULT, IngestProgress.SILENT);
        assertThat(second.unchanged()).isEqualTo(4);
        assertThat(second.indexed()).isZero();

        // An edited law is re-split: the provision that disappeared must not linger.
        Files.writeString(dir.resolve("notes.txt"), "Section 1. Only one\nNow shorter.\n\nSection 2. Two\nText.\n");
        IngestReport third = pipeline.ingest(DocumentFiles.list(List.of(dir)), IngestOptions.DEFAULT, IngestProgress.SILENT);
        assertThat(third.indexed()).isEqualTo(1);
        assertThat(query("parent_id:notes")).hasSize(2);
        assertThat(query("id:notes")).isEmpty();
    }

    /**
     * A law's title gives its subject to the operative sections (evidence: the title) and is only a
     * mention in the short title; mentions are indexed in their own field, not in the subject fields.
     */
    @Test
    void theTitleGivesItsSubjectToOperativeSectionsAndTheShortTitleOnlyMentionsIt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mla.txt"), """
                Mutual Legal Assistance in Criminal Matters Act

                Section 1. Short title
                This Act may be cited as the Mutual Legal Assistance in Criminal Matters Act.

                Section 17. Approval of request to obtain evidence
                If the Minister approves a request of a state or entity to obtain evidence regarding an offence, the
                Minister shall provide a competent authority with any documents necessary to apply for the order.
                """);
        Files.writeString(dir.resolve("mla.txt.json"), "{\"title\":\"Mutual Legal Assistance in Criminal Matters Act\","
                + "\"doc_type\":\"legislation\",\"country\":\"CAN\"}");
        pipeline.ingest(DocumentFiles.list(List.of(dir)), IngestOptions.DEFAULT, IngestProgress.SILENT);

        SolrDocument operative = byId("mla_section-17");
        assertThat(operative.getFieldValues(IndexFields.CROSS_CUTTING)).contains("mutual-legal-assistance");
        assertThat(operative.getFieldValues(IndexFields.ARTICLES)).contains("UNTOC-18");
        assertThat((String) operative.getFieldValue(IndexFields.TAG_EVIDENCE)).contains("\"rule\":\"law-title\"");
        SolrDocument shortTitle = byId("mla_section-1");
        assertThat(shortTitle.getFieldValues(IndexFields.CROSS_CUTTING)).isNull();
        assertThat(shortTitle.getFieldValues(IndexFields.MENTIONS)).contains("mutual-legal-assistance");
        assertThat(query("mentions:mutual-legal-assistance")).extracting(d -> d.getFieldValue(IndexFields.ID))
                .containsExactly("mla_section-1");
    }

    @Test
    void latin1HtmlWithoutCharsetIsReadCorrectly(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("latin.html"), "<html><body><p>Entraide judiciaire en matière pénale : procédure détaillée.</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1));
        IngestReport report = pipeline.ingest(DocumentFiles.list(List.of(dir)), IngestOptions.DEFAULT, IngestProgress.SILENT);
        assertThat(report.failures()).isEmpty();
        assertThat(String.valueOf(byId("latin").getFirstValue(IndexFields.TEXT_FR))).contains("matière pénale");
    }

    private static SolrDocument byId(String id) throws Exception {
        SolrDocumentList docs = query("id:" + id);
        assertThat(docs).as("unit %s", id).hasSize(1);
        return docs.getFirst();
    }

    private static SolrDocumentList query(String q) throws Exception {
        SolrQuery query = new SolrQuery(q).setRows(100);
        if (!q.contains(":")) {
            query.set("defType", "edismax").set("qf", "text_en text_fr text_es text_general title");
        }
        return solr.client().query(query).getResults();
    }
}
