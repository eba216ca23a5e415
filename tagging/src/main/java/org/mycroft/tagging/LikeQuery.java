package org.mycroft.tagging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
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
import org.apache.lucene.search.similarities.ClassicSimilarity;
import org.apache.lucene.search.similarities.TFIDFSimilarity;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.PriorityQueue;

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
    private final Map<BytesRef, TermStates> stats;
    private final long numDocs;
    private final TFIDFSimilarity similarity = new ClassicSimilarity(); // MoreLikeThis's default idf

    private LikeQuery(Analyzer analyzer, String field, Map<BytesRef, TermStates> stats, long numDocs) {
        this.analyzer = analyzer;
        this.field = field;
        this.stats = stats;
        this.numDocs = numDocs;
    }

    /** Reads every term of {@code field} once; the term queries are for searches with {@code searcher}. */
    static LikeQuery of(IndexSearcher searcher, Analyzer analyzer, String field) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        Map<BytesRef, TermStates> stats = new HashMap<>();
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
            }
        }
        long numDocs = reader.getDocCount(field);
        return new LikeQuery(analyzer, field, stats, numDocs == -1 ? reader.numDocs() : numDocs);
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
            BytesRef bytes = new BytesRef(e.getKey());
            TermStates termStates = stats.get(bytes);
            if (termStates == null || termStates.docFreq() == 0) {
                continue; // in no judged passage (MoreLikeThis's minimum document frequency, 1)
            }
            float score = e.getValue()[0] * similarity.idf(termStates.docFreq(), numDocs);
            if (queue.size() < limit) {
                queue.add(new Scored(bytes, termStates, score));
            } else if (queue.top().score < score) {
                queue.top().set(bytes, termStates, score);
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
     * The {@code k} best passages for {@code like} plus a match-all clause (the kNN classifier's query:
     * every passage scores 1, and a passage the text is like 1 + its likeness), with their scores;
     * null when that cannot be told from the passages matching {@code like} alone.
     *
     * <p>Searching the match-all query scores every passage of the index for every text; the passages
     * that match no term can only be neighbours when fewer than k match, and then this answers null.
     * A matching passage's score there is {@code 1f + s}, s its score for {@code like} (a sum of the
     * terms' scores taken in double precision, so the same whichever scorer sums them); the order is
     * by that score, then by passage number. Float rounding of {@code 1f + s} can tie passages whose s
     * differ, so the best {@code 2k} by s are ranked again, and the answer is null when the k-th could
     * tie with a passage not fetched.
     */
    static TopDocs nearest(IndexSearcher searcher, Query like, int k) throws IOException {
        int fetch = 2 * k;
        ScoreDoc[] hits = searcher.search(like, fetch).scoreDocs;
        if (hits.length < k) {
            return null;
        }
        ScoreDoc[] ranked = new ScoreDoc[hits.length];
        for (int i = 0; i < hits.length; i++) {
            ranked[i] = new ScoreDoc(hits[i].doc, 1f + hits[i].score);
        }
        Arrays.sort(ranked, BY_SCORE_THEN_DOC);
        float kth = ranked[k - 1].score;
        // not fetched: a matching passage scores at most the last one fetched; one matching nothing scores 1
        float bestNotFetched = hits.length == fetch ? 1f + hits[fetch - 1].score : 1f;
        if (!(kth > bestNotFetched) || !(kth > 1f)) {
            return null;
        }
        return new TopDocs(new TotalHits(searcher.getIndexReader().numDocs(), TotalHits.Relation.EQUAL_TO),
                Arrays.copyOf(ranked, k));
    }

    private static final Comparator<ScoreDoc> BY_SCORE_THEN_DOC =
            Comparator.comparingDouble((ScoreDoc d) -> -d.score).thenComparingInt(d -> d.doc);

    private static final class Scored {
        BytesRef term;
        TermStates termStates;
        float score;

        Scored(BytesRef term, TermStates termStates, float score) {
            set(term, termStates, score);
        }

        void set(BytesRef term, TermStates termStates, float score) {
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
