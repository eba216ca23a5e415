package org.mycroft.app.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.mycroft.api.search.ConventionReliance;
import org.mycroft.api.search.Facet;
import org.mycroft.api.search.SearchParameters;
import org.mycroft.api.search.SearchQueryBuilder;
import org.mycroft.api.search.SearchRequest;
import org.mycroft.api.search.SearchSort;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.taxonomy.Article;
import org.mycroft.core.taxonomy.Country;
import org.mycroft.core.taxonomy.Taxonomy;

/**
 * Mycroft's search against raw Solr on the same index and the same query log: each request of the
 * log first through SolrJ with exactly the Solr parameters the API sends ({@link SearchQueryBuilder},
 * POST like the API), then as {@code GET /api/search} over loopback HTTP, with 1 and with N
 * clients. The index is N generated provisions in EN/FR/ES with realistic tags; the log mixes
 * text queries in the three languages, filters on every facet, empty queries, sorts and deep pages.
 */
public final class SearchBenchmark {

    private static final String PREFIX = "bench-search-";
    private static final int BATCH = 2_000;
    /** Share of the log listed as the slowest searches of the one-client runs: where the p99 comes from. */
    public static final double SLOWEST_SHARE = 0.02;

    private static final Map<String, String[]> WORDS = Map.of(
            "en", ("offence person group organized criminal laundering proceeds property confiscation court extradition "
                    + "request foreign State assistance evidence witness protection trafficking migrant smuggling firearms "
                    + "corruption public official bribe penalty imprisonment years fine participation conspiracy judge seizure "
                    + "freezing investigation prosecution jurisdiction victim border document identity fraud cooperation").split(" "),
            "fr", ("infraction personne groupe criminel organisé blanchiment produit biens confiscation tribunal extradition "
                    + "demande État étranger entraide preuve témoin protection traite migrants trafic armes corruption agent "
                    + "public pot-de-vin peine emprisonnement ans amende participation association juge saisie gel enquête "
                    + "poursuite compétence victime frontière document identité fraude coopération").split(" "),
            "es", ("delito persona grupo delictivo organizado blanqueo producto bienes decomiso tribunal extradición "
                    + "solicitud Estado extranjero asistencia prueba testigo protección trata migrantes tráfico armas "
                    + "corrupción funcionario público soborno pena prisión años multa participación asociación juez incautación "
                    + "embargo investigación enjuiciamiento jurisdicción víctima frontera documento identidad fraude cooperación")
                    .split(" "));

    /**
     * One measured run: latencies in ms, wall seconds, errors, the CPU this JVM spent on it (Solr,
     * the API and the load generator all run here), which other load on the machine does not
     * inflate the way it inflates latencies, and of that the CPU of the load generator's own
     * threads (HTTP paths only: on the SolrJ path the calling thread does Solr's work), and, in the
     * log's order, each search's time, Solr's own time for it (the page's QTime, -1 where the path
     * cannot see it) and the calling thread's CPU for it (on the SolrJ path: Solr's work, which
     * other load on the machine does not inflate): where the p99 comes from.
     */
    public record Run(String path, int clients, double[] sortedMs, double seconds, int errors, double cpuSeconds,
            double clientCpuSeconds, double[] msByRequest, int[] solrMsByRequest, double[] cpuMsByRequest) {
        public double percentile(int p) {
            return SearchBenchmark.percentile(sortedMs, p);
        }

        public double perSecond() {
            return sortedMs.length / seconds;
        }

        /** CPU milliseconds of this JVM per request. */
        public double cpuMsPerRequest() {
            return perRequest(cpuSeconds);
        }

        /** CPU milliseconds per request of the server's side: the JVM's less the load generator's threads'. */
        public double serverCpuMsPerRequest() {
            return perRequest(cpuSeconds - clientCpuSeconds);
        }

        /**
         * Requests per second with the load generator's CPU off these cores: the rate scaled by the
         * share of the JVM's CPU the server used. Meaningful for a CPU-bound run (N clients on 2 cores).
         */
        public double serverPerSecond() {
            return cpuSeconds <= clientCpuSeconds ? Double.NaN : perSecond() * cpuSeconds / (cpuSeconds - clientCpuSeconds);
        }

        private double perRequest(double seconds) {
            return sortedMs.length == 0 ? Double.NaN : seconds * 1000 / sortedMs.length;
        }

        String line() {
            return String.format(Locale.ROOT, "%-7s %7d %8.1f %8.1f %8.1f %9.1f %7d %10.2f %10.2f", path, clients, percentile(50),
                    percentile(95), percentile(99), perSecond(), errors, cpuMsPerRequest(), serverCpuMsPerRequest());
        }
    }

    private SearchBenchmark() {}

    /** Makes sure the index holds exactly {@code units} generated units; returns true when it generated them. */
    public static boolean ensureIndex(SolrClient solr, Taxonomy taxonomy, int units, long seed, PrintStream log) throws Exception {
        long existing = solr.query(new SolrQuery("id:" + PREFIX + "*").setRows(0)).getResults().getNumFound();
        long all = solr.query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
        if (existing == units && all == units) {
            log.printf("Reusing the index of %,d generated units%n", units);
            return false;
        }
        solr.deleteByQuery("*:*");
        long start = System.nanoTime();
        Random random = new Random(seed);
        List<Country> countries = taxonomy.countries().all();
        List<Article> articles = taxonomy.articles();
        List<String> crimes = taxonomy.crimeTypes().stream().map(c -> c.id()).toList();
        List<String> issues = taxonomy.crossCutting().stream().map(c -> c.id()).toList();
        List<SolrInputDocument> batch = new ArrayList<>(BATCH);
        String law = null;
        Country country = null;
        String lang = "en";
        int year = 2000;
        int left = 0;
        int position = 0;
        for (int i = 0; i < units; i++) {
            boolean isCase = random.nextDouble() < 0.12;
            if (left == 0 || isCase) {
                country = countries.get(random.nextBoolean() ? random.nextInt(20) : random.nextInt(countries.size()));
                lang = List.of("en", "en", "fr", "es").get(random.nextInt(4));
                year = 1960 + random.nextInt(66);
                law = PREFIX + "law-" + i;
                left = isCase ? 1 : 5 + random.nextInt(36);
                position = 0;
            }
            left--;
            SolrInputDocument doc = new SolrInputDocument();
            String id = PREFIX + i;
            doc.setField(IndexFields.ID, id);
            doc.setField(IndexFields.PARENT_ID, isCase ? id : law);
            doc.setField(IndexFields.PARENT_TITLE, sentence(random, lang, 6));
            doc.setField(IndexFields.DOC_TYPE, isCase ? "case" : "legislation");
            doc.setField(IndexFields.TITLE, (isCase ? "" : "Article " + (position + 1) + ". ") + sentence(random, lang, 5));
            doc.setField(IndexFields.HEADING, sentence(random, lang, 4));
            doc.setField(IndexFields.PROVISION_NUMBER, String.valueOf(position + 1));
            doc.setField(IndexFields.POSITION, position++);
            doc.setField(IndexFields.textField(lang), sentence(random, lang, 40 + random.nextInt(120)));
            doc.setField(IndexFields.LANGUAGE, lang);
            doc.setField(IndexFields.COUNTRY, country.iso3());
            doc.setField(IndexFields.REGION, country.region());
            doc.setField(IndexFields.YEAR, year);
            doc.setField(IndexFields.DATE, new Date((year - 1970L) * 365L * 86_400_000L + random.nextInt(300) * 86_400_000L));
            Set<String> tags = new LinkedHashSet<>();
            Set<String> expanded = new LinkedHashSet<>();
            for (int t = random.nextInt(4); t > 0; t--) {
                Article a = articles.get(random.nextInt(articles.size()));
                String tag = random.nextDouble() < 0.2 ? a.id() + "." + (1 + random.nextInt(9)) : a.id();
                tags.add(tag);
                expanded.addAll(Taxonomy.withAncestors(tag));
            }
            doc.setField(IndexFields.ARTICLES, List.copyOf(tags));
            doc.setField(IndexFields.ARTICLES_EXPANDED, List.copyOf(expanded));
            String crime = crimes.get(random.nextInt(crimes.size()));
            doc.setField(IndexFields.CRIME_TYPES, crime);
            doc.setField(IndexFields.CRIME_TYPES_EXPANDED, taxonomy.crimeTypeWithAncestors(crime));
            if (random.nextBoolean()) {
                doc.setField(IndexFields.CROSS_CUTTING, issues.get(random.nextInt(issues.size())));
            }
            doc.setField(IndexFields.INGESTED_AT, new Date());
            batch.add(doc);
            if (batch.size() == BATCH) {
                solr.add(batch);
                batch.clear();
                if ((i + 1) % 20_000 == 0) {
                    log.printf("  indexed %,d units%n", i + 1);
                }
            }
        }
        if (!batch.isEmpty()) {
            solr.add(batch);
        }
        solr.commit();
        log.printf("Indexed %,d units in %.0f s%n", units, (System.nanoTime() - start) / 1e9);
        return true;
    }

    /** {@code count} distinct searches: text in EN/FR/ES or none, filters on every facet, sorts, deep pages. */
    public static List<SearchRequest> queryLog(Taxonomy taxonomy, int count, long seed) {
        Random random = new Random(seed);
        List<String> countries = taxonomy.countries().all().stream().map(Country::iso3).limit(40).toList();
        List<String> articles = taxonomy.articlesOf("UNTOC").stream().map(Article::id).toList();
        List<String> crimes = taxonomy.crimeTypes().stream().map(c -> c.id()).toList();
        List<String> issues = taxonomy.crossCutting().stream().map(c -> c.id()).toList();
        List<String> regions = taxonomy.regions().stream().map(r -> r.id()).toList();
        Map<String, SearchRequest> log = new LinkedHashMap<>();
        while (log.size() < count) {
            String lang = List.of("en", "fr", "es").get(random.nextInt(3));
            String q = random.nextDouble() < 0.2 ? "" : sentence(random, lang, 1 + random.nextInt(3));
            if (!q.isEmpty() && random.nextDouble() < 0.1) {
                q = "\"" + q + "\"";
            }
            Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
            if (random.nextDouble() < 0.3) filters.put(Facet.COUNTRY, List.of(countries.get(random.nextInt(countries.size()))));
            if (random.nextDouble() < 0.1) filters.put(Facet.REGION, List.of(regions.get(random.nextInt(regions.size()))));
            if (random.nextDouble() < 0.2) filters.put(Facet.DOC_TYPE, List.of(random.nextBoolean() ? "legislation" : "case"));
            if (random.nextDouble() < 0.15) filters.put(Facet.YEAR, List.of(String.valueOf(1960 + random.nextInt(66))));
            if (random.nextDouble() < 0.15) filters.put(Facet.LANGUAGE, List.of(lang));
            if (random.nextDouble() < 0.25) filters.put(Facet.CRIME_TYPES, List.of(crimes.get(random.nextInt(crimes.size()))));
            if (random.nextDouble() < 0.25) filters.put(Facet.ARTICLES, List.of(articles.get(random.nextInt(articles.size()))));
            if (random.nextDouble() < 0.15) filters.put(Facet.CROSS_CUTTING, List.of(issues.get(random.nextInt(issues.size()))));
            SearchSort sort = q.isEmpty() ? SearchSort.NEWEST : random.nextDouble() < 0.8 ? SearchSort.RELEVANCE
                    : random.nextBoolean() ? SearchSort.NEWEST : SearchSort.OLDEST;
            double deep = random.nextDouble();
            int page = deep < 0.7 ? 1 : deep < 0.9 ? 2 + random.nextInt(4) : 10 + random.nextInt(40);
            SearchRequest request = new SearchRequest(q, filters, sort, page, 20, lang);
            log.putIfAbsent(url(request), request);
        }
        return List.copyOf(log.values());
    }

    /** The API URL of a request, parameters as the page would send them. */
    public static String url(SearchRequest request) {
        StringBuilder url = new StringBuilder("/api/search?lang=").append(request.lang());
        if (request.hasQuery()) {
            url.append("&q=").append(URLEncoder.encode(request.query(), StandardCharsets.UTF_8));
        }
        url.append("&sort=").append(request.sort().parameter()).append("&page=").append(request.page())
                .append("&size=").append(request.size());
        request.filters().forEach((facet, values) -> values.forEach(v ->
                url.append('&').append(facet.parameter()).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return url.toString();
    }

    /**
     * The requests of the log as the API reads their URLs ({@link SearchParameters}): with the concepts
     * it recognises in the text, so the SolrJ path sends exactly the Solr query the API sends.
     */
    public static List<SearchRequest> asTheApiReadsThem(List<SearchRequest> log, SearchParameters parameters) {
        return log.stream().map(request -> parameters.parse(parametersOf(url(request)))).toList();
    }

    static Map<String, String[]> parametersOf(String url) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
            int eq = pair.indexOf('=');
            values.computeIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), k -> new ArrayList<>())
                    .add(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        Map<String, String[]> out = new LinkedHashMap<>();
        values.forEach((name, v) -> out.put(name, v.toArray(String[]::new)));
        return out;
    }

    /**
     * The Solr requests a search sends: the page with its facets and, when that answer leaves room
     * for Convention cases, the count-only reliance query ({@link ConventionReliance#of(SearchRequest, QueryResponse)}).
     */
    public static Run solrj(SolrClient solr, Taxonomy taxonomy, List<SearchRequest> log, int clients) throws Exception {
        SearchQueryBuilder builder = new SearchQueryBuilder();
        ConventionReliance reliance = new ConventionReliance(solr, builder, taxonomy);
        return measure("SolrJ", log, clients, false, request -> {
            QueryResponse page = solr.query(builder.build(request), SolrRequest.METHOD.POST);
            reliance.of(request, page);
            return page.getQTime();
        });
    }

    /** {@code GET /api/search} for each request of the log. */
    public static Run api(LoopbackClient http, List<SearchRequest> log, int clients) throws Exception {
        return measure("API", log, clients, true, request -> http.get(url(request)).status() == 200 ? UNKNOWN : FAILED);
    }

    /** The floor ({@link FloorEndpoint}): the API's own answers to the log replayed through the same HTTP stack. */
    public static Run floor(LoopbackClient http, List<SearchRequest> log, int clients) throws Exception {
        return measure("Floor", log, clients, true, request -> http.get(FloorEndpoint.url(url(request))).status() == 200 ? UNKNOWN : FAILED);
    }

    /**
     * How many requests of the log the floor answers with other bytes than the API (0: it serves
     * exactly the API's responses, so their cost is comparable). Also warms the floor's path up.
     */
    public static int floorMismatches(LoopbackClient http, List<SearchRequest> log) throws Exception {
        int mismatches = 0;
        for (SearchRequest request : log) {
            LoopbackClient.Response api = http.get(url(request));
            LoopbackClient.Response floor = http.get(FloorEndpoint.url(url(request)));
            if (api.status() != 200 || floor.status() != 200 || !Arrays.equals(api.body(), floor.body())) {
                mismatches++;
            }
        }
        return mismatches;
    }

    /**
     * Writes the API's answer to every request of the log to {@code file}, one per line as
     * {@code URL TAB body}: two runs' files compared line by line show whether a change altered any response.
     */
    public static void writeResponses(LoopbackClient http, List<SearchRequest> log, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (SearchRequest request : log) {
                LoopbackClient.Response api = http.get(url(request));
                out.write(url(request) + "\t" + api.status() + "\t" + new String(api.body(), StandardCharsets.UTF_8) + "\n");
            }
        }
    }

    /** A call's outcome: Solr's own milliseconds for the page (QTime), {@link #UNKNOWN} when the path cannot see them, or {@link #FAILED}. */
    interface Call {
        int run(SearchRequest request) throws Exception;
    }

    static final int UNKNOWN = -1;
    static final int FAILED = -2;

    /** {@code clientSide}: the calling threads only do the load generator's work, so their CPU is the client's. */
    private static Run measure(String path, List<SearchRequest> log, int clients, boolean clientSide, Call call) throws Exception {
        double[] ms = new double[log.size()];
        int[] solrMs = new int[log.size()];
        double[] cpuMs = new double[log.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong clientCpu = new AtomicLong();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    long threadCpu = threads.getCurrentThreadCpuTime();
                    for (int i = next.getAndIncrement(); i < log.size(); i = next.getAndIncrement()) {
                        long t = System.nanoTime();
                        long cpuStarted = threads.getCurrentThreadCpuTime();
                        int outcome;
                        try {
                            outcome = call.run(log.get(i));
                        } catch (Exception e) {
                            outcome = FAILED;
                        }
                        ms[i] = (System.nanoTime() - t) / 1e6;
                        cpuMs[i] = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e6;
                        solrMs[i] = Math.max(UNKNOWN, outcome);
                        if (outcome == FAILED) {
                            errors.incrementAndGet();
                        }
                    }
                    if (clientSide) {
                        clientCpu.addAndGet(threads.getCurrentThreadCpuTime() - threadCpu);
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (processCpuNanos() - cpuStart) / 1e9;
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return new Run(path, clients, sorted, seconds, errors.get(), cpu, clientCpu.get() / 1e9, ms, solrMs, cpuMs);
    }

    /**
     * The costliest {@link #SLOWEST_SHARE} of the log by Solr's CPU on the SolrJ path (one client; in
     * process, the calling thread does Solr's work), costliest first, each with Solr's QTime for the
     * page, the SolrJ path's time and the same search's time through the API: the searches the p99s
     * come from, ranked by what they cost rather than by what other load on the machine added.
     */
    public static List<String> slowest(Run solrj, Run api, List<SearchRequest> log) {
        int n = Math.max(1, (int) Math.ceil(log.size() * SLOWEST_SHARE));
        List<String> lines = new ArrayList<>();
        lines.add(solrCpu(solrj));
        lines.add(String.format(Locale.ROOT, "Costliest %d searches (%.0f%% of the log) on 1 client: Solr CPU ms (SolrJ path), Solr QTime "
                + "of the page, SolrJ ms, API ms, URL", n, SLOWEST_SHARE * 100));
        IntStream.range(0, log.size()).boxed().sorted(Comparator.comparingDouble((Integer i) -> solrj.cpuMsByRequest()[i]).reversed())
                .limit(n).forEach(i -> lines.add(String.format(Locale.ROOT, "%8.1f %6d %8.1f %8.1f  %s", solrj.cpuMsByRequest()[i],
                        solrj.solrMsByRequest()[i], solrj.msByRequest()[i], api.msByRequest()[i], url(log.get(i)))));
        return lines;
    }

    /**
     * Solr's CPU per search over the whole log on the SolrJ path (one client: the calling thread does
     * Solr's work): mean and percentiles, a measure of what Solr is asked to do that the machine's
     * other load inflates far less than latencies, to compare two versions of the Solr requests.
     */
    static String solrCpu(Run solrj) {
        double[] cpu = solrj.cpuMsByRequest().clone();
        Arrays.sort(cpu);
        return String.format(Locale.ROOT, "Solr CPU per search, SolrJ path, 1 client (thread CPU, the whole log): mean %.2f ms, "
                + "p50 %.1f, p95 %.1f, p99 %.1f", Arrays.stream(cpu).average().orElse(Double.NaN), percentile(cpu, 50),
                percentile(cpu, 95), percentile(cpu, 99));
    }

    /** The {@code p}th percentile (nearest rank) of sorted values; NaN for none. */
    static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /**
     * Solr's cache hit ratios over the runs (the core's /admin/mbeans), to judge solrconfig.xml's
     * sizes on this log: filters repeat, distinct queries do not.
     */
    public static String cacheStats(SolrClient solr) {
        try {
            ModifiableSolrParams params = new ModifiableSolrParams();
            params.set("cat", "CACHE");
            params.set("stats", "true");
            NamedList<Object> answer = solr.request(new GenericSolrRequest(SolrRequest.METHOD.GET, "/admin/mbeans", params));
            StringBuilder out = new StringBuilder("Solr caches:");
            Object beans = answer.get("solr-mbeans");
            Object caches = beans instanceof NamedList<?> list ? list.get("CACHE") : null;
            if (caches instanceof NamedList<?> byName) {
                for (Map.Entry<String, ?> cache : byName) {
                    Map<String, Object> stats = asMap(asMap(cache.getValue()).get("stats"));
                    if (cache.getKey().equals("fieldCache")) {
                        // Lucene's FieldCache: what was uninverted for lack of docValues. Its bean also carries the
                        // core's gauges, INDEX.size among them: the index on disk, not this cache (the "955 MB").
                        out.append(String.format(Locale.ROOT, " fieldCache (uninverted fields) %s entries, %s;",
                                stat(stats, "entries_count"), stat(stats, "total_size")));
                        continue;
                    }
                    String bound = stat(stats, "maxRamMB");
                    out.append(String.format(Locale.ROOT, " %s hit ratio %s, %s lookups, %s evictions, %s entries, %s%s;",
                            cache.getKey(), stat(stats, "hitratio"), stat(stats, "lookups"), stat(stats, "evictions"),
                            stat(stats, "size"), megabytes(stat(stats, "ramBytesUsed")), bound.equals("?") || bound.startsWith("-") ? "" : " of " + bound + " MB"));
                }
                Map<String, Object> core = asMap(asMap(byName.get("fieldCache")).get("stats"));
                out.append(String.format(Locale.ROOT, " index on disk %s.", stat(core, "INDEX.size")));
            }
            return out.toString();
        } catch (Exception e) {
            return "Solr caches: not available (" + e.getMessage() + ")";
        }
    }

    private static String megabytes(String bytes) {
        try {
            return String.format(Locale.ROOT, "%.1f MB", Long.parseLong(bytes) / 1048576.0);
        } catch (NumberFormatException e) {
            return bytes;
        }
    }

    private static Map<String, Object> asMap(Object value) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (value instanceof NamedList<?> list) {
            list.forEach((k, v) -> map.put(k, v));
        } else if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> map.put(String.valueOf(k), v));
        }
        return map;
    }

    private static String stat(Map<String, Object> stats, String suffix) {
        return stats.entrySet().stream().filter(e -> e.getKey().equals(suffix) || e.getKey().endsWith("." + suffix)).map(e -> String.valueOf(e.getValue()))
                .findFirst().orElse("?");
    }

    public static String header() {
        return String.format(Locale.ROOT, "%-7s %7s %8s %8s %8s %9s %7s %10s %10s", "path", "clients", "p50 ms", "p95 ms", "p99 ms",
                "req/s", "errors", "CPU ms/req", "server CPU");
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public static String line(Run run) {
        return run.line();
    }

    static String sentence(Random random, String lang, int words) {
        String[] vocabulary = WORDS.get(lang);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                text.append(' ');
            }
            // Zipf-like: early words far more frequent, like real legal vocabulary.
            int index = (int) Math.min(vocabulary.length - 1, Math.floor(Math.pow(random.nextDouble(), 2.2) * vocabulary.length));
            text.append(vocabulary[index]);
        }
        return text.toString();
    }
}
