package org.mycroft.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.mycroft.api.search.ConceptRecognizer;
import org.mycroft.api.search.ConventionReliance;
import org.mycroft.api.search.SearchParameters;
import org.mycroft.api.search.SearchQueryBuilder;
import org.mycroft.api.search.SearchRequest;
import org.mycroft.api.search.SearchResponse;
import org.mycroft.api.search.SearchResultMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mycroft's own work per search, step by step, in this thread's CPU time with no HTTP and no Solr:
 * reading the URL's parameters (the concepts of a text already seen are kept; reading them afresh
 * is timed apart), building the Solr
 * query, mapping Solr's answer (fetched once beforehand) to the API's response and writing it as
 * JSON with the portal's own mapper. Where the API's time above SolrJ and the floor goes, without
 * the sampling profiler's noise on a loaded machine.
 */
public record OwnWork(SearchParameters parameters, ConceptRecognizer concepts, SearchQueryBuilder queries, SearchResultMapper mapper,
        JsonMapper json) {

    /** Mean CPU microseconds per search of each step. */
    public record Steps(double parse, double concepts, double build, double map, double json) {
        public double total() {
            return parse + build + map + json;
        }

        public String line() {
            return String.format(Locale.ROOT, "Mycroft's own work per search, CPU in process (no HTTP, no Solr): %.0f us = "
                    + "parameters %.0f (their concepts kept; read afresh %.0f) + Solr query built %.0f + response mapped %.0f + JSON %.0f",
                    total(), parse, concepts, build, map, json);
        }
    }

    /** {@code passes} times over the log after one pass to warm up, each Solr answer fetched once. */
    public Steps measure(SolrClient solr, List<SearchRequest> log, int passes) throws Exception {
        List<Map<String, String[]>> urls = new ArrayList<>();
        List<QueryResponse> answers = new ArrayList<>();
        for (SearchRequest request : log) {
            urls.add(SearchBenchmark.parametersOf(SearchBenchmark.url(request)));
            answers.add(solr.query(queries.build(request), SolrRequest.METHOD.POST));
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[5];
        long sink = 0;
        for (int pass = 0; pass <= passes; pass++) {
            long[] times = pass == 0 ? new long[5] : nanos; // the first pass warms up, uncounted
            for (int i = 0; i < log.size(); i++) {
                long t0 = cpu.getCurrentThreadCpuTime();
                SearchRequest request = parameters.parse(urls.get(i));
                long t1 = cpu.getCurrentThreadCpuTime();
                sink += concepts.recogniseAfresh(request.query()).size();
                long t2 = cpu.getCurrentThreadCpuTime();
                sink += queries.build(request).size();
                long t3 = cpu.getCurrentThreadCpuTime();
                QueryResponse answer = answers.get(i);
                SearchResponse response = mapper.map(request, answer);
                sink += ConventionReliance.possible(answer) ? 1 : 0;
                long t4 = cpu.getCurrentThreadCpuTime();
                sink += json.writeValueAsBytes(response).length;
                long t5 = cpu.getCurrentThreadCpuTime();
                times[0] += t1 - t0;
                times[1] += t2 - t1;
                times[2] += t3 - t2;
                times[3] += t4 - t3;
                times[4] += t5 - t4;
            }
        }
        if (sink == 42) { // keeps the JIT from dropping the work whose result is unused
            System.out.print("");
        }
        double n = (double) log.size() * passes * 1000;
        return new Steps(nanos[0] / n, nanos[1] / n, nanos[2] / n, nanos[3] / n, nanos[4] / n);
    }
}
