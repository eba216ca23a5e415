package org.mycroft.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mycroft.ingest.pipeline.IngestOptions;
import org.mycroft.ingest.pipeline.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Reads every ingested source again, e.g. after a tagger or schema upgrade. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Re-read and re-tag every file and folder ingested into this data folder (including the samples).")
public final class ReindexCommand implements Callable<Integer> {

    @Mixin
    SolrOptions solr;

    @Override
    public Integer call() throws Exception {
        List<Path> roots = SourceRoots.in(solr.dataDir()).all().stream().filter(Files::exists).toList();
        if (roots.isEmpty()) {
            System.err.println("Nothing to reindex: no sources recorded in " + solr.dataDir().resolve("sources.txt"));
            return 2;
        }
        IngestReport report = IngestCommand.run(solr, roots, IngestOptions.DEFAULT.withForce(true));
        System.out.print(report.summary());
        return report.failures().isEmpty() ? 0 : 1;
    }
}
