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
public final class ServerTimes {

    private final MeterRegistry registry;
    private final String uri;
    private final long requests;
    private final double serverMs;
    private final long solrQueries;
    private final double solrMs;

    private ServerTimes(MeterRegistry registry, String uri) {
        this.registry = registry;
        this.uri = uri;
        Timer server = registry.find("http.server.requests").tag("uri", uri).timer();
        Timer solr = registry.find("mycroft.solr.query").timer();
        this.requests = server == null ? 0 : server.count();
        this.serverMs = server == null ? 0 : server.totalTime(TimeUnit.MILLISECONDS);
        this.solrQueries = solr == null ? 0 : solr.count();
        this.solrMs = solr == null ? 0 : solr.totalTime(TimeUnit.MILLISECONDS);
    }

    /** The timers now, for requests to {@code uri} (the mapping's pattern, e.g. {@code /api/search}). */
    public static ServerTimes of(MeterRegistry registry, String uri) {
        return new ServerTimes(registry, uri);
    }

    /** Mean milliseconds per request since this snapshot: client, transport, server, of which Solr. */
    public String since(SearchBenchmark.Run run) {
        ServerTimes now = new ServerTimes(registry, uri);
        long n = now.requests - requests;
        if (n == 0) {
            return String.format(Locale.ROOT, "%s: no server timer for %s", run.path(), uri);
        }
        double client = mean(run.sortedMs());
        double server = (now.serverMs - serverMs) / n;
        double solr = (now.solrMs - solrMs) / n;
        return String.format(Locale.ROOT, "%-5s %d client(s), means per request: client %.2f ms = transport %.2f + server %.2f "
                + "(Solr %.2f in %.2f queries, the rest %.2f)", run.path(), run.clients(), client, client - server, server, solr,
                (double) (now.solrQueries - solrQueries) / n, server - solr);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? Double.NaN : sum / values.length;
    }
}
