package org.mycroft.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.file.PathUtils;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.index.IndexQueries;
import org.mycroft.core.solr.SolrConnection;
import org.mycroft.core.solr.SolrSettings;

/**
 * Versions of laws through the commands a curator runs: ingest a law, change a provision in its
 * file, ingest again; then delete data/solr and run reindex: the superseded text comes back from
 * the curation database, and search still sees only the text in force unless it asks for history.
 */
class LawVersionsCommandTest {

    private static void write(Path laws, String penalty) throws Exception {
        Files.writeString(laws.resolve("act.txt"), """
                Organised Crime Act (fictional)
                Section 1. Purpose
                This Act provides for the forfeiture of proceeds.
                Section 2. Participation
                Participating in an organised criminal group is punishable by %s.
                """.formatted(penalty));
        Files.writeString(laws.resolve("act.txt.json"), """
                {"id": "oca", "doc_type": "legislation", "country": "IRL", "amended_by": "Act No. 3 of 2026"}
                """);
    }

    private static long count(SolrConnection solr, String phrase, boolean history) throws Exception {
        SolrQuery query = new SolrQuery(IndexFields.TEXT_EN + ":\"" + phrase + "\"").setRows(0);
        return solr.client().query(history ? IndexQueries.withHistory(query) : query).getResults().getNumFound();
    }

    @Test
    void aChangedProvisionKeepsItsOldTextThroughADeletedIndexAndAReindex(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path laws = Files.createDirectories(dir.resolve("laws"));
        write(laws, "seven years");
        assertThat(MycroftCommand.commandLine().execute("ingest", laws.toString(), "--data", data.toString())).isZero();
        write(laws, "ten years");
        assertThat(MycroftCommand.commandLine().execute("ingest", laws.toString(), "--data", data.toString())).isZero();
        try (SolrConnection solr = SolrConnection.open(SolrSettings.embedded(data))) {
            assertThat(count(solr, "seven years", false)).isZero();
            assertThat(count(solr, "seven years", true)).isEqualTo(1);
            assertThat(count(solr, "ten years", false)).isEqualTo(1);
        }

        PathUtils.deleteDirectory(data.resolve("solr"));
        assertThat(MycroftCommand.commandLine().execute("reindex", "--data", data.toString())).isZero();

        try (SolrConnection solr = SolrConnection.open(SolrSettings.embedded(data))) {
            assertThat(count(solr, "ten years", false)).isEqualTo(1);
            assertThat(count(solr, "seven years", false)).as("in force only by default").isZero();
            var old = solr.client().query(IndexQueries.withHistory(new SolrQuery(IndexFields.TEXT_EN + ":\"seven years\"")))
                    .getResults();
            assertThat(old).hasSize(1);
            assertThat(old.getFirst().getFieldValue(IndexFields.ID)).isEqualTo("oca_section-2__v1");
            assertThat(old.getFirst().getFieldValue(IndexFields.AMENDED_BY)).isEqualTo("Act No. 3 of 2026");
            assertThat(old.getFirst().getFieldValue(IndexFields.SUPERSEDED_ON)).isNotNull();
        }
    }
}
