package org.mycroft.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.apache.solr.client.solrj.SolrClient;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.curation.db.CurationDatabase;
import org.mycroft.curation.tags.TagDecisionRepository;
import org.mycroft.curation.tags.UnitTagApplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After ingest, harvest or reindex: reviewers' tag decisions go back onto the re-read units, so a
 * new rule or a changed file never undoes them. Only when a curation database exists (the data
 * folder's H2 file, or $SPRING_DATASOURCE_URL); a database that cannot be opened is reported, not fatal.
 */
final class CurationAfterIngest {

    private CurationAfterIngest() {}

    static void apply(Path dataDir, SolrClient solr, Taxonomy taxonomy) {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        boolean h2 = url == null || url.isBlank();
        if (h2 && !Files.exists(dataDir.resolve("db").resolve("mycroft.mv.db"))) {
            return;
        }
        DataSource ds = null;
        try {
            ds = h2 ? CurationDatabase.open(CurationDatabase.h2Url(dataDir), "sa", "")
                    : CurationDatabase.open(url, System.getenv("SPRING_DATASOURCE_USERNAME"), System.getenv("SPRING_DATASOURCE_PASSWORD"));
            CurationDatabase.migrate(ds);
            int units = new UnitTagApplier(solr, new TagDecisionRepository(JdbcClient.create(ds)), taxonomy).applyAll();
            if (units > 0) {
                System.out.println("Tag decisions of reviewers applied again to " + units + " unit(s).");
            }
        } catch (RuntimeException e) {
            System.err.println("Tag decisions not applied (curation database unavailable: " + e.getMessage() + ")");
        } finally {
            if (ds instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception ignored) {
                    // closing a pool that failed to start
                }
            }
        }
    }
}
