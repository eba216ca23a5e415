package org.mycroft.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mycroft.core.solr.SolrConnection;
import org.mycroft.core.solr.SolrSettings;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.ingest.extraction.ExtractionException;
import org.mycroft.ingest.extraction.TikaExtractor;
import org.mycroft.ingest.pipeline.IngestOptions;
import org.mycroft.ingest.pipeline.IngestPipeline;
import org.mycroft.ingest.pipeline.IngestProgress;
import org.mycroft.ingest.pipeline.IngestReport;
import org.mycroft.ingest.source.DocumentFiles;
import org.mycroft.ingest.source.SourceFile;
import org.mycroft.ingest.tagging.Tagger;
import org.mycroft.ingest.tagging.TaggingEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Quality and speed figures, printed for the notes; never asserted in tests. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure tagging quality or ingest speed.",
        subcommands = {BenchCommand.Tagging.class, BenchCommand.Ingest.class, BenchCoverageCommand.class})
public final class BenchCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "tagging", mixinStandardHelpOptions = true,
            description = "Precision and recall of the tagger on the labelled evaluation set, per family and overall.")
    static final class Tagging implements Callable<Integer> {
        @Override
        public Integer call() {
            Taxonomy taxonomy = Taxonomy.load();
            System.out.println(TaggingEvaluation.run(Tagger.loadDefault(taxonomy), TaggingEvaluation.loadDefault()).format());
            return 0;
        }
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Documents/s and MB/s for Tika extraction alone and for the full pipeline (into a throw-away embedded index).")
    static final class Ingest implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", arity = "1..*", description = "Folders or files to read.")
        List<Path> paths;

        @Override
        public Integer call() throws Exception {
            List<SourceFile> files = DocumentFiles.list(paths);
            long bytes = 0;
            for (SourceFile f : files) {
                bytes += Files.size(f.path());
            }
            double mb = bytes / (1024.0 * 1024.0);
            long t0 = System.nanoTime();
            int extracted = 0;
            try (TikaExtractor extractor = new TikaExtractor()) {
                for (SourceFile f : files) {
                    try {
                        extractor.extractAll(f.path());
                        extracted++;
                    } catch (ExtractionException e) {
                        // counted as not extracted; the full pipeline reports the reason
                    }
                }
            }
            double extractSeconds = (System.nanoTime() - t0) / 1e9;
            Path data = Files.createTempDirectory("mycroft-bench");
            Taxonomy taxonomy = Taxonomy.load();
            IngestReport report;
            long t1;
            try (SolrConnection solr = SolrConnection.open(SolrSettings.embedded(data));
                    IngestPipeline pipeline = IngestPipeline.create(solr.client(), taxonomy)) {
                t1 = System.nanoTime();
                report = pipeline.ingest(files, IngestOptions.DEFAULT, IngestProgress.SILENT);
            }
            double fullSeconds = (System.nanoTime() - t1) / 1e9;
            System.out.printf("Files: %d (%.1f MB); extracted %d, indexed %d (%d units), failed %d%n",
                    files.size(), mb, extracted, report.indexed(), report.units(), report.failures().size());
            System.out.printf("Extraction only : %8.1f docs/s %8.2f MB/s (%.2f s)%n", files.size() / extractSeconds, mb / extractSeconds, extractSeconds);
            System.out.printf("Full pipeline   : %8.1f docs/s %8.2f MB/s (%.2f s)%n", files.size() / fullSeconds, mb / fullSeconds, fullSeconds);
            System.out.printf("Ratio full/extraction: %.2f%n", extractSeconds / fullSeconds);
            return 0;
        }
    }
}
