package org.mycroft.api.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.common.SolrInputDocument;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.solr.SolrConnection;
import org.mycroft.core.solr.SolrSettings;
import org.mycroft.core.taxonomy.Article;
import org.mycroft.core.taxonomy.Country;
import org.mycroft.core.taxonomy.CrimeType;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.api.coverage.CoverageMatrix;
import org.mycroft.api.coverage.CoverageService;
import org.mycroft.core.taxonomy.DocType;

/**
 * Times the coverage matrix (all States × every UNTOC article, one request) over a generated
 * corpus in a throw-away embedded index. Figures are printed for the notes, never asserted.
 * Run with {@code mycroft bench coverage [--units N] [--requests N]}.
 */
public final class CoverageBenchmark {

    /** What was measured: latencies in milliseconds of the full service call (Solr request + mapping). */
    public record Result(int units, int legislationUnits, double indexSeconds, int states, int articles, double firstMs,
                         int requests, double medianMs, double p95Ms, double maxMs, double allStatesMedianMs,
                         double filteredMedianMs) {

        public String format() {
            return String.format(java.util.Locale.ROOT, """
                    Corpus          : %,d units (%,d legislation), %d States, indexed in %.1f s
                    Matrix          : %d States x %d UNTOC articles, one JSON-facet request
                    First request   : %.1f ms (cold)
                    Warm, %d runs  : median %.1f ms, p95 %.1f ms, max %.1f ms
                    states=all      : median %.1f ms (every State listed, zeros included)
                    region+crime    : median %.1f ms (region=african, crime_types=money-laundering)
                    """, units, legislationUnits, states, indexSeconds, states, articles, firstMs, requests, medianMs,
                    p95Ms, maxMs, allStatesMedianMs, filteredMedianMs);
        }
    }

    private static final int BATCH = 5_000;

    private CoverageBenchmark() {}

    public static Result run(Path dataDir, int units, int warmup, int requests, long seed, PrintStream log) throws Exception {
        Taxonomy taxonomy = Taxonomy.load();
        try (SolrConnection connection = SolrConnection.open(SolrSettings.embedded(dataDir))) {
            SolrClient solr = connection.client();
            long t0 = System.nanoTime();
            int legislation = generate(solr, taxonomy, units, seed, log);
            double indexSeconds = (System.nanoTime() - t0) / 1e9;
            CoverageService service = new CoverageService(solr, taxonomy);
            CoverageService.CoverageRequest all = service.parse(Map.of("instrument", new String[] {"UNTOC"}));
            CoverageService.CoverageRequest every = service.parse(Map.of("instrument", new String[] {"UNTOC"},
                    "states", new String[] {"all"}));
            CoverageService.CoverageRequest filtered = service.parse(Map.of("instrument", new String[] {"UNTOC"},
                    "region", new String[] {"african"}, "crime_types", new String[] {"money-laundering"}));

            long c0 = System.nanoTime();
            CoverageMatrix matrix = service.matrix(all);
            double first = (System.nanoTime() - c0) / 1e6;
            for (int i = 0; i < warmup; i++) {
                service.matrix(i % 3 == 0 ? every : i % 3 == 1 ? filtered : all);
            }
            double[] times = time(service, all, requests);
            double[] everyTimes = time(service, every, Math.max(10, requests / 4));
            double[] filteredTimes = time(service, filtered, Math.max(10, requests / 4));
            return new Result(units, legislation, indexSeconds, matrix.rows().size(), matrix.articles().size(), first,
                    requests, percentile(times, 50), percentile(times, 95), times[times.length - 1],
                    percentile(everyTimes, 50), percentile(filteredTimes, 50));
        }
    }

    private static double[] time(CoverageService service, CoverageService.CoverageRequest request, int n) {
        double[] times = new double[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            service.matrix(request);
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(times);
        return times;
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /**
     * Synthetic units: States drawn from the taxonomy (a tenth of them about half the time), 85 %
     * legislation in laws of 5–40 provisions, 12 % cases, 3 % reference; 1–4 tags each over the four
     * instruments (UNTOC most often), one in five at paragraph level (UNTOC-18.13), with the
     * expanded fields the ingest writes.
     */
    static int generate(SolrClient solr, Taxonomy taxonomy, int units, long seed, PrintStream log) throws Exception {
        Random random = new Random(seed);
        List<Country> countries = taxonomy.countries().all();
        List<Article> untoc = taxonomy.articlesOf("UNTOC");
        List<Article> protocols = new ArrayList<>();
        for (String p : List.of("TIP", "SOM", "FP")) {
            protocols.addAll(taxonomy.articlesOf(p));
        }
        List<CrimeType> crimes = taxonomy.crimeTypes();
        List<SolrInputDocument> batch = new ArrayList<>(BATCH);
        int legislation = 0;
        String lawId = null;
        Country lawCountry = null;
        int lawLeft = 0;
        int lawYear = 2000;
        int position = 0;
        for (int i = 0; i < units; i++) {
            double kind = random.nextDouble();
            DocType docType = kind < 0.85 ? DocType.LEGISLATION : kind < 0.97 ? DocType.CASE : DocType.REFERENCE;
            Country country;
            SolrInputDocument doc = new SolrInputDocument();
            String id = "bench-" + i;
            if (docType == DocType.LEGISLATION) {
                if (lawLeft == 0) {
                    lawCountry = pick(countries, random);
                    lawId = "bench-law-" + i;
                    lawLeft = 5 + random.nextInt(36);
                    lawYear = 1960 + random.nextInt(66);
                    position = 0;
                }
                lawLeft--;
                legislation++;
                country = lawCountry;
                doc.setField(IndexFields.PARENT_ID, lawId);
                doc.setField(IndexFields.PARENT_TITLE, "Synthetic law " + lawId);
                doc.setField(IndexFields.PROVISION_NUMBER, String.valueOf(++position));
                doc.setField(IndexFields.POSITION, position);
                doc.setField(IndexFields.YEAR, lawYear);
            } else {
                country = pick(countries, random);
                doc.setField(IndexFields.PARENT_ID, id);
                doc.setField(IndexFields.YEAR, 1990 + random.nextInt(36));
            }
            doc.setField(IndexFields.ID, id);
            doc.setField(IndexFields.DOC_TYPE, docType.id());
            doc.setField(IndexFields.TITLE, "Synthetic unit " + i);
            doc.setField(IndexFields.TEXT_EN, "Synthetic provision " + i + " on organized crime, for the coverage benchmark.");
            doc.setField(IndexFields.LANGUAGE, "en");
            doc.setField(IndexFields.COUNTRY, country.iso3());
            doc.setField(IndexFields.REGION, country.region());
            Set<String> articles = new LinkedHashSet<>();
            int tags = 1 + random.nextInt(4);
            for (int t = 0; t < tags; t++) {
                Article a = random.nextDouble() < 0.7 ? untoc.get(random.nextInt(untoc.size())) : protocols.get(random.nextInt(protocols.size()));
                articles.add(random.nextDouble() < 0.2 ? a.id() + "." + (1 + random.nextInt(12)) : a.id());
            }
            Set<String> expanded = new LinkedHashSet<>();
            articles.forEach(a -> expanded.addAll(Taxonomy.withAncestors(a)));
            doc.setField(IndexFields.ARTICLES, List.copyOf(articles));
            doc.setField(IndexFields.ARTICLES_EXPANDED, List.copyOf(expanded));
            CrimeType crime = crimes.get(random.nextInt(crimes.size()));
            doc.setField(IndexFields.CRIME_TYPES, crime.id());
            doc.setField(IndexFields.CRIME_TYPES_EXPANDED, taxonomy.crimeTypeWithAncestors(crime.id()));
            doc.setField(IndexFields.INGESTED_AT, new java.util.Date());
            batch.add(doc);
            if (batch.size() == BATCH) {
                solr.add(batch);
                batch.clear();
                if (log != null && (i + 1) % 25_000 == 0) {
                    log.printf("  generated %,d units%n", i + 1);
                }
            }
        }
        if (!batch.isEmpty()) {
            solr.add(batch);
        }
        solr.commit();
        return legislation;
    }

    /** Skewed pick: the first tenth of the list is drawn about as often as the rest together. */
    private static <T> T pick(List<T> values, Random random) {
        if (random.nextBoolean()) {
            return values.get(random.nextInt(Math.max(1, values.size() / 10)));
        }
        return values.get(random.nextInt(values.size()));
    }
}
