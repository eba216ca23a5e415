package org.mycroft.ingest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocumentList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.solr.LocalSolrServer;
import org.mycroft.core.solr.SolrConnection;
import org.mycroft.core.solr.SolrSettings;
import org.mycroft.ingest.source.DocumentFiles;

/** The Solr Cell stand-in indexes what Solr Cell would: one searchable document per whole file, archives included. */
class SolrCellStandInTest {

    @Test
    void eachFileBecomesOneDocumentInsideSolr(@TempDir Path tmp) throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("witness.html"), "<html><head><title>Witness Protection Act</title>"
                + "<meta name=\"keywords\" content=\"zebra\"></head><body><p>Section 1. Protection of witnesses.</p>"
                + "<p>Section 2. Relocation.</p></body></html>");
        Files.writeString(docs.resolve("note.txt"), "A note about extradition.");
        try (OutputStream out = Files.newOutputStream(docs.resolve("laws.zip")); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("smuggling.txt"));
            zip.write("Smuggling of migrants by land, sea and air.".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        try (SolrConnection solr = SolrConnection.open(SolrSettings.embedded(tmp.resolve("data")))) {
            LocalSolrServer local = (LocalSolrServer) solr.client();
            int added = new SolrCellBaseline(DocumentFiles.list(List.of(docs)), 2).index(local);

            assertThat(added).isEqualTo(3);
            assertThat(find(local, "*:*")).hasSize(3);
            SolrDocumentList witnesses = find(local, IndexFields.TEXT_GENERAL + ":witnesses");
            assertThat(witnesses).singleElement().satisfies(doc -> {
                assertThat(doc.getFieldValue(IndexFields.TITLE)).isEqualTo("Witness Protection Act");
                assertThat(doc.getFieldValue(IndexFields.TEXT_GENERAL).toString()).contains("Relocation");
                assertThat(doc.getFieldNames()).as("metadata the schema lacks (keywords) is dropped, as uprefix=ignored_ does")
                        .contains(IndexFields.ID, IndexFields.TITLE, IndexFields.TEXT_GENERAL)
                        .isSubsetOf(IndexFields.ID, IndexFields.TITLE, IndexFields.TEXT_GENERAL, "_version_");
            });
            assertThat(find(local, IndexFields.TEXT_GENERAL + ":migrants")).as("the archive member is read into its document")
                    .singleElement().satisfies(doc -> assertThat(doc.getFieldValue(IndexFields.ID).toString()).startsWith("cell-"));
        }
    }

    private static SolrDocumentList find(LocalSolrServer solr, String query) throws Exception {
        return solr.query(new SolrQuery(query).setRows(10)).getResults();
    }
}
