package org.mycroft.app.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.mycroft.api.search.SearchHit;
import org.mycroft.api.search.SearchParameters;
import org.mycroft.api.search.SearchRequest;
import org.mycroft.api.search.SearchResponse;
import org.mycroft.api.search.SearchService;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.index.IndexQueries;

/**
 * Retrieval quality of the search on judged queries ({@code mycroft/bench/retrieval-judgements.tsv}):
 * success@5 (a relevant document among the first five results) and MRR (1 / rank of the first
 * relevant result, 0 beyond the first {@value #DEPTH}), for same-language and cross-language queries
 * apart, each query run twice through the portal's own search: with {@code concepts=off} (the words
 * only, the search before concept recognition) and with concepts on. The held-out set is only ever
 * reported in bulk.
 */
public final class RetrievalBenchmark {

    static final String RESOURCE = "/mycroft/bench/retrieval-judgements.tsv";
    /** Results read per query: MRR counts a first relevant result up to this rank. */
    static final int DEPTH = 20;
    private static final int SUCCESS_AT = 5;

    /** One judged query: its set (tuned | heldout), language, text, extra parameters and relevant documents. */
    public record Judgement(String set, String lang, String query, Map<String, String> filters, List<String> relevant) {}

    /** A judged query as run: cross-language or not, rank of the first relevant hit (0: none) off and on. */
    public record Outcome(Judgement judgement, List<String> relevant, boolean cross, int rankOff, int rankOn,
            List<String> concepts) {}

    /** Everything measured, with the documents dropped because the index lacks them. */
    public record Report(List<Outcome> outcomes, Set<String> missing, int skipped) {

        public String format(boolean verbose) {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "%-8s %-15s %3s   %-20s %-20s%n", "set", "queries", "n",
                    "concepts=off", "concepts=on"));
            out.append(String.format(Locale.ROOT, "%-8s %-15s %3s   %-9s %-10s %-9s %-10s%n", "", "", "", "success@5", "MRR",
                    "success@5", "MRR"));
            for (String set : List.of("tuned", "heldout")) {
                for (boolean cross : List.of(false, true)) {
                    List<Outcome> group = outcomes.stream()
                            .filter(o -> o.judgement().set().equals(set) && o.cross() == cross).toList();
                    out.append(String.format(Locale.ROOT, "%-8s %-15s %3d   %-9.2f %-10.3f %-9.2f %-10.3f%n", set,
                            cross ? "cross-language" : "same-language", group.size(),
                            success(group, Outcome::rankOff), mrr(group, Outcome::rankOff),
                            success(group, Outcome::rankOn), mrr(group, Outcome::rankOn)));
                }
            }
            if (skipped > 0) {
                out.append(skipped).append(" judged queries skipped: none of their documents is in the index.\n");
            }
            if (verbose) {
                out.append("\nTuned queries (rank of the first relevant result, - beyond ").append(DEPTH)
                        .append("; held-out queries are never listed):\n");
                for (Outcome o : outcomes) {
                    if (!o.judgement().set().equals("tuned")) {
                        continue;
                    }
                    out.append(String.format(Locale.ROOT, "  %-5s %s %-45s %-22s off %2s  on %2s  %s%n",
                            o.cross() ? "cross" : "same", o.judgement().lang(), o.judgement().query(),
                            o.judgement().filters().isEmpty() ? "" : o.judgement().filters().toString(),
                            rank(o.rankOff()), rank(o.rankOn()), o.concepts()));
                }
            }
            return out.toString();
        }

        private static String rank(int rank) {
            return rank == 0 ? "-" : String.valueOf(rank);
        }

        private static double success(List<Outcome> group, java.util.function.ToIntFunction<Outcome> rank) {
            return group.isEmpty() ? Double.NaN
                    : group.stream().filter(o -> rank.applyAsInt(o) > 0 && rank.applyAsInt(o) <= SUCCESS_AT).count()
                            / (double) group.size();
        }

        private static double mrr(List<Outcome> group, java.util.function.ToIntFunction<Outcome> rank) {
            return group.isEmpty() ? Double.NaN
                    : group.stream().mapToDouble(o -> rank.applyAsInt(o) == 0 ? 0 : 1.0 / rank.applyAsInt(o)).average()
                            .orElse(Double.NaN);
        }
    }

    private RetrievalBenchmark() {}

    /** The shipped judgements. */
    public static List<Judgement> loadDefault() throws IOException {
        try (InputStream in = RetrievalBenchmark.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("Missing " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        }
    }

    static List<Judgement> parse(List<String> lines) {
        List<Judgement> judgements = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 5 || !Set.of("tuned", "heldout").contains(cols[0]) || cols[4].isBlank()) {
                throw new IllegalArgumentException("Malformed judgement (set, lang, query, filters, relevant): " + line);
            }
            Map<String, String> filters = new LinkedHashMap<>();
            for (String pair : cols[3].split(";")) {
                if (!pair.isBlank()) {
                    String[] kv = pair.split("=", 2);
                    filters.put(kv[0].strip(), kv[1].strip());
                }
            }
            judgements.add(new Judgement(cols[0], cols[1], cols[2], Map.copyOf(filters), List.of(cols[4].strip().split("\\s+"))));
        }
        return List.copyOf(judgements);
    }

    /** Runs every judgement off and on; documents missing from the index are dropped from the judgements. */
    public static Report run(List<Judgement> judgements, SolrClient solr, SearchParameters parameters, SearchService search)
            throws IOException, SolrServerException {
        Map<String, Set<String>> languages = new LinkedHashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        List<Outcome> outcomes = new ArrayList<>();
        int skipped = 0;
        for (Judgement j : judgements) {
            List<String> present = new ArrayList<>();
            Set<String> docLanguages = new LinkedHashSet<>();
            for (String doc : j.relevant()) {
                Set<String> langs = languages.computeIfAbsent(doc, d -> languagesOf(solr, d));
                if (langs.isEmpty()) {
                    missing.add(doc);
                } else {
                    present.add(doc);
                    docLanguages.addAll(langs);
                }
            }
            if (present.isEmpty()) {
                skipped++;
                continue;
            }
            Predicate<SearchHit> relevant = hit -> present.contains(hit.parentId() == null ? hit.id() : hit.parentId());
            SearchResponse off = search.search(parameters.parse(raw(j, false)));
            SearchRequest onRequest = parameters.parse(raw(j, true));
            SearchResponse on = search.search(onRequest);
            outcomes.add(new Outcome(j, List.copyOf(present), !docLanguages.contains(j.lang()), rank(off, relevant),
                    rank(on, relevant), onRequest.concepts().stream().map(c -> c.id()).toList()));
        }
        return new Report(List.copyOf(outcomes), missing, skipped);
    }

    private static Map<String, String[]> raw(Judgement j, boolean concepts) {
        Map<String, String[]> raw = new LinkedHashMap<>();
        raw.put("q", new String[] {j.query()});
        raw.put("lang", new String[] {j.lang()});
        raw.put("size", new String[] {String.valueOf(DEPTH)});
        j.filters().forEach((name, value) -> raw.put(name, new String[] {value}));
        if (!concepts) {
            raw.put(SearchParameters.CONCEPTS, new String[] {SearchParameters.CONCEPTS_OFF});
        }
        return raw;
    }

    private static int rank(SearchResponse response, Predicate<SearchHit> relevant) {
        for (int i = 0; i < response.results().size(); i++) {
            if (relevant.test(response.results().get(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The languages of a document's units in the index; empty when the document is not indexed. */
    private static Set<String> languagesOf(SolrClient solr, String doc) {
        SolrQuery query = IndexQueries.everything().setRows(0);
        query.addFilterQuery(IndexQueries.is(IndexFields.PARENT_ID, doc));
        query.addFacetField(IndexFields.LANGUAGE);
        query.setFacetMinCount(1);
        try {
            QueryResponse response = solr.query(query);
            Set<String> out = new LinkedHashSet<>();
            FacetField field = response.getFacetField(IndexFields.LANGUAGE);
            if (field != null && field.getValues() != null) {
                field.getValues().forEach(c -> out.add(c.getName()));
            }
            if (out.isEmpty() && response.getResults().getNumFound() > 0) {
                out.add("und"); // indexed, language unknown: counts as present, never as the query's language
            }
            return out;
        } catch (SolrServerException | IOException e) {
            throw new IllegalStateException("Cannot read the languages of " + doc, e);
        }
    }
}
