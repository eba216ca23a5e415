package org.mycroft.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.solr.client.solrj.SolrClient;
import org.mycroft.api.search.SearchParameters;
import org.mycroft.api.search.SearchService;
import org.mycroft.app.bench.RetrievalBenchmark;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.ingest.pipeline.IngestOptions;
import org.mycroft.ingest.pipeline.IngestPipeline;
import org.mycroft.ingest.pipeline.IngestProgress;
import org.mycroft.ingest.pipeline.IngestReport;
import org.mycroft.ingest.source.DocumentFiles;
import org.mycroft.ingest.source.SampleCorpus;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mycroft bench retrieval}: success@5 and MRR of the search on the judged EN/FR/ES queries,
 * same-language and cross-language apart, with concept search off and on. The index (samples and
 * the real laws of {@code --corpus}) is kept in {@code --data}; unchanged files are not re-read.
 */
@Command(name = "retrieval", mixinStandardHelpOptions = true,
        description = {"success@5 and MRR on judged EN/FR/ES queries over the samples and the real laws,",
                "same-language and cross-language apart, with concepts=off (words only) and concepts on."})
public final class BenchRetrievalCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpus-real",
            description = "Folder of the real laws (default: ${DEFAULT-VALUE}); skipped with a message when absent.")
    Path corpus;

    @Option(names = "--data", defaultValue = "data-bench-retrieval",
            description = "Data folder of the bench index (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--reindex", description = "Read and tag every file again (after a change of the tagging rules).")
    boolean reindex;

    @Option(names = "--verbose", description = "Also list the tuned queries one by one (never the held-out ones).")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext context = BenchPortal.start(data)) {
            SolrClient solr = context.getBean(SolrClient.class);
            List<Path> roots = new ArrayList<>();
            roots.add(SampleCorpus.copyTo(data.toAbsolutePath().resolve("samples")));
            String corpusNote;
            if (Files.isDirectory(corpus)) {
                roots.add(corpus);
                corpusNote = "the samples and " + corpus;
            } else {
                corpusNote = "the samples only";
                System.out.println("Real-law part skipped: " + corpus.toAbsolutePath().normalize()
                        + " is absent (--corpus DIR); its judgements are dropped.");
            }
            try (IngestPipeline pipeline = IngestPipeline.create(solr, context.getBean(Taxonomy.class))) {
                IngestReport report = pipeline.ingest(DocumentFiles.list(roots), IngestOptions.DEFAULT.withForce(reindex),
                        IngestProgress.SILENT);
                System.out.print(report.summary());
            }
            List<RetrievalBenchmark.Judgement> judgements = RetrievalBenchmark.loadDefault();
            RetrievalBenchmark.Report report = RetrievalBenchmark.run(judgements, solr,
                    context.getBean(SearchParameters.class), context.getBean(SearchService.class));
            System.out.printf("Retrieval over %s: %d judged queries (%d run)%n", corpusNote, judgements.size(),
                    report.outcomes().size());
            if (!report.missing().isEmpty() && Files.isDirectory(corpus)) {
                System.out.println("Judged documents not in the index (check their ids): " + report.missing());
            }
            System.out.print(report.format(verbose));
            System.out.println("Command: ./mycroft bench retrieval" + (verbose ? " --verbose" : ""));
        }
        return 0;
    }
}
