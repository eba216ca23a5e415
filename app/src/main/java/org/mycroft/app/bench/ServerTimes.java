package org.mycroft.app.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Where a run's time went, from the portal's own timers: Spring's {@code http.server.requests}
 * (from the first filter to the last byte handed to Tomcat) for one URI and Mycroft's
 * {@code mycroft.solr.query} (every SolrJ call). The client's mean latency less the server's mean
 * is the transport: the loopback connection, Tomcat before and after the filters, the client.
 */
public record ServerTimes(MeterRegistry registry, String uri, Totals start) {

    /** The timers' counts and totals at one moment. */
    record Totals(long requests, double serverMs, long solrQueries, double solrMs) {
        static Totals of(MeterRegistry registry, String uri) {
            Timer server = registry.find("http.server.requests").tag("uri", uri).timer();
            Timer solr = registry.find("mycroft.solr.query").timer();
            return new Totals(server == null ? 0 : server.count(), server == null ? 0 : server.totalTime(TimeUnit.MILLISECONDS),
                    solr == null ? 0 : solr.count(), solr == null ? 0 : solr.totalTime(TimeUnit.MILLISECONDS));
        }
    }

    /** The timers now, for requests to {@code uri} (the mapping's pattern, e.g. {@code /api/search}). */
    public static ServerTimes of(MeterRegistry registry, String uri) {
        return new ServerTimes(registry, uri, Totals.of(registry, uri));
    }

    /** Mean milliseconds per request since this snapshot: client, transport, server, of which Solr. */
    public String since(SearchBenchmark.Run run) {
        Totals now = Totals.of(registry, uri);
        long n = now.requests() - start.requests();
        if (n == 0) {
            return String.format(Locale.ROOT, "%s: no server timer for %s", run.path(), uri);
        }
        double client = mean(run.sortedMs());
        double server = (now.serverMs() - start.serverMs()) / n;
        double solr = (now.solrMs() - start.solrMs()) / n;
        return String.format(Locale.ROOT, "%-5s %d client(s), means per request: client %.2f ms = transport %.2f + server %.2f "
                + "(Solr %.2f in %.2f queries, the rest %.2f)", run.path(), run.clients(), client, client - server, server, solr,
                (double) (now.solrQueries() - start.solrQueries()) / n, server - solr);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? Double.NaN : sum / values.length;
    }
}
