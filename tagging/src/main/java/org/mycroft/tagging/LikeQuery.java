package org.mycroft.tagging;

import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.NumericDocValues;
import java.util.List;
import java.util.ArrayList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.ClassicSimilarity;
import org.apache.lucene.search.similarities.TFIDFSimilarity;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.PriorityQueue;
import org.apache.lucene.util.SmallFloat;

/**
 * The query Lucene's {@link MoreLikeThis} builds for a text (as {@code KNearestNeighborClassifier}
 * sets it: boosted, minimum term and document frequency 1, default limits), over an index that never
 * changes. MoreLikeThis seeks each of the text's terms in the term dictionary for its document
 * frequency, and the search seeks them again for their statistics: most of the neighbour layer's
 * time. Here every term's statistics are read once, when the judged passages are loaded, and the
 * term queries carry them; the text is analysed once for both the query and the signature check.
 *
 * <p>The terms, their order and their boosts are MoreLikeThis's own: the same kind of frequency map
 * filled in token order, the same priority queue and the same pop order (least interesting first,
 * the first popped setting the boost scale). {@code LikeQueryTest} compares the two on many texts.
 */
final class LikeQuery {

    /** MoreLikeThis counts the frequencies of a text's first this many tokens. */
    static final int MAX_TOKENS = MoreLikeThis.DEFAULT_MAX_NUM_TOKENS_PARSED;

    private final Analyzer analyzer;
    private final String field;
    /** Each term's statistics, keyed by its text: a text's tokens are looked up as the Strings they are read as. */
    private final Map<String, TermStates> stats;
    private final long numDocs;
    private final TFIDFSimilarity similarity = new ClassicSimilarity(); // MoreLikeThis's default idf

    private final Similarity scoring;
    private final CollectionStatistics collection;
    private final Map<BytesRef, Postings> postings;
    /** Each passage's norm, by passage number; null when the index has deletions. */
    private final long[] norms;
    /** BM25's inverse length normalisation per encoded norm, computed once (null: another similarity). */
    private final float[] bm25NormInverse;

    private LikeQuery(Analyzer analyzer, String field, Map<BytesRef, TermStates> stats, long numDocs, IndexSearcher searcher,
            Map<BytesRef, Postings> postings, long[] norms) throws IOException {
        this.analyzer = analyzer;
        this.field = field;
        this.stats = new HashMap<>();
        stats.forEach((term, states) -> this.stats.put(term.utf8ToString(), states));
        this.numDocs = numDocs;
        this.scoring = searcher.getSimilarity();
        this.collection = searcher.collectionStatistics(field);
        this.postings = postings;
        this.norms = norms;
        this.bm25NormInverse = scoring.getClass() == BM25Similarity.class ? normInverse((BM25Similarity) scoring, collection) : null;
    }

    /**
     * BM25's table of {@code 1 / (k1 (1 - b + b len / avgdl))} per encoded norm, as {@link BM25Similarity#scorer}
     * builds it for every term of every query; the collection never changes here, so once.
     */
    private static float[] normInverse(BM25Similarity bm25, CollectionStatistics collection) {
        float avgdl = (float) (collection.sumTotalTermFreq() / (double) collection.docCount());
        float[] inverse = new float[256];
        for (int i = 0; i < inverse.length; i++) {
            float length = SmallFloat.byte4ToInt((byte) i);
            inverse[i] = 1f / (bm25.getK1() * ((1 - bm25.getB()) + bm25.getB() * length / avgdl));
        }
        return inverse;
    }

    /**
     * Reads every term of {@code field} once, with its postings; the queries and scores are those of
     * searches with {@code searcher} (its similarity).
     */
    static LikeQuery of(IndexSearcher searcher, Analyzer analyzer, String field) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        Map<BytesRef, TermStates> stats = new HashMap<>();
        Map<BytesRef, List<int[]>> postings = new HashMap<>(); // per term, {passage, frequency} in passage order
        long[] norms = reader.hasDeletions() ? null : new long[reader.maxDoc()];
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(field);
            if (terms == null) {
                continue;
            }
            TermsEnum it = terms.iterator();
            for (BytesRef t = it.next(); t != null; t = it.next()) {
                BytesRef term = BytesRef.deepCopyOf(t);
                if (!stats.containsKey(term)) { // statistics over every leaf, as IndexReader.docFreq gives them
                    stats.put(term, TermStates.build(searcher, new Term(field, term), true));
                }
                PostingsEnum docs = it.postings(null, PostingsEnum.FREQS);
                List<int[]> list = postings.computeIfAbsent(term, x -> new ArrayList<>());
                for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                    list.add(new int[] {leaf.docBase + d, docs.freq()});
                }
            }
            NumericDocValues values = leaf.reader().getNormValues(field);
            if (norms != null && values != null) {
                for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) {
                    norms[leaf.docBase + d] = values.longValue();
                }
            }
        }
        Map<BytesRef, Postings> held = new HashMap<>();
        for (Map.Entry<BytesRef, List<int[]>> e : postings.entrySet()) {
            TermStates s = stats.get(e.getKey());
            TermStatistics termStats = searcher.termStatistics(new Term(field, e.getKey()), s.docFreq(), s.totalTermFreq());
            float idf = searcher.getSimilarity().getClass() == BM25Similarity.class
                    ? ((BM25Similarity) searcher.getSimilarity()).idfExplain(searcher.collectionStatistics(field), termStats)
                            .getValue().floatValue()
                    : Float.NaN;
            held.put(e.getKey(), new Postings(e.getValue().stream().mapToInt(p -> p[0]).toArray(),
                    e.getValue().stream().mapToInt(p -> p[1]).toArray(), termStats, idf));
        }
        long numDocs = reader.getDocCount(field);
        return new LikeQuery(analyzer, field, stats, numDocs == -1 ? reader.numDocs() : numDocs, searcher, held, norms);
    }

    /**
     * A text read once: its distinct tokens, all of them, and the frequencies of its first
     * {@link #MAX_TOKENS} tokens in a plain {@link HashMap} filled in token order, as MoreLikeThis's,
     * so that terms of equal interest come out of the queue in the same order.
     */
    record Reading(HashMap<String, int[]> frequencies, Set<String> tokens) {}

    Reading read(String text) {
        HashMap<String, int[]> frequencies = new HashMap<>();
        Set<String> beyond = null;
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TermFrequencyAttribute tf = ts.addAttribute(TermFrequencyAttribute.class);
            ts.reset();
            int count = 0;
            while (ts.incrementToken()) {
                String word = term.toString();
                if (++count > MAX_TOKENS) {
                    (beyond == null ? beyond = new HashSet<>() : beyond).add(word);
                    continue;
                }
                int[] n = frequencies.get(word);
                if (n == null) { // put, as MoreLikeThis: computeIfAbsent would put a new key first in its bucket
                    frequencies.put(word, new int[] {tf.getTermFrequency()});
                } else {
                    n[0] += tf.getTermFrequency();
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (beyond != null) {
            beyond.addAll(frequencies.keySet());
        }
        return new Reading(frequencies, beyond == null ? frequencies.keySet() : beyond);
    }

    /** The boosted MoreLikeThis query of a text read by {@link #read}. */
    Query like(Reading reading) {
        HashMap<String, int[]> frequencies = reading.frequencies();
        int limit = Math.min(MoreLikeThis.DEFAULT_MAX_QUERY_TERMS, frequencies.size());
        Queue queue = new Queue(limit);
        for (Map.Entry<String, int[]> e : frequencies.entrySet()) {
            TermStates termStates = stats.get(e.getKey());
            if (termStates == null || termStates.docFreq() == 0) {
                continue; // in no judged passage (MoreLikeThis's minimum document frequency, 1)
            }
            float score = e.getValue()[0] * similarity.idf(termStates.docFreq(), numDocs);
            if (queue.size() < limit) {
                queue.add(new Scored(e.getKey(), termStates, score));
            } else if (queue.top().score < score) {
                queue.top().set(e.getKey(), termStates, score);
                queue.updateTop();
            }
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        float scale = -1;
        for (Scored s = queue.pop(); s != null; s = queue.pop()) {
            if (scale == -1) {
                scale = s.score;
            }
            query.add(new BoostQuery(new TermQuery(new Term(field, s.term), s.termStates), s.score / scale),
                    BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    /**
     * The {@code k} best passages for a query from {@link #like} plus a match-all clause (the kNN
     * classifier's query: every passage scores 1, and a passage the text is like 1 + its likeness),
     * with their scores; null for an index with deleted passages (left to the search).
     *
     * <p>Searching that query scores every passage for every text, and prepares postings, impacts and
     * scorers for each term. Here the few judged passages' postings and norms are held in memory: each
     * term's score comes from the searcher's own similarity scorer ({@code 1f + s}, s the terms' scores
     * summed in double precision, exact for so few terms, then cast, as Lucene's disjunctions sum them),
     * ranked by score, then by passage number; the passages matching no term score 1.
     * {@code LikeQueryTest} compares the passages and scores with the search's.
     */
    TopDocs nearest(Query like, int k) throws IOException {
        if (norms == null) {
            return null;
        }
        int maxDoc = norms.length;
        double[] sums = new double[maxDoc];
        boolean[] hit = new boolean[maxDoc];
        int[] matched = new int[maxDoc];
        int n = 0;
        for (BooleanClause clause : ((BooleanQuery) like).clauses()) {
            BoostQuery boosted = (BoostQuery) clause.getQuery();
            Postings p = postings.get(((TermQuery) boosted.getQuery()).getTerm().bytes());
            // BM25's score with the idf and norm table computed once (a scorer per term per text rebuilt both)
            SimScorer scorer = bm25NormInverse == null ? scoring.scorer(boosted.getBoost(), collection, p.stats()) : null;
            float weight = boosted.getBoost() * p.idf();
            for (int i = 0; i < p.docs().length; i++) {
                int d = p.docs()[i];
                if (!hit[d]) {
                    hit[d] = true;
                    matched[n++] = d;
                }
                float freq = p.freqs()[i];
                sums[d] += scorer != null ? scorer.score(freq, norms[d])
                        : weight - weight / (1f + freq * bm25NormInverse[((byte) norms[d]) & 0xFF]);
            }
        }
        ScoreDoc[] top = new ScoreDoc[Math.min(k, maxDoc)];
        int t = 0; // the best matching passages above 1, kept in order (k is small: insertion beats sorting them all)
        for (int i = 0; i < n; i++) {
            ScoreDoc candidate = new ScoreDoc(matched[i], 1f + (float) sums[matched[i]]);
            if (candidate.score > 1f && (t < top.length || BY_SCORE_THEN_DOC.compare(candidate, top[t - 1]) < 0)) {
                int at = t < top.length ? t++ : t - 1;
                while (at > 0 && BY_SCORE_THEN_DOC.compare(candidate, top[at - 1]) < 0) {
                    top[at] = top[at - 1];
                    at--;
                }
                top[at] = candidate;
            }
        }
        for (int d = 0; t < top.length && d < maxDoc; d++) { // then the passages scoring 1, by number
            if (!hit[d] || 1f + (float) sums[d] == 1f) {
                top[t++] = new ScoreDoc(d, 1f);
            }
        }
        return new TopDocs(new TotalHits(maxDoc, TotalHits.Relation.EQUAL_TO), top);
    }

    /** One term's passages (in order), its frequency in each, its statistics and its BM25 idf (NaN: not BM25). */
    private record Postings(int[] docs, int[] freqs, TermStatistics stats, float idf) {}

    private static final Comparator<ScoreDoc> BY_SCORE_THEN_DOC =
            Comparator.comparingDouble((ScoreDoc d) -> -d.score).thenComparingInt(d -> d.doc);

    private static final class Scored {
        String term;
        TermStates termStates;
        float score;

        Scored(String term, TermStates termStates, float score) {
            set(term, termStates, score);
        }

        void set(String term, TermStates termStates, float score) {
            this.term = term;
            this.termStates = termStates;
            this.score = score;
        }
    }

    private static final class Queue extends PriorityQueue<Scored> {
        Queue(int size) {
            super(size);
        }

        @Override
        protected boolean lessThan(Scored a, Scored b) {
            return a.score < b.score;
        }
    }
}
