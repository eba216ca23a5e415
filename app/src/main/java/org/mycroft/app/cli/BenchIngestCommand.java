package org.mycroft.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.ingest.bench.IngestBenchmark;
import org.mycroft.ingest.pipeline.IngestOptions;
import org.mycroft.ingest.source.DocumentFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mycroft bench ingest DIR}: Tika extraction alone against the full pipeline. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Documents/s and MB/s for Tika extraction alone (on 1 thread and on as many threads as the",
                "pipeline has workers) and for the full pipeline into a throw-away embedded index, and their ratios.",
                "Untimed warm-up rounds (the JIT settles), then the median of the measured rounds."})
public final class BenchIngestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Folders or files to read.")
    List<Path> paths;

    @Option(names = "--warmup", defaultValue = "5", description = "Untimed rounds first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--rounds", defaultValue = "5", description = "Measured rounds after the warm-up (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--workers", description = "Reading and tagging threads (default: one per core).")
    Integer workers;

    @Override
    public Integer call() throws Exception {
        IngestOptions options = workers == null ? IngestOptions.DEFAULT : IngestOptions.DEFAULT.withWorkers(workers);
        IngestBenchmark benchmark = new IngestBenchmark(DocumentFiles.list(paths), Taxonomy.load(), options);
        System.out.print(benchmark.run(Math.max(0, warmup), Math.max(1, rounds), System.out).format());
        return 0;
    }
}
