package org.mycroft.app.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.Callable;
import org.mycroft.app.portal.PortalIngestClient;
import org.mycroft.core.solr.SolrConnection;
import org.mycroft.core.solr.SolrMode;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.ingest.pipeline.IngestOptions;
import org.mycroft.ingest.pipeline.IngestPipeline;
import org.mycroft.ingest.pipeline.IngestReport;
import org.mycroft.ingest.source.DocumentFiles;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Indexes files and folders; unchanged files are skipped, failures are listed and the rest is indexed. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read, split, tag and index documents (PDF, DOCX, HTML, TXT, … with optional FILE.json sidecars).",
                "With the embedded index held by a running portal, the files are sent to that portal, which indexes them."},
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
        IngestOptions options = IngestOptions.DEFAULT.withForce(force).withPrune(prune);
        Optional<IngestReport> throughPortal = solr.settings().mode() == SolrMode.EMBEDDED
                ? new PortalIngestClient().ingest(solr.dataDir(), paths, options, progress())
                : Optional.empty();
        if (throughPortal.isPresent()) {
            System.out.println("Sent to the portal running on this data folder, which indexed:");
        }
        IngestReport report = throughPortal.isPresent() ? throughPortal.get() : run(solr, paths, options);
        System.out.print(report.summary());
        return report.failures().isEmpty() ? 0 : 1;
    }

    private static ConsoleProgress progress() {
        return new ConsoleProgress(LoggerFactory.getLogger("mycroft.ingest"));
    }

    static IngestReport run(SolrOptions solr, List<Path> paths, IngestOptions options) throws Exception {
        return run(solr, paths, options, paths);
    }

    /** Ingests {@code paths}; {@code roots} are remembered in sources.txt so that reindex reads them again. */
    static IngestReport run(SolrOptions solr, List<Path> paths, IngestOptions options, List<Path> roots) throws Exception {
        Taxonomy taxonomy = Taxonomy.load();
        AtomicReference<IngestPipeline> running = new AtomicReference<>();
        // Closed last: on SIGTERM the JVM waits until what was reported is committed and the index closed.
        try (StopOnSignal signal = new StopOnSignal(() -> Optional.ofNullable(running.get()).ifPresent(IngestPipeline::stop),
                Duration.ofMinutes(2));
                SolrConnection connection = SolrConnection.open(solr.settings());
                IngestPipeline pipeline = IngestPipeline.create(connection.client(), taxonomy)) {
            running.set(pipeline);
            if (signal.signalled()) {
                pipeline.stop();
            }
            IngestReport report = pipeline.ingest(DocumentFiles.list(paths), options, progress());
            if (signal.signalled()) {
                System.out.println("Stopped by a signal: the files reported above are indexed and committed; "
                        + "the same command again indexes the rest.");
                return report;
            }
            roots.forEach(p -> SourceRoots.in(solr.dataDir()).remember(p));
            CurationAfterIngest.apply(solr.dataDir(), connection.client(), taxonomy);
            return report;
        }
    }
}
