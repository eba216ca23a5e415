package org.mycroft.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mycroft.core.solr.SolrConnection;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.ingest.pipeline.IngestOptions;
import org.mycroft.ingest.pipeline.IngestPipeline;
import org.mycroft.ingest.pipeline.IngestReport;
import org.mycroft.ingest.source.DocumentFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Indexes files and folders; unchanged files are skipped, failures are listed and the rest is indexed. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read, split, tag and index documents (PDF, DOCX, HTML, TXT, … with optional FILE.json sidecars).",
                "Stop a running portal first when using the embedded index, or point --solr-mode at a shared Solr."},
        exitCodeListHeading = "Exit codes:%n", exitCodeList = {"0:every file indexed or unchanged", "1:some files failed (see the list)", "2:usage or Solr error"})
public final class IngestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to ingest.")
    List<Path> paths;

    @Option(names = "--force", description = "Re-read files even when their content hash is unchanged.")
    boolean force;

    @Option(names = "--prune", description = "Remove indexed documents of these folders whose files are gone.")
    boolean prune;

    @Mixin
    SolrOptions solr;

    @Override
    public Integer call() throws Exception {
        IngestReport report = run(solr, paths, IngestOptions.DEFAULT.withForce(force).withPrune(prune));
        System.out.print(report.summary());
        return report.failures().isEmpty() ? 0 : 1;
    }

    static IngestReport run(SolrOptions solr, List<Path> paths, IngestOptions options) throws Exception {
        return run(solr, paths, options, paths);
    }

    /** Ingests {@code paths}; {@code roots} are remembered in sources.txt so that reindex reads them again. */
    static IngestReport run(SolrOptions solr, List<Path> paths, IngestOptions options, List<Path> roots) throws Exception {
        Taxonomy taxonomy = Taxonomy.load();
        try (SolrConnection connection = SolrConnection.open(solr.settings());
                IngestPipeline pipeline = IngestPipeline.create(connection.client(), taxonomy)) {
            IngestReport report = pipeline.ingest(DocumentFiles.list(paths), options,
                    new ConsoleProgress(org.slf4j.LoggerFactory.getLogger("mycroft.ingest")));
            roots.forEach(p -> SourceRoots.in(solr.dataDir()).remember(p));
            CurationAfterIngest.apply(solr.dataDir(), connection.client(), taxonomy);
            return report;
        }
    }
}
