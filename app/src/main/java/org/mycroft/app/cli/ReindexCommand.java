package org.mycroft.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mycroft.core.solr.SolrConnection;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.curation.cases.CaseWorkflow;
import org.mycroft.curation.directory.DirectoryWorkflow;
import org.mycroft.ingest.pipeline.IngestOptions;
import org.mycroft.ingest.pipeline.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Rebuilds the index: every ingested source is read again (e.g. after a tagger or schema upgrade),
 * then every published case is indexed again from the curation database, so deleting the index
 * loses nothing a curator did.
 */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Re-read and re-tag every file and folder ingested into this data folder (including the samples), "
                + "then index every published case of the curation database again.")
public final class ReindexCommand implements Callable<Integer> {

    @Mixin
    SolrOptions solr;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Override
    public Integer call() throws Exception {
        List<Path> roots = SourceRoots.in(solr.dataDir()).all().stream().filter(Files::exists).toList();
        int exit = 0;
        if (roots.isEmpty()) {
            System.err.println("No ingested sources recorded in " + solr.dataDir().resolve("sources.txt"));
        } else {
            IngestReport report = IngestCommand.run(solr, roots, IngestOptions.DEFAULT.withForce(true));
            System.out.print(report.summary());
            exit = report.failures().isEmpty() ? 0 : 1;
        }
        try (DatabaseOptions.Opened db = database.open(solr.dataDir());
                SolrConnection connection = SolrConnection.open(solr.settings())) {
            Taxonomy taxonomy = Taxonomy.load();
            int cases = CaseWorkflow.standalone(db.dataSource(), connection.client(), taxonomy).reindexAll();
            System.out.println("Curated cases indexed from the database: " + cases);
            int entries = DirectoryWorkflow.standalone(db.dataSource(), connection.client(), taxonomy).reindexAll();
            System.out.println("Public directory entries indexed from the database: " + entries);
        }
        return exit;
    }
}
