package org.mycroft.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
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

/**
 * A batch of hostile files, generated here (no fixtures), mixed with good ones: every bad file is
 * reported with a clear reason, every good file is indexed, and the ingest never dies.
 */
class HostileFilesTest {

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
    void badFilesAreReportedWithTheirReasonAndGoodFilesAreIndexed(@TempDir Path dir) throws Exception {
        // ---- good files
        Path goodPdf = TestFiles.pdf(dir.resolve("good-act.pdf"), "Good Act", "Good Act (fictional)",
                "Section 1. Scope", "This Act applies to mutual legal assistance in criminal matters.",
                "Section 2. Central authority", "The Minister of Justice is the central authority for requests.");
        TestFiles.docx(dir.resolve("good-case.docx"), "R. v. Good",
                "The accused laundered the proceeds of drug trafficking through shell companies.");
        Files.writeString(dir.resolve("good-wet.md"), """
                ## Wet van 1 januari 2000 (fictief)

                ### Artikel  1

                Deze wet verstaat onder middel: een verdovend middel als bedoeld in het verdrag.

                ### Artikel  2

                Het is verboden een middel binnen het grondgebied van Nederland te brengen.
                """);
        Files.writeString(dir.resolve("good-statute.xml"), """
                <?xml version="1.0" encoding="utf-8"?><Statute xml:lang="en"><Identification>
                <ShortTitle>Good Statute Act</ShortTitle></Identification><Body>
                <Section><MarginalNote>Short title</MarginalNote><Label>1</Label><Text>This Act may be cited as the Good Statute Act.</Text></Section>
                <Section><MarginalNote>Offence</MarginalNote><Label>2</Label><Text>Every person who smuggles migrants commits an offence.</Text></Section>
                </Body></Statute>""");
        zip(dir.resolve("good-bundle.zip"), Map.of(
                "acts/annex-act.pdf", Files.readAllBytes(goodPdf),
                "readme.txt", "Witness protection programme overview.".getBytes(StandardCharsets.UTF_8),
                "noise.doc", randomBytes(2048, 7)));

        // ---- hostile files
        byte[] pdfBytes = Files.readAllBytes(TestFiles.pdf(dir.resolve("tmp-src.pdf"), "Cut",
                "Section 1. A provision that will be cut in half"));
        Files.delete(dir.resolve("tmp-src.pdf"));
        Files.write(dir.resolve("truncated.pdf"), java.util.Arrays.copyOf(pdfBytes, pdfBytes.length / 2));
        encryptedPdf(dir.resolve("encrypted.pdf"));
        zipBomb(dir.resolve("bomb.zip"), 300L * 1024 * 1024);
        nestedZip(dir.resolve("nested.zip"), 6);
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(200L * 1024 * 1024); // sparse: created instantly, must never be read
        }
        Files.copy(goodPdf, dir.resolve("disguised.docx")); // a real PDF with the wrong extension
        Files.write(dir.resolve("random.bin"), randomBytes(64 * 1024, 42));
        Files.writeString(dir.resolve("scripts.html"), "<html><head><title>Scripted page</title>"
                + "<script>document.write('scriptsecret')</script><script src=\"https://evil.example/x.js\"></script>"
                + "<style>.x{content:'stylesecret'}</style></head><body onload=\"alert('onloadsecret')\">"
                + "<noscript>noscriptsecret</noscript><iframe src=\"javascript:alert('iframesecret')\"></iframe>"
                + "<h1>Scripted page</h1><p onclick=\"handlersecret()\">Victims of trafficking receive assistance.</p>"
                + "<a href=\"javascript:alert('linksecret')\">more</a><script>var x = 'scriptsecret2';</script></body></html>");
        Files.write(dir.resolve("latin1.txt"), "Entraide judiciaire en matière pénale : la procédure d'extradition "
                .concat("est détaillée, la sûreté des témoins garantie.\n").getBytes(StandardCharsets.ISO_8859_1));

        IngestReport report = pipeline.ingest(DocumentFiles.list(List.of(dir)), IngestOptions.DEFAULT, IngestProgress.SILENT);
        System.out.print(report.summary());

        Map<String, String> failures = report.failures().stream()
                .collect(Collectors.toMap(IngestReport.Failure::file, IngestReport.Failure::reason));
        assertThat(failures).containsOnlyKeys("truncated.pdf", "encrypted.pdf", "bomb.zip", "nested.zip", "huge.txt",
                "random.bin", "good-bundle.zip!/noise.doc");
        assertThat(failures.get("truncated.pdf")).contains("truncated");
        assertThat(failures.get("encrypted.pdf")).isEqualTo("encrypted document (password protected)");
        assertThat(failures.get("bomb.zip")).contains("zip bomb?");
        assertThat(failures.get("nested.zip")).startsWith("archives nested more than 3 levels deep");
        assertThat(failures.get("huge.txt")).isEqualTo("file too large: 200 MB (limit 100 MB)");
        assertThat(failures.get("random.bin")).startsWith("unrecognised file type");
        assertThat(failures.get("good-bundle.zip!/noise.doc")).isNotBlank();

        // good: pdf, docx, md, xml, disguised pdf, scripts.html, latin1.txt and two members of the bundle
        assertThat(report.indexed()).isEqualTo(9);
        assertThat(query("parent_id:good-act")).hasSize(2);
        assertThat(query("parent_id:good-wet")).extracting(d -> d.getFieldValue(IndexFields.ID))
                .containsExactlyInAnyOrder("good-wet_artikel-1", "good-wet_artikel-2");
        assertThat(query("parent_id:good-statute")).extracting(d -> d.getFieldValue(IndexFields.ID))
                .containsExactlyInAnyOrder("good-statute_section-1", "good-statute_section-2");
        assertThat(byId("good-statute_section-2").getFieldValue(IndexFields.TITLE)).isEqualTo("Section 2. Offence");
        assertThat(query("parent_id:disguised")).hasSize(2); // detected as PDF despite .docx
        assertThat(byId("good-bundle-readme").getFieldValue(IndexFields.SOURCE_PATH)).isEqualTo("good-bundle.zip!/readme.txt");
        assertThat(query("parent_id:good-bundle-acts-annex-act")).hasSize(2);
        assertThat(String.valueOf(byId("latin1").getFirstValue(IndexFields.TEXT_FR))).contains("matière pénale", "sûreté");
        assertThat(String.valueOf(byId("scripts").getFirstValue(IndexFields.TEXT_EN))).contains("Victims of trafficking");
        for (String secret : List.of("scriptsecret", "scriptsecret2", "stylesecret", "onloadsecret", "noscriptsecret",
                "iframesecret", "handlersecret", "linksecret", "evil")) {
            assertThat(query(secret)).as(secret).isEmpty();
        }

        // A second run: everything good is unchanged (the archive included), the bad files are reported again.
        IngestReport again = pipeline.ingest(DocumentFiles.list(List.of(dir)), IngestOptions.DEFAULT, IngestProgress.SILENT);
        assertThat(again.indexed()).isZero();
        assertThat(again.unchanged()).isEqualTo(8); // 7 good files + the bundle
    }

    @Test
    void aHugeFileIsRefusedWithoutBeingRead(@TempDir Path dir) throws Exception {
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("huge.pdf").toFile(), "rw")) {
            huge.setLength(200L * 1024 * 1024);
        }
        // The size check comes before hashing or parsing, so the reason is the size, not a parse error.
        IngestReport report = pipeline.ingest(DocumentFiles.list(List.of(dir)), IngestOptions.DEFAULT, IngestProgress.SILENT);
        assertThat(report.failures()).singleElement()
                .satisfies(f -> assertThat(f.reason()).isEqualTo("file too large: 200 MB (limit 100 MB)"));
    }

    // ---------------------------------------------------------------- generators

    private static byte[] randomBytes(int n, long seed) {
        byte[] bytes = new byte[n];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static void encryptedPdf(Path file) throws IOException {
        Path plain = TestFiles.pdf(file.resolveSibling("plain-for-encryption.tmp"), "Secret", "Section 1. Secret text");
        try (PDDocument doc = Loader.loadPDF(plain.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        Files.delete(plain);
    }

    /** One member of zeros: a few hundred KB that would expand to {@code bytes}. */
    private static void zipBomb(Path file, long bytes) throws IOException {
        byte[] zeros = new byte[1024 * 1024];
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.setLevel(9);
            out.putNextEntry(new ZipEntry("zeros.txt"));
            for (long written = 0; written < bytes; written += zeros.length) {
                out.write(zeros);
            }
            out.closeEntry();
        }
    }

    /** A text file inside {@code levels} zips inside each other. */
    private static void nestedZip(Path file, int levels) throws IOException {
        byte[] content = "Deep inside.".getBytes(StandardCharsets.UTF_8);
        String name = "deep.txt";
        for (int level = levels; level >= 1; level--) {
            java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
            try (ZipOutputStream out = new ZipOutputStream(buffer)) {
                out.putNextEntry(new ZipEntry(name));
                out.write(content);
                out.closeEntry();
            }
            content = buffer.toByteArray();
            name = "level" + level + ".zip";
        }
        Files.write(file, content);
    }

    private static void zip(Path file, Map<String, byte[]> members) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream out = new ZipOutputStream(raw)) {
            for (Map.Entry<String, byte[]> m : new java.util.TreeMap<>(members).entrySet()) {
                out.putNextEntry(new ZipEntry(m.getKey()));
                out.write(m.getValue());
                out.closeEntry();
            }
        }
    }

    // ---------------------------------------------------------------- index

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
