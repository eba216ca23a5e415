package org.mycroft.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.file.PathUtils;
import java.util.concurrent.Callable;
import org.mycroft.api.bench.CoverageBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mycroft bench coverage}: latency of the coverage matrix over a generated corpus. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = {"Median and p95 latency of the coverage matrix (all States x UNTOC articles, one Solr request)",
                "over a generated corpus in a throw-away embedded index."})
public final class BenchCoverageCommand implements Callable<Integer> {

    @Option(names = "--units", defaultValue = "100000", description = "Synthetic units to index (default: ${DEFAULT-VALUE}).")
    int units;

    @Option(names = "--requests", defaultValue = "200", description = "Timed matrix requests (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--warmup", defaultValue = "50", description = "Untimed requests first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed of the corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        Path data = Files.createTempDirectory("mycroft-bench-coverage");
        System.out.printf("Generating %,d units into %s …%n", units, data);
        try {
            CoverageBenchmark.Result result = CoverageBenchmark.run(data, units, warmup, Math.max(1, requests), seed, System.out);
            System.out.print(result.format());
            return 0;
        } finally {
            PathUtils.deleteDirectory(data); // the index is throw-away (100k units is a few hundred MB)
        }
    }
}
