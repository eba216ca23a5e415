package org.mycroft.app.cli;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.solr.client.solrj.SolrClient;
import org.mycroft.api.search.SearchParameters;
import org.mycroft.api.search.SearchRequest;
import org.mycroft.app.bench.SearchBenchmark;
import org.mycroft.core.taxonomy.Taxonomy;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mycroft bench search}: the portal runs in this JVM on a loopback port over an index of N
 * generated units (kept in {@code --data} and reused); one log of distinct searches is sent first
 * through the portal's own SolrJ client with the API's exact Solr parameters, then to
 * {@code /api/search}, with 1 and with {@code --clients} clients.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"p50/p95/p99 and requests/s of /api/search against raw SolrJ with the same Solr parameters,",
                "over N generated units (reused when the data folder already holds them)."})
public final class BenchSearchCommand implements Callable<Integer> {

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

    @Option(names = "--seed", defaultValue = "7", description = "Random seed of corpus and log (default: ${DEFAULT-VALUE}).")
    long seed;

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
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            String base = "http://127.0.0.1:" + port;
            System.out.printf("Warm-up: the whole log once through each path (%,d distinct searches)%n", log.size());
            SearchBenchmark.solrj(solr, taxonomy, log, clients);
            SearchBenchmark.api(http, base, log, clients);
            System.out.println(SearchBenchmark.header());
            SearchBenchmark.Run solrj1 = print(SearchBenchmark.solrj(solr, taxonomy, log, 1));
            SearchBenchmark.Run api1 = print(SearchBenchmark.api(http, base, log, 1));
            SearchBenchmark.Run solrjN = print(SearchBenchmark.solrj(solr, taxonomy, log, clients));
            SearchBenchmark.Run apiN = print(SearchBenchmark.api(http, base, log, clients));
            double p99Target = n >= 1_000_000 ? 150 : 50;
            System.out.printf(Locale.ROOT, "%,d units, %,d distinct searches.%n", n, log.size());
            System.out.printf(Locale.ROOT, "  1 client : API p50 = %.2f x SolrJ (target <= 1.20); API p99 = %.1f ms (target <= %.0f ms at %s units)%n",
                    api1.percentile(50) / solrj1.percentile(50), api1.percentile(99), p99Target,
                    n >= 1_000_000 ? "1,000,000" : "100,000");
            System.out.printf(Locale.ROOT, "  %d clients: API throughput = %.2f x SolrJ (target >= 0.80); errors %d (target 0)%n",
                    clients, apiN.perSecond() / solrjN.perSecond(), api1.errors() + apiN.errors() + solrj1.errors() + solrjN.errors());
            System.out.printf(Locale.ROOT, "CPU per request (this JVM: Solr, API and load generator): 1 client API = %.2f x SolrJ, "
                            + "%d clients API = %.2f x SolrJ; load average when done %.1f on %d cores.%n",
                    api1.cpuMsPerRequest() / solrj1.cpuMsPerRequest(), clients, apiN.cpuMsPerRequest() / solrjN.cpuMsPerRequest(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            System.out.println(SearchBenchmark.cacheStats(solr));
            System.out.printf("Command: ./mycroft bench search --units %d --queries %d --clients %d --data %s%n", n, queries, clients, data);
        }
        return 0;
    }

    private static SearchBenchmark.Run print(SearchBenchmark.Run run) {
        System.out.println(SearchBenchmark.line(run));
        return run;
    }
}
