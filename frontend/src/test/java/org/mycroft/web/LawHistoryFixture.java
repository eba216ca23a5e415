package org.mycroft.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.curation.versions.LawVersions;
import org.mycroft.ingest.pipeline.IngestOptions;
import org.mycroft.ingest.pipeline.IngestPipeline;
import org.mycroft.ingest.pipeline.IngestProgress;
import org.mycroft.ingest.pipeline.IngestReport;
import org.mycroft.ingest.source.DocumentFiles;

/**
 * A law with a history in the shared test portal, made as a curator's data would be: the law is
 * ingested and its versions recorded, then its file changes (section 2 amended, with markup in the
 * old text; section 3 repealed; the sidecar names the amending act) and it is ingested again.
 */
final class LawHistoryFixture {

    static final String LAW = "test-versions-law";
    static final String AMENDED = LAW + "_section-2";
    static final String REPEALED = LAW + "_section-3";
    static final String AMENDING_ACT = "Amendment Act No. 7 of 2026";
    /** A word in both texts of section 2 and nowhere else in the test corpus. */
    static final String WORD = "quollforfeiture"; // a word no other test writes (CaseCatalogueTest uses "quokkalaundering")
    /** A State no sample law is from, so its counts are this law's alone. */
    static final String COUNTRY = "ISL";

    private static boolean made;

    private LawHistoryFixture() {}

    static synchronized void ensure(SolrClient solr, Taxonomy taxonomy, LawVersions versions, Path dataDir) throws IOException {
        if (made) {
            return;
        }
        Path dir = Files.createDirectories(dataDir.resolve("versioned-laws"));
        write(dir, "five years <b>imprisonment</b>", true, null);
        ingest(solr, taxonomy, dir);
        versions.sync();
        write(dir, "ten years imprisonment or a fine", false, AMENDING_ACT);
        ingest(solr, taxonomy, dir);
        versions.sync();
        made = true;
    }

    private static void write(Path dir, String penalty, boolean withSection3, String amendedBy) throws IOException {
        Files.writeString(dir.resolve("versioned.txt"), """
                Proceeds Act (fictional, for the version tests)
                Section 1. Purpose
                This Act provides for the forfeiture of proceeds.
                Section 2. %s
                A person who launders the proceeds of crime commits an offence punishable by %s.
                %s""".formatted(WORD, penalty, withSection3
                ? "Section 3. Annual report\nThe Minister shall lay a report before Parliament each year.\n" : ""));
        Files.writeString(dir.resolve("versioned.txt.json"), """
                {"id": "%s", "doc_type": "legislation", "country": "%s", "language": "en", "title": "Proceeds Act (fictional)"%s}
                """.formatted(LAW, COUNTRY, amendedBy == null ? "" : ", \"amended_by\": \"" + amendedBy + "\""));
    }

    private static void ingest(SolrClient solr, Taxonomy taxonomy, Path dir) throws IOException {
        try (IngestPipeline pipeline = IngestPipeline.create(solr, taxonomy)) {
            IngestReport report = pipeline.ingest(DocumentFiles.list(List.of(dir)), IngestOptions.DEFAULT, IngestProgress.SILENT);
            if (!report.failures().isEmpty()) {
                throw new IllegalStateException("The versioned law failed to index: " + report.failures());
            }
        } catch (org.apache.solr.client.solrj.SolrServerException e) {
            throw new IOException(e);
        }
    }
}
