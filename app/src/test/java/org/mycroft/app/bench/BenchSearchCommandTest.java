package org.mycroft.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mycroft.app.CommandRun;

/**
 * {@code bench search} end to end on a small generated index: the floor serves exactly the API's
 * bytes, every path runs without an error, and every target is printed beside its figure (whether
 * it is met depends on the machine, so only the error count's verdict is asserted).
 */
class BenchSearchCommandTest {

    @Test
    void comparesTheApiWithSolrjAndWithTheFloorThatServesTheSameBytes(@TempDir Path tmp) throws IOException {
        Path responses = tmp.resolve("responses.tsv");
        CommandRun run = CommandRun.of("bench", "search", "--units", "400", "--queries", "40", "--clients", "2", "--warmup", "1",
                "--data", tmp.resolve("data").toString(), "--responses", responses.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Indexed 400 units").contains("Floor answers identical to the API's: 40 of 40");
        for (String path : new String[] {"SolrJ", "Floor", "API"}) {
            for (int clients : new int[] {1, 2}) {
                // path, clients, p50, p95, p99, req/s, then 0 errors
                assertThat(run.out()).containsPattern("(?m)^" + path + "\\s+" + clients + "(\\s+[\\d.]+){4}\\s+0\\s");
            }
        }
        // Solr's CPU per search over the log, the measure to compare two versions' Solr requests on a loaded machine.
        assertThat(run.out()).containsPattern("(?m)^Solr CPU per search, SolrJ path, 1 client \\(thread CPU, the whole log\\): "
                + "mean [\\d.]+ ms, p50 [\\d.]+, p95 [\\d.]+, p99 [\\d.]+$");
        // The costliest 2% of the log (1 of 40), with Solr's own time for it (its QTime, never unknown on the SolrJ path).
        assertThat(run.out()).contains("Costliest 1 searches (2% of the log) on 1 client: Solr CPU ms (SolrJ path), Solr QTime of "
                        + "the page, SolrJ ms, API ms, URL")
                .containsPattern("(?m)^\\s+[\\d.]+\\s+\\d+\\s+[\\d.]+\\s+[\\d.]+  /api/search\\?\\S+$");
        // Every faceted and sorted field has docValues: nothing is uninverted into Lucene's FieldCache.
        assertThat(run.out()).containsPattern("filterCache hit ratio [\\d.]+, \\d+ lookups, 0 evictions, \\d+ entries, [\\d.]+ MB of \\d+ MB;")
                .contains("fieldCache (uninverted fields) 0 entries, 0 bytes;").containsPattern("index on disk [\\d.]+ [KM]B\\.");
        // One line per search of the log: its URL, 200 and the JSON answer.
        List<String> answers = Files.readAllLines(responses);
        assertThat(answers).hasSize(40).allSatisfy(line -> assertThat(line).matches("/api/search\\?\\S+\\t200\\t\\{\"total\":\\d+.*\\}"));
        assertThat(run.out())
                .containsPattern("errors = 0\\s+0\\s+met")
                .contains("API p50 <= 1.20 x SolrJ p50", "API p99 <= 50 ms", "API req/s >= 0.80 x SolrJ",
                        "API p50 <= 1.20 x SolrJ p50 + floor p50", "API p99 <= 1.20 x SolrJ p99 + floor p99",
                        "API req/s >= 0.80 x (SolrJ then floor)", "API server CPU <= 1.20 x SolrJ + floor")
                // The portal's own timers split each HTTP run: Solr is queried on the API's path only.
                .containsPattern("API\\s+1 client\\(s\\), means per request: client [\\d.]+ ms = transport -?[\\d.]+ \\+ server [\\d.]+ "
                        + "\\(Solr [\\d.]+ in 1\\.\\d\\d queries")
                .containsPattern("Mycroft's own work per search, CPU in process \\(no HTTP, no Solr\\): \\d+ us = parameters \\d+ "
                        + "\\(their concepts kept; read afresh \\d+\\) \\+ Solr query built \\d+ \\+ response mapped \\d+ \\+ JSON \\d+")
                .containsPattern("Floor 1 client\\(s\\), means per request: .*\\(Solr 0\\.00 in 0\\.00 queries");
    }
}
