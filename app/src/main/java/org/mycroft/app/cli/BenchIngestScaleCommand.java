package org.mycroft.app.cli;

import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.mycroft.app.bench.GeneratedLaws;
import org.mycroft.core.solr.SolrConnection;
import org.mycroft.core.solr.SolrSettings;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.ingest.pipeline.IngestOptions;
import org.mycroft.ingest.pipeline.IngestPipeline;
import org.mycroft.ingest.pipeline.IngestProgress;
import org.mycroft.ingest.pipeline.IngestReport;
import org.mycroft.ingest.source.DocumentFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mycroft bench ingest-scale}: N generated provisions (in text files of 10–30 sections)
 * through the full pipeline into a fresh embedded index; prints wall and CPU time, peak resident
 * memory and the index size. Run it with {@code MYCROFT_JAVA_OPTS=-Xmx1g} for the figure.
 */
@Command(name = "ingest-scale", mixinStandardHelpOptions = true,
        description = {"Wall time, CPU, peak RSS and index size of ingesting N generated provisions (default 1,000,000).",
                "Use MYCROFT_JAVA_OPTS=-Xmx1g to bound the heap as the issue asks."})
public final class BenchIngestScaleCommand implements Callable<Integer> {

    @Option(names = "--units", defaultValue = "1000000", description = "Provisions to generate (default: ${DEFAULT-VALUE}).")
    int units;

    @Option(names = "--work", defaultValue = "data-bench-ingest", description = "Folder for the files and the index; emptied first (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--seed", defaultValue = "7", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        Path root = work.toAbsolutePath();
        if (Files.exists(root)) {
            org.apache.commons.io.file.PathUtils.deleteDirectory(root);
        }
        Path docs = root.resolve("docs");
        Path data = root.resolve("data");
        long g0 = System.nanoTime();
        int written = GeneratedLaws.write(docs, units, seed);
        System.out.printf(Locale.ROOT, "Generated %,d provisions in %,d files (%.0f MB) in %.0f s%n", written,
                DocumentFiles.list(List.of(docs)).size(), size(docs) / 1e6, (System.nanoTime() - g0) / 1e9);
        long t0 = System.nanoTime();
        long c0 = cpuNanos();
        IngestReport report;
        try (SolrConnection solr = SolrConnection.open(SolrSettings.embedded(data));
                IngestPipeline pipeline = IngestPipeline.create(solr.client(), Taxonomy.load())) {
            report = pipeline.ingest(DocumentFiles.list(List.of(docs)), IngestOptions.DEFAULT, progressEvery(5_000));
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (cpuNanos() - c0) / 1e9;
        System.out.printf(Locale.ROOT, "Ingested %,d files as %,d units, %d failed%n", report.indexed(), report.units(),
                report.failures().size());
        CommittedIndex index = committedIndex(data);
        System.out.printf(Locale.ROOT, "Wall %.0f s (%.1f min), CPU %.0f s, %.0f units/s; peak RSS %.0f MB (max heap %.0f MB); "
                        + "index %.0f MB in %d committed segments (folder %.0f MB); load average %.1f on %d cores%n",
                wall, wall / 60, cpu, report.units() / wall, peakRssKb() / 1024.0, Runtime.getRuntime().maxMemory() / 1048576.0,
                index.bytes() / 1048576.0, index.segments(), size(data) / 1048576.0,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        System.out.printf("Command: MYCROFT_JAVA_OPTS='%s' ./mycroft bench ingest-scale --units %d --work %s%n",
                String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(a -> a.startsWith("-Xm")).toList()), units, work);
        return 0;
    }

    private static IngestProgress progressEvery(int files) {
        long start = System.nanoTime();
        return new IngestProgress() {
            private int done;

            @Override
            public void started(int count) {}

            @Override
            public void fileDone(org.mycroft.ingest.source.SourceFile file, Outcome outcome, String detail) {
                if (++done % files == 0) {
                    System.out.printf(Locale.ROOT, "  %,d files in %.0f s, RSS %.0f MB%n", done, (System.nanoTime() - start) / 1e9,
                            peakRssKb() / 1024.0);
                }
            }
        };
    }

    /** VmHWM of /proc/self/status: the highest resident set size of this process so far (Linux). */
    private static long peakRssKb() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(l -> l.startsWith("VmHWM:")).map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(-1L);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    record CommittedIndex(long bytes, int segments) {}

    /**
     * The size of what the last commit references. The folder's size can be far larger right after a
     * bulk ingest: files of segments already merged away stay until Lucene deletes them (1,497 MB
     * committed against a 2,835 MB folder at a million units).
     */
    static CommittedIndex committedIndex(Path data) throws IOException {
        Path indexDir;
        try (Stream<Path> dirs = Files.walk(data)) {
            indexDir = dirs.filter(d -> d.getFileName().toString().equals("index") && Files.isDirectory(d)).findFirst().orElse(null);
        }
        if (indexDir == null) {
            return new CommittedIndex(0, 0);
        }
        try (Directory dir = FSDirectory.open(indexDir)) {
            SegmentInfos infos = SegmentInfos.readLatestCommit(dir);
            long bytes = 0;
            for (SegmentCommitInfo info : infos) {
                bytes += info.sizeInBytes();
            }
            return new CommittedIndex(bytes, infos.size());
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
