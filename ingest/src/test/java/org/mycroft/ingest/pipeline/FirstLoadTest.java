package org.mycroft.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.solr.SolrConnection;
import org.mycroft.core.solr.SolrSettings;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.ingest.source.DocumentFiles;

/**
 * A first load into an empty index skips the per-file Solr lookups (nothing can be unchanged or
 * duplicated there yet); these tests pin that the run still replaces and flags correctly.
 */
class FirstLoadTest {

    private static final String REPORT = """
            The Conference of the Parties urges States to designate central authorities for mutual legal assistance.
            It encourages the use of the Convention as a legal basis for extradition where no treaty is in force.
            It invites States to share examples of cooperation in the confiscation of the proceeds of crime.
            It requests the secretariat to continue to collect legislation and case law on organized crime.
            """;

    @Test
    void aSecondFileWithTheSameIdReplacesTheFirstInsteadOfMixingWithIt(@TempDir Path data, @TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a-law.txt"), """
                Section 1. Offence
                Trafficking in persons is an offence.
                Section 2. Penalty
                The penalty is imprisonment.
                Section 3. Jurisdiction
                The courts have jurisdiction over offences committed abroad by nationals.
                """);
        Files.writeString(dir.resolve("a-law.txt.json"), "{\"id\":\"law-x\",\"doc_type\":\"legislation\",\"country\":\"CAN\"}");
        Files.writeString(dir.resolve("b-law.txt"), """
                Section 1. Offence
                Smuggling of migrants is an offence.
                """);
        Files.writeString(dir.resolve("b-law.txt.json"), "{\"id\":\"law-x\",\"doc_type\":\"legislation\",\"country\":\"CAN\"}");

        try (SolrConnection solr = SolrConnection.open(SolrSettings.embedded(data));
                IngestPipeline pipeline = IngestPipeline.create(solr.client(), Taxonomy.load())) {
            pipeline.ingest(DocumentFiles.list(List.of(dir)), IngestOptions.DEFAULT, IngestProgress.SILENT);

            List<SolrDocument> units = solr.client().query(new SolrQuery("parent_id:law-x").setRows(10)).getResults();
            assertThat(units).singleElement().satisfies(unit ->
                    assertThat(unit.getFieldValue(IndexFields.SOURCE_PATH)).isEqualTo("b-law.txt"));
        }
    }

    @Test
    void aCopyInTheSameFirstLoadIsFlaggedAndAnotherInALaterRunToo(@TempDir Path data, @TempDir Path dir,
            @TempDir Path later) throws Exception {
        Files.writeString(dir.resolve("report-a.txt"), REPORT);
        Files.writeString(dir.resolve("report-b.txt"), REPORT.replace("\n", "\n\n"));
        Files.writeString(later.resolve("report-c.txt"), "  " + REPORT.replace(". ", ".  "));

        try (SolrConnection solr = SolrConnection.open(SolrSettings.embedded(data));
                IngestPipeline pipeline = IngestPipeline.create(solr.client(), Taxonomy.load())) {
            pipeline.ingest(DocumentFiles.list(List.of(dir)), IngestOptions.DEFAULT, IngestProgress.SILENT);
            assertThat(duplicateOf(solr, "report-a")).isNull();
            assertThat(duplicateOf(solr, "report-b")).isEqualTo("report-a");

            pipeline.ingest(DocumentFiles.list(List.of(later)), IngestOptions.DEFAULT, IngestProgress.SILENT);
            assertThat(duplicateOf(solr, "report-c")).isIn("report-a", "report-b");
        }
    }

    private static Object duplicateOf(SolrConnection solr, String parentId) throws Exception {
        List<SolrDocument> docs = solr.client().query(new SolrQuery("parent_id:" + parentId)).getResults();
        assertThat(docs).as(parentId + " indexed").isNotEmpty();
        return docs.getFirst().getFieldValue(IndexFields.DUPLICATE_OF);
    }
}
