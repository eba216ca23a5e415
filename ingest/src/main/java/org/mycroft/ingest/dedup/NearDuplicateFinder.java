package org.mycroft.ingest.dedup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrDocument;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.index.IndexQueries;

/**
 * Finds an indexed document that a new one nearly duplicates: the same text apart from
 * whitespace, page breaks or footnote layout (Jaccard ≥ 0.9), or a text wholly contained in a
 * longer one (a decision also printed inside a session report). Candidates come from Solr by
 * LSH band keys; each is verified on its stored signature.
 */
public final class NearDuplicateFinder {

    public static final double SAME_TEXT = 0.9;
    public static final double CONTAINED = 0.85;
    private static final int MIN_SHINGLES = 50; // short texts (a one-line provision) are too easily alike
    private static final int MAX_CANDIDATES = 50;

    private final SolrClient solr;
    /** Documents of the current run, which Solr cannot see before the next commit. */
    private final Map<String, MinHash> recent = new LinkedHashMap<>();
    /**
     * The same documents by LSH band key, the rule Solr applies to committed ones: a new document
     * is compared with those sharing a band, not with every document since the last commit (that
     * scan grew with the square of the commit window and was 12% of the CPU at 5,000 laws).
     */
    private final Map<String, List<String>> recentByBand = new HashMap<>();
    /** False while Solr can only hold documents that are also in {@link #recent}: no query needed. */
    private boolean searchSolr = true;

    public NearDuplicateFinder(SolrClient solr) {
        this.solr = solr;
    }

    /** Remembers a document just sent to Solr so later files of the same run are compared with it. */
    public void remember(String parentId, MinHash hash) {
        if (hash.shingleCount() >= MIN_SHINGLES) {
            recent.put(parentId, hash); // a later file with the same id replaces the earlier one
            for (String band : hash.bandKeys()) {
                List<String> ids = recentByBand.computeIfAbsent(band, b -> new ArrayList<>(1));
                if (!ids.contains(parentId)) {
                    ids.add(parentId);
                }
            }
        }
    }

    /** Documents remembered since the last commit. */
    public int remembered() {
        return recent.size();
    }

    /** Forgets the documents of the run once they are committed and searchable. */
    public void committed() {
        recent.clear();
        recentByBand.clear();
        searchSolr = true;
    }

    /** The index held nothing when the run began: until the next commit, only this run's documents count. */
    public void startingOnEmptyIndex() {
        recent.clear();
        recentByBand.clear();
        searchSolr = false;
    }

    public Optional<String> duplicateOf(String parentId, MinHash hash) throws IOException {
        if (hash.shingleCount() < MIN_SHINGLES) {
            return Optional.empty();
        }
        Map<String, MinHash> candidates = searchSolr ? indexedCandidates(parentId, hash) : new LinkedHashMap<>();
        for (String band : hash.bandKeys()) {
            for (String id : recentByBand.getOrDefault(band, List.of())) {
                if (!id.equals(parentId)) {
                    candidates.putIfAbsent(id, recent.get(id));
                }
            }
        }
        String best = null;
        double bestScore = 0;
        for (Map.Entry<String, MinHash> candidate : candidates.entrySet()) {
            double jaccard = hash.jaccard(candidate.getValue());
            double contained = hash.containedIn(candidate.getValue());
            double score = Math.max(jaccard, contained);
            if ((jaccard >= SAME_TEXT || contained >= CONTAINED) && score > bestScore) {
                best = candidate.getKey();
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Committed documents sharing an LSH band with {@code hash}, by their stored signatures. */
    private Map<String, MinHash> indexedCandidates(String parentId, MinHash hash) throws IOException {
        SolrQuery query = new SolrQuery(IndexQueries.anyOf(IndexFields.DEDUP_BANDS, hash.bandKeys()))
                .addFilterQuery(IndexQueries.not(IndexQueries.is(IndexFields.PARENT_ID, parentId)))
                .addFilterQuery(IndexQueries.is(IndexFields.POSITION, 0))
                .setFields(IndexFields.PARENT_ID, IndexFields.DEDUP_SIGNATURE, IndexFields.DEDUP_SHINGLES)
                .setRows(MAX_CANDIDATES);
        Map<String, MinHash> candidates = new LinkedHashMap<>();
        try {
            for (SolrDocument doc : solr.query(query).getResults()) {
                Object signature = doc.getFieldValue(IndexFields.DEDUP_SIGNATURE);
                Object shingles = doc.getFieldValue(IndexFields.DEDUP_SHINGLES);
                if (signature != null && shingles != null) {
                    candidates.put((String) doc.getFieldValue(IndexFields.PARENT_ID),
                            MinHash.decode(signature.toString(), (Integer) shingles));
                }
            }
        } catch (SolrServerException e) {
            throw new IOException("Near-duplicate lookup failed: " + e.getMessage(), e);
        }
        return candidates;
    }
}
