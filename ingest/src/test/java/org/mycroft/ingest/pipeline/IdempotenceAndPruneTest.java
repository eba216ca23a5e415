package org.mycroft.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.solr.SolrConnection;
import org.mycroft.core.solr.SolrSettings;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.ingest.source.DocumentFiles;

/** Re-ingest, prune and near-duplicate flags against a real embedded Solr. */
class IdempotenceAndPruneTest {

    private static SolrConnection solr;
    private static IngestPipeline pipeline;

    @BeforeAll
    static void start(@TempDir Path data) {
        solr = SolrConnection.open(SolrSettings.embedded(data));
        pipeline = IngestPipeline.create(solr.client(), Taxonomy.load());
    }

    @AfterAll
    static void stop() {
        pipeline.close();
        solr.close();
    }

    @Test
    void pruneRemovesDocumentsWhoseFilesAreGoneAndNothingElse(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("keep.txt"), "A note about extradition of nationals between two States.");
        Files.writeString(dir.resolve("gone.txt"), "A note about the protection of witnesses in criminal trials.");
        pipeline.ingest(DocumentFiles.list(List.of(dir)), IngestOptions.DEFAULT, IngestProgress.SILENT);
        assertThat(count("parent_id:gone")).isEqualTo(1);

        Files.delete(dir.resolve("gone.txt"));
        IngestReport withoutPrune = pipeline.ingest(DocumentFiles.list(List.of(dir)), IngestOptions.DEFAULT, IngestProgress.SILENT);
        assertThat(withoutPrune.pruned()).isZero();
        assertThat(count("parent_id:gone")).isEqualTo(1);

        IngestReport pruned = pipeline.ingest(DocumentFiles.list(List.of(dir)), IngestOptions.DEFAULT.withPrune(true), IngestProgress.SILENT);
        assertThat(pruned.pruned()).isEqualTo(1);
        assertThat(count("parent_id:gone")).isZero();
        assertThat(count("parent_id:keep")).isEqualTo(1);
    }

    @Test
    void aRelaidCopyIsFlaggedAsDuplicateOfTheFirst(@TempDir Path dir) throws Exception {
        String text = """
                The Conference of the Parties urges States to designate central authorities for mutual legal assistance.
                It encourages the use of the Convention as a legal basis for extradition where no treaty is in force.
                It invites States to share examples of cooperation in the confiscation of the proceeds of crime.
                It requests the secretariat to compile a catalogue of cases and to disseminate it widely.
                It recommends that requests be transmitted by electronic means and in a language the requested State accepts.
                It notes that several States had designated more than one authority for different kinds of requests.
                It decides to keep the question of international cooperation under review at its next session.
                """;
        Files.writeString(dir.resolve("a-original.txt"), text);
        Files.writeString(dir.resolve("b-relaid.txt"), text.replace(".\n", ".\n\n- 2 -\n\f").replace("  ", " "));
        Files.writeString(dir.resolve("c-other.txt"), "Every person who launders the proceeds of crime commits an offence"
                + " punishable by imprisonment; the court shall order the forfeiture of the property. ".repeat(4));
        pipeline.ingest(DocumentFiles.list(List.of(dir)), IngestOptions.DEFAULT, IngestProgress.SILENT);

        assertThat(field("b-relaid", IndexFields.DUPLICATE_OF)).isEqualTo("a-original");
        assertThat(field("a-original", IndexFields.DUPLICATE_OF)).isNull();
        assertThat(field("c-other", IndexFields.DUPLICATE_OF)).isNull();
    }

    private static long count(String q) throws Exception {
        return solr.client().query(new SolrQuery(q).setRows(0)).getResults().getNumFound();
    }

    private static Object field(String id, String field) throws Exception {
        return solr.client().query(new SolrQuery("id:" + id)).getResults().getFirst().getFieldValue(field);
    }
}
