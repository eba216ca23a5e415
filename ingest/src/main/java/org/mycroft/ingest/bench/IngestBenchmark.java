package org.mycroft.ingest.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.io.file.PathUtils;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrInputDocument;
import org.mycroft.core.solr.LocalSolrServer;
import org.mycroft.core.solr.SolrConnection;
import org.mycroft.core.solr.SolrSettings;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.ingest.extraction.ExtractionException;
import org.mycroft.ingest.extraction.TikaExtractor;
import org.mycroft.ingest.indexing.UnitDocuments;
import org.mycroft.ingest.language.LanguageGuesser;
import org.mycroft.ingest.source.SourceFile;
import org.mycroft.tagging.Tagger;
import org.mycroft.ingest.pipeline.DocumentReader;
import org.mycroft.ingest.pipeline.IngestOptions;
import org.mycroft.ingest.pipeline.IngestPipeline;
import org.mycroft.ingest.pipeline.IngestProgress;
import org.mycroft.ingest.pipeline.IngestReport;
import org.mycroft.ingest.pipeline.UnitBuilder;

/**
 * Ingest speed: Tika extraction alone against the full pipeline (extract, split, detect, tag,
 * index, commit) over the same files; and, to show where the rest goes, Solr indexing alone
 * (the same units, built beforehand, added and committed). Untimed warm-up rounds first, until
 * the JIT has settled (on a small corpus it keeps compiling for several rounds, and its threads
 * take CPU from the pipeline, not from single-threaded extraction); then the median of the
 * measured rounds. Extraction alone is timed twice: on one thread (a plain Tika loop) and on as many
 * threads as the pipeline has workers (like for like). Each pipeline round writes into a fresh
 * throw-away embedded index whose start-up is not timed.
 */
public final class IngestBenchmark {

    /** Wall-clock seconds of one round, and the process's CPU seconds for the full pipeline. */
    public record Round(double extractionOneThread, double extractionParallel, double fullPipeline,
            double extractionParallelCpu, double fullPipelineCpu, double indexingAlone, double indexingAloneCpu,
            double solrCell, double solrCellCpu, int solrCellDocuments, JvmThreadsCpu extractionJvm, JvmThreadsCpu indexingJvm,
            JvmThreadsCpu fullPipelineJvm, double ownCpuMeasured) {

        /** CPU of the pipeline that is neither Tika nor Solr: split, language, tags, near-duplicates, documents. */
        double ownCpu() {
            return fullPipelineCpu - extractionParallelCpu - indexingAloneCpu;
        }

        /** The pipeline's own work as its threads measured it, against its CPU without the JIT's compiling. */
        double ownShareMeasured() {
            return ownCpuMeasured / fullPipelineCpuWithoutJit();
        }

        /** The same without the JIT's compiling in each of the three phases: what a long run settles to. */
        double ownCpuWithoutJit() {
            return ownCpu() - fullPipelineJvm.jit() + extractionJvm.jit() + indexingJvm.jit();
        }

        double fullPipelineCpuWithoutJit() {
            return fullPipelineCpu - fullPipelineJvm.jit();
        }

        /** The pipeline's wall time against Tika plus Lucene CPU spread over the cores. */
        double wallOverBound(int cores) {
            return fullPipeline / ((extractionParallelCpu + indexingAloneCpu) / cores);
        }
    }

    public record Result(int files, double megabytes, int workers, int units, int failed, int warmupRounds,
            List<Round> rounds) {

        public double medianExtractionOneThread() {
            return median(rounds.stream().map(Round::extractionOneThread).toList());
        }

        public double medianExtractionParallel() {
            return median(rounds.stream().map(Round::extractionParallel).toList());
        }

        public double medianIndexingAlone() {
            return median(rounds.stream().map(Round::indexingAlone).toList());
        }

        public double medianFullPipeline() {
            return median(rounds.stream().map(Round::fullPipeline).toList());
        }

        public String format() {
            StringBuilder out = new StringBuilder();
            out.append(String.format("Files: %d (%.1f MB) -> %d units, %d failed; %d workers; median of %d rounds after %d warm-up rounds%n",
                    files, megabytes, units, failed, workers, rounds.size(), warmupRounds));
            line(out, "Extraction only, 1 thread", medianExtractionOneThread());
            line(out, "Extraction only, " + workers + " threads", medianExtractionParallel());
            line(out, "Solr indexing alone, 1 thread", medianIndexingAlone());
            line(out, "Full pipeline, " + workers + " workers", medianFullPipeline());
            out.append(String.format("Ratio full / extraction on 1 thread : %.2f%n",
                    medianExtractionOneThread() / medianFullPipeline()));
            out.append(String.format("Ratio full / extraction on %d threads: %.2f%n", workers,
                    medianExtractionParallel() / medianFullPipeline()));
            int cores = Runtime.getRuntime().availableProcessors();
            double own = median(rounds.stream().map(Round::ownCpu).toList());
            double fullCpu = median(rounds.stream().map(Round::fullPipelineCpu).toList());
            double cell = median(rounds.stream().map(Round::solrCell).toList());
            out.append(String.format("(a) Mycroft's own work, measured on the pipeline's threads: %.2f s of %.2f s pipeline CPU"
                            + " without the JIT's = %.1f%% (target <= 15%%)%n",
                    median(rounds.stream().map(Round::ownCpuMeasured).toList()),
                    median(rounds.stream().map(Round::fullPipelineCpuWithoutJit).toList()),
                    100 * median(rounds.stream().map(Round::ownShareMeasured).toList())));
            out.append(String.format("    By subtraction (pipeline CPU - Tika alone - indexing alone): %.2f s of %.2f s = %.1f%%;"
                            + " without the JIT's CPU in each: %.2f s of %.2f s = %.1f%%%n",
                    own, fullCpu, 100 * median(rounds.stream().map(r -> r.ownCpu() / r.fullPipelineCpu()).toList()),
                    median(rounds.stream().map(Round::ownCpuWithoutJit).toList()),
                    median(rounds.stream().map(Round::fullPipelineCpuWithoutJit).toList()),
                    100 * median(rounds.stream().map(r -> r.ownCpuWithoutJit() / r.fullPipelineCpuWithoutJit()).toList())));
            out.append(String.format("    The JIT compiled for %.2f s of CPU and the GC ran for %.2f s during the pipeline (medians): the"
                            + " JIT is still compiling and recompiling what it deoptimised, mostly Lucene's, Solr's and the XML"
                            + " parser's code, and subtraction charges that to Mycroft%n",
                    median(rounds.stream().map(r -> r.fullPipelineJvm().jit()).toList()),
                    median(rounds.stream().map(r -> r.fullPipelineJvm().gc()).toList())));
            out.append(String.format("(b) Pipeline wall / ((Tika CPU + Lucene CPU) / %d cores): %.2f (target <= 1.10)%n",
                    cores, median(rounds.stream().map(r -> r.wallOverBound(cores)).toList())));
            out.append(String.format("(c) Solr Cell stand-in (%d threads): %.2f s, %.1f docs/s; Mycroft %.2f s = %.2f x its time"
                            + " (target <= 1.00)%n",
                    workers, cell, files / cell, medianFullPipeline(), medianFullPipeline() / cell));
            out.append(String.format("    A stand-in because solr-cell is not in the Maven registry: an /update/extract handler in the same"
                            + " embedded Solr parses each whole file with Tika's AutoDetectParser (archive members too) and adds"
                            + " one document per file (%d of %d) through the update chain, same commit policy.%n",
                    rounds.getLast().solrCellDocuments(), files));
            out.append(String.format("Load average at the end: %.1f on %d cores (wall times grow with other load; CPU shares do not)%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), cores));
            for (int i = 0; i < rounds.size(); i++) {
                Round r = rounds.get(i);
                out.append(String.format("  round %d: extraction %.2f s (1 thread), %.2f s (%d threads, %.2f s CPU);"
                                + " indexing alone %.2f s (%.2f s CPU); full %.2f s (%.2f s CPU, JIT %.2f s, GC %.2f s);"
                                + " own %.2f s measured, %.2f s by subtraction (%.2f s without JIT); Solr Cell stand-in %.2f s (%.2f s CPU)%n",
                        i + 1, r.extractionOneThread(), r.extractionParallel(), workers, r.extractionParallelCpu(),
                        r.indexingAlone(), r.indexingAloneCpu(), r.fullPipeline(), r.fullPipelineCpu(), r.fullPipelineJvm().jit(),
                        r.fullPipelineJvm().gc(), r.ownCpuMeasured(), r.ownCpu(), r.ownCpuWithoutJit(), r.solrCell(), r.solrCellCpu()));
            }
            return out.toString();
        }

        private void line(StringBuilder out, String label, double seconds) {
            out.append(String.format("%-32s: %8.1f docs/s %8.2f MB/s (%.2f s)%n", label, files / seconds,
                    megabytes / seconds, seconds));
        }
    }

    private final List<SourceFile> files;
    private final Taxonomy taxonomy;
    private final IngestOptions options;

    public IngestBenchmark(List<SourceFile> files, Taxonomy taxonomy, IngestOptions options) {
        this.files = List.copyOf(files);
        this.taxonomy = taxonomy;
        this.options = options;
    }

    public Result run(int warmupRounds, int measuredRounds, PrintStream log) throws IOException, SolrServerException {
        long bytes = 0;
        for (SourceFile f : files) {
            bytes += Files.size(f.path());
        }
        List<SolrInputDocument> built = buildDocuments();
        IngestReport report = null;
        for (int i = 1; i <= warmupRounds; i++) {
            log.printf("Warm-up round %d of %d …%n", i, warmupRounds);
            report = round(built).report;
        }
        List<Round> rounds = new ArrayList<>();
        for (int i = 1; i <= measuredRounds; i++) {
            log.printf("Round %d of %d …%n", i, measuredRounds);
            Timed timed = round(built);
            rounds.add(timed.timing);
            report = timed.report;
        }
        return new Result(files.size(), bytes / (1024.0 * 1024.0), options.workers(), report.units(),
                report.failures().size(), warmupRounds, rounds);
    }

    private record Timed(Round timing, IngestReport report) {}

    private Timed round(List<SolrInputDocument> built) throws IOException, SolrServerException {
        double oneThread;
        double parallel;
        double parallelCpu;
        JvmThreadsCpu extractionJvm;
        try (TikaExtractor extractor = new TikaExtractor()) {
            long t0 = System.nanoTime();
            extractOnce(extractor);
            oneThread = seconds(t0);
            long t1 = System.nanoTime();
            long c1 = processCpuNanos();
            JvmThreadsCpu before = JvmThreadsCpu.now();
            extractInParallel(extractor);
            parallel = seconds(t1);
            parallelCpu = (processCpuNanos() - c1) / 1e9;
            extractionJvm = JvmThreadsCpu.now().since(before);
        }
        Path data = Files.createTempDirectory("mycroft-bench-ingest");
        try {
            IngestReport report;
            double full;
            double fullCpu;
            JvmThreadsCpu jvm;
            double ownMeasured;
            try (SolrConnection solr = SolrConnection.open(SolrSettings.embedded(data));
                    IngestPipeline pipeline = IngestPipeline.create(solr.client(), taxonomy)) {
                long t2 = System.nanoTime();
                long c2 = processCpuNanos();
                JvmThreadsCpu before = JvmThreadsCpu.now();
                report = pipeline.ingest(files, options.withForce(true), IngestProgress.SILENT);
                full = seconds(t2);
                fullCpu = (processCpuNanos() - c2) / 1e9;
                jvm = JvmThreadsCpu.now().since(before);
                ownMeasured = pipeline.ownCpuNanos() / 1e9;
            }
            Timing indexing = indexOnly(built);
            double[] cell = solrCell();
            return new Timed(new Round(oneThread, parallel, full, parallelCpu, fullCpu, indexing.wall(), indexing.cpu(), cell[0], cell[1],
                    (int) cell[2], extractionJvm, indexing.jvm(), jvm, ownMeasured), report);
        } finally {
            PathUtils.deleteDirectory(data);
        }
    }

    /** The Solr documents the pipeline would write for these files, built once, off the clock. */
    private List<SolrInputDocument> buildDocuments() throws IOException {
        UnitDocuments documents = new UnitDocuments(taxonomy);
        List<SolrInputDocument> out = new ArrayList<>();
        try (TikaExtractor extractor = new TikaExtractor()) {
            DocumentReader reader = new DocumentReader(extractor,
                    new UnitBuilder(taxonomy, Tagger.loadDefault(taxonomy), new LanguageGuesser()));
            for (SourceFile f : files) {
                try {
                    for (DocumentReader.Part part : reader.read(f, "bench", Instant.now(), false)) {
                        // as the pipeline places them on a first load: no earlier document to duplicate
                        UnitDocuments.Placement placement = new UnitDocuments.Placement(f.root().toString(), null,
                                part.minHash());
                        part.units().forEach(unit -> out.add(documents.toSolr(unit, placement)));
                    }
                } catch (ExtractionException e) {
                    // not indexed by the pipeline either
                }
            }
        }
        return out;
    }

    private record Timing(double wall, double cpu, JvmThreadsCpu jvm) {}

    /** Wall and CPU seconds to add the prepared documents to a fresh embedded index and commit. */
    private Timing indexOnly(List<SolrInputDocument> built) throws IOException, SolrServerException {
        Path data = Files.createTempDirectory("mycroft-bench-index");
        try (SolrConnection solr = SolrConnection.open(SolrSettings.embedded(data))) {
            LocalSolrServer local = (LocalSolrServer) solr.client();
            List<SolrInputDocument> docs = built.stream().map(SolrInputDocument::deepCopy).toList(); // Solr adds _version_
            long t0 = System.nanoTime();
            long c0 = processCpuNanos();
            JvmThreadsCpu before = JvmThreadsCpu.now();
            for (int from = 0; from < docs.size(); from += options.batchSize()) {
                local.addDirect(docs.subList(from, Math.min(docs.size(), from + options.batchSize())));
            }
            local.commit();
            return new Timing(seconds(t0), (processCpuNanos() - c0) / 1e9, JvmThreadsCpu.now().since(before));
        } finally {
            PathUtils.deleteDirectory(data);
        }
    }

    /** Wall and CPU seconds of the Solr Cell stand-in into a fresh embedded index, commit included, and its documents. */
    private double[] solrCell() throws IOException, SolrServerException {
        Path data = Files.createTempDirectory("mycroft-bench-cell");
        try (SolrConnection solr = SolrConnection.open(SolrSettings.embedded(data))) {
            long t0 = System.nanoTime();
            long c0 = processCpuNanos();
            int documents = new SolrCellBaseline(files, options.workers()).index((LocalSolrServer) solr.client());
            return new double[] {seconds(t0), (processCpuNanos() - c0) / 1e9, documents};
        } finally {
            PathUtils.deleteDirectory(data);
        }
    }

    private void extractOnce(TikaExtractor extractor) {
        for (SourceFile f : files) {
            extract(extractor, f);
        }
    }

    private void extractInParallel(TikaExtractor extractor) throws IOException {
        ParallelFiles.map(files, options.workers(), "Extraction failed unexpectedly", f -> {
            extract(extractor, f);
            return f;
        });
    }

    private static void extract(TikaExtractor extractor, SourceFile f) {
        try {
            extractor.extractAll(f.path());
        } catch (ExtractionException e) {
            // a file Tika cannot read costs what it costs in both measurements; the pipeline reports why
        }
    }

    /** CPU time of the whole process (all threads, Solr's included). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
