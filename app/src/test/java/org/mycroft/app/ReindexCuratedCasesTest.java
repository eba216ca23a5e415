package org.mycroft.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.commons.io.file.PathUtils;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mycroft.core.solr.SolrConnection;
import org.mycroft.core.solr.SolrSettings;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.curation.Curator;
import org.mycroft.curation.Role;
import org.mycroft.curation.cases.CaseFields;
import org.mycroft.curation.cases.CaseRecord;
import org.mycroft.curation.cases.CaseWorkflow;
import org.mycroft.curation.db.CurationDatabase;

/** Deleting data/solr and running {@code mycroft reindex} loses nothing a curator did: published cases come back from the database. */
class ReindexCuratedCasesTest {

    @Test
    void reindexRebuildsPublishedCasesFromTheDatabase(@TempDir Path data) throws Exception {
        String published;
        String draft;
        DataSource ds = CurationDatabase.open(CurationDatabase.h2Url(data), "sa", "");
        CurationDatabase.migrate(ds);
        try (SolrConnection solr = SolrConnection.open(SolrSettings.embedded(data))) {
            CaseWorkflow workflow = CaseWorkflow.standalone(ds, solr.client(), Taxonomy.load());
            Curator reviewer = new Curator("rev", Role.REVIEWER);
            CaseFields fields = new CaseFields("Extradition to Italy", "Granted.", "en", null, "extradition", "DEU", "ITA",
                    "UNTOC", null, List.of("UNTOC-16"), List.of("drug-trafficking"), List.of(), 2017, "granted", null);
            CaseRecord c = workflow.create(fields, Map.of(), reviewer);
            c = workflow.submit(c.id(), c.version(), reviewer);
            published = workflow.publish(c.id(), c.version(), reviewer).id();
            draft = workflow.create(fields, Map.of(), reviewer).id();
        } finally {
            ((AutoCloseable) ds).close();
        }
        PathUtils.deleteDirectory(data.resolve("solr"));
        assertThat(Files.exists(data.resolve("solr"))).isFalse();

        int exit = MycroftCommand.commandLine().execute("reindex", "--data", data.toString());

        assertThat(exit).isZero();
        try (SolrConnection solr = SolrConnection.open(SolrSettings.embedded(data))) {
            assertThat(solr.client().query(new SolrQuery("id:\"" + published + "\"")).getResults().getNumFound()).isEqualTo(1);
            assertThat(solr.client().query(new SolrQuery("id:\"" + draft + "\"")).getResults().getNumFound()).isZero();
        }
    }
}
