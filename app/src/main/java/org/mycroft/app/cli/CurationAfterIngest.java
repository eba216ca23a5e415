package org.mycroft.app.cli;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.apache.solr.client.solrj.SolrClient;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.curation.db.CurationDatabase;
import org.mycroft.curation.tags.TagDecisionRepository;
import org.mycroft.curation.tags.UnitTagApplier;
import org.mycroft.curation.versions.LawVersions;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After ingest, harvest or reindex: reviewers' tag decisions go back onto the re-read units, so a
 * new rule or a changed file never undoes them; then the versions of laws are brought up to date
 * (a changed provision supersedes its old text, superseded texts the index lacks are indexed again).
 * The curation database is the data folder's H2 file (made on the first ingest, so the first texts
 * of every law are on record before any change) or $SPRING_DATASOURCE_URL; a database that cannot
 * be opened is reported, not fatal.
 */
final class CurationAfterIngest {

    private CurationAfterIngest() {}

    static void apply(Path dataDir, SolrClient solr, Taxonomy taxonomy) {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        boolean h2 = url == null || url.isBlank();
        DataSource ds = null;
        try {
            ds = h2 ? CurationDatabase.open(CurationDatabase.h2Url(dataDir), "sa", "")
                    : CurationDatabase.open(url, System.getenv("SPRING_DATASOURCE_USERNAME"), System.getenv("SPRING_DATASOURCE_PASSWORD"));
            CurationDatabase.migrate(ds);
            int units = new UnitTagApplier(solr, new TagDecisionRepository(JdbcClient.create(ds)), taxonomy).applyAll();
            if (units > 0) {
                System.out.println("Tag decisions of reviewers applied again to " + units + " unit(s).");
            }
            LawVersions.Report versions = LawVersions.standalone(ds, solr).sync();
            if (versions.changedAnything()) {
                System.out.printf("Versions of laws: %d law(s) compared, %d new text(s), %d superseded, %d superseded text(s) indexed again.%n",
                        versions.lawsRead(), versions.added(), versions.superseded(), versions.indexed());
            }
        } catch (RuntimeException e) {
            System.err.println("Tag decisions and versions of laws not updated (curation database unavailable: " + e.getMessage() + ")");
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
