package org.mycroft.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.solr.client.solrj.SolrClient;
import org.mycroft.api.search.ConceptRecognizer;
import org.mycroft.api.search.SearchParameters;
import org.mycroft.api.search.SearchQueryBuilder;
import org.mycroft.api.search.SearchResultMapper;
import org.mycroft.api.search.SearchRequest;
import org.mycroft.app.bench.FloorEndpoint;
import org.mycroft.app.bench.LoopbackClient;
import org.mycroft.app.bench.OwnWork;
import org.mycroft.app.bench.SearchBenchReport;
import org.mycroft.app.bench.SearchBenchmark;
import org.mycroft.app.bench.ServerTimes;
import org.mycroft.core.taxonomy.Taxonomy;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code mycroft bench search}: the portal runs in this JVM on a loopback port over an index of N
 * generated units (kept in {@code --data} and reused); one log of distinct searches is sent
 * through the portal's own SolrJ client with the API's exact Solr parameters, through the floor
 * ({@link FloorEndpoint}: the API's own answers replayed through the same HTTP stack, no Solr
 * work) and to {@code /api/search}, with 1 and with {@code --clients} clients. Prints each figure
 * beside its target ({@link SearchBenchReport}) and where the time went by the portal's timers.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"p50/p95/p99 and requests/s of /api/search against raw SolrJ with the same Solr parameters and against",
                "the floor (the API's own answers replayed through the same HTTP stack),",
                "over N generated units (reused when the data folder already holds them)."})
public final class BenchSearchCommand implements Callable<Integer> {

    private static final String API = "/api/search";

    @Option(names = "--units", defaultValue = "100000", description = "Generated units (default: ${DEFAULT-VALUE}; try 1000000).")
    int units;

    @Option(names = "--million", description = "Shorthand for --units 1000000.")
    boolean million;

    @Option(names = "--queries", defaultValue = "3000", description = "Distinct searches in the log (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--clients", defaultValue = "8", description = "Clients of the concurrent run (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--data", defaultValue = "data-bench-search", description = "Data folder of the bench index (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--warmup", defaultValue = "2", description = "Passes of the whole log through each path before measuring "
            + "(default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--seed", defaultValue = "7", description = "Random seed of corpus and log (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--own-work-passes", defaultValue = "3", description = "Passes over the log of the in-process measure of "
            + "Mycroft's own steps per search (default: ${DEFAULT-VALUE}; more to profile them).")
    int ownWorkPasses;

    @Option(names = "--responses", description = "Also write the API's answer to every search of the log to this file "
            + "(URL, status and JSON per line), to compare two versions' answers.")
    Path responses;

    @Override
    public Integer call() throws Exception {
        int n = million ? 1_000_000 : units;
        try (ConfigurableApplicationContext context = BenchPortal.start(data)) {
            SolrClient solr = context.getBean(SolrClient.class);
            Taxonomy taxonomy = context.getBean(Taxonomy.class);
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            SearchBenchmark.ensureIndex(solr, taxonomy, n, seed, System.out);
            // Read as the API reads each URL (recognised concepts included), so both paths send the same Solr query.
            List<SearchRequest> log = SearchBenchmark.asTheApiReadsThem(SearchBenchmark.queryLog(taxonomy, queries, seed),
                    context.getBean(SearchParameters.class));
            LoopbackClient http = new LoopbackClient("http://127.0.0.1:" + port);
            // The floor's answers are the API's own, computed now through its SearchService.
            FloorEndpoint.register(context, log);
            int mismatches = SearchBenchmark.floorMismatches(http, log);
            System.out.printf("Floor answers identical to the API's: %,d of %,d%n", log.size() - mismatches, log.size());
            if (responses != null) {
                SearchBenchmark.writeResponses(http, log, responses);
                System.out.printf("The API's answers to the log written to %s%n", responses);
            }
            // The JIT keeps compiling Solr's, Spring's and Tomcat's code for minutes: after one pass its
            // compiler threads still took a third of the JVM's CPU (JFR), charged to whichever path ran.
            System.out.printf("Warm-up: the whole log %d time(s) through each path (%,d distinct searches)%n", warmup, log.size());
            for (int round = 0; round < warmup; round++) {
                SearchBenchmark.solrj(solr, taxonomy, log, clients);
                SearchBenchmark.api(http, log, clients);
                SearchBenchmark.floor(http, log, clients);
            }
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            System.out.println(SearchBenchmark.header());
            List<String> split = new ArrayList<>();
            SearchBenchmark.Run solrj1 = print(SearchBenchmark.solrj(solr, taxonomy, log, 1));
            SearchBenchmark.Run floor1 = timed(registry, FloorEndpoint.PATH, split, () -> SearchBenchmark.floor(http, log, 1));
            SearchBenchmark.Run api1 = timed(registry, API, split, () -> SearchBenchmark.api(http, log, 1));
            SearchBenchmark.Run solrjN = print(SearchBenchmark.solrj(solr, taxonomy, log, clients));
            SearchBenchmark.Run floorN = timed(registry, FloorEndpoint.PATH, split, () -> SearchBenchmark.floor(http, log, clients));
            SearchBenchmark.Run apiN = timed(registry, API, split, () -> SearchBenchmark.api(http, log, clients));
            split.forEach(System.out::println);
            SearchBenchmark.slowest(solrj1, api1, log).forEach(System.out::println);
            new SearchBenchReport(n, log.size(), solrj1, floor1, api1, solrjN, floorN, apiN).print(System.out);
            System.out.printf(Locale.ROOT, "CPU ms/req: this JVM's (Solr, API and load generator); server CPU: less the load "
                    + "generator's threads. Load average when done %.1f on %d cores.%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            System.out.println(SearchBenchmark.cacheStats(solr));
            System.out.println(new OwnWork(context.getBean(SearchParameters.class), context.getBean(ConceptRecognizer.class),
                    context.getBean(SearchQueryBuilder.class), context.getBean(SearchResultMapper.class),
                    context.getBean(JsonMapper.class)).measure(solr, log, ownWorkPasses).line());
            System.out.printf("Command: ./mycroft bench search --units %d --queries %d --clients %d --warmup %d --data %s%n", n, queries,
                    clients, warmup, data);
        }
        return 0;
    }

    private interface HttpRun {
        SearchBenchmark.Run run() throws Exception;
    }

    /** A run over HTTP, printed, with where its time went by the portal's own timers added to {@code split}. */
    private static SearchBenchmark.Run timed(MeterRegistry registry, String uri, List<String> split, HttpRun http) throws Exception {
        ServerTimes before = ServerTimes.of(registry, uri);
        SearchBenchmark.Run run = print(http.run());
        split.add(before.since(run));
        return run;
    }

    private static SearchBenchmark.Run print(SearchBenchmark.Run run) {
        System.out.println(SearchBenchmark.line(run));
        return run;
    }
}
