package org.mycroft.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.solr.SolrConnection;
import org.mycroft.core.solr.SolrSettings;

/**
 * An ingest killed halfway (SIGKILL of a real child JVM) and started again ends with every
 * document indexed exactly once.
 */
class ResumeAfterKillTest {

    private static final int FILES = 80;

    @Test
    void killedIngestResumesWithEveryDocumentIndexedOnce(@TempDir Path tmp) throws Exception {
        Path docs = ChildIngest.notes(tmp.resolve("docs"), FILES,
                "Note %d on mutual legal assistance between central authorities, request number %d.");
        Path data = tmp.resolve("data");

        Process child;
        boolean killedMidway = false;
        try (ChildIngest ingest = ChildIngest.start(data, docs)) {
            child = ingest.process();
            for (String line : ingest.lines()) {
                if (line.contains("[10/" + FILES + "]")) {
                    child.destroyForcibly(); // SIGKILL: no shutdown hooks, no commit
                    killedMidway = true;
                    break;
                }
            }
        }
        child.waitFor(30, TimeUnit.SECONDS);
        assertThat(killedMidway).as("the child was killed while ingesting").isTrue();

        int exit = MycroftCommand.commandLine().execute("ingest", "--data", data.toString(), docs.toString());
        assertThat(exit).isZero();

        try (SolrConnection solr = SolrConnection.open(SolrSettings.embedded(data))) {
            var response = solr.client().query(new SolrQuery("*:*").setRows(0).setFacet(true)
                    .addFacetField(IndexFields.PARENT_ID).setFacetLimit(-1).setFacetMinCount(2));
            assertThat(response.getResults().getNumFound()).isEqualTo(FILES);
            FacetField duplicates = response.getFacetField(IndexFields.PARENT_ID);
            assertThat(duplicates.getValues()).as("documents indexed more than once").isEmpty();
        }
    }
}
