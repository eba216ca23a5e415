package org.mycroft.ingest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.ingest.source.DocumentFiles;
import org.mycroft.ingest.bench.IngestBenchmark;
import org.mycroft.ingest.pipeline.IngestOptions;

/** The benchmark measures what it says on real files; its figures are printed, never asserted. */
class IngestBenchmarkTest {

    @Test
    void measuresEveryStepOverTheSameFilesAndReportsTheUnits(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("law.txt"), """
                Section 1. Money laundering
                Whoever converts or transfers property knowing that it is the proceeds of crime commits an offence.
                Section 2. Confiscation
                The court shall order the confiscation of the proceeds of crime.
                """);
        Files.writeString(dir.resolve("note.txt"), "A note about the protection of witnesses in criminal trials.");
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        IngestBenchmark.Result result = new IngestBenchmark(DocumentFiles.list(List.of(dir)), Taxonomy.load(),
                IngestOptions.DEFAULT.withWorkers(2)).run(1, 1, new PrintStream(log, true, StandardCharsets.UTF_8));

        assertThat(result.files()).isEqualTo(2);
        assertThat(result.units()).isEqualTo(3);
        assertThat(result.failed()).isZero();
        assertThat(result.warmupRounds()).isEqualTo(1);
        assertThat(result.rounds()).singleElement().satisfies(round -> {
            assertThat(round.extractionOneThread()).isPositive();
            assertThat(round.extractionParallel()).isPositive();
            assertThat(round.indexingAlone()).isPositive();
            assertThat(round.fullPipeline()).isPositive();
            assertThat(round.solrCell()).isPositive();
            // splitting and tagging three units takes some CPU, and never more than the whole pipeline's
            assertThat(round.ownCpuMeasured()).isPositive().isLessThan(round.fullPipelineCpu());
        });
        assertThat(result.format()).contains("Extraction only, 1 thread", "Solr indexing alone", "Full pipeline, 2 workers",
                "Ratio full / extraction on 2 threads", "(a) Mycroft's own work, measured on the pipeline's threads", "By subtraction",
                "The JIT compiled for", "(b) Pipeline wall", "(c) Solr Cell stand-in", "A stand-in because solr-cell is not in the Maven registry");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("Warm-up round 1 of 1", "Round 1 of 1");
    }
}
