package org.mycroft.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The neighbour query built from statistics read once is MoreLikeThis's query, clause for clause and
 * boost for boost, and finds the same neighbours with the same scores; the neighbours scored from the
 * postings held in memory are those of the classifier's match-all query, with the same scores.
 */
class LikeQueryTest {

    private static final String FIELD = NeighbourTags.TEXT;

    /** The shipped judged passages in one segment (as the neighbours index them) or in several. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void sameClausesBoostsNeighboursAndScoresAsMoreLikeThis(boolean oneSegment) throws IOException {
        Analyzer analyzer = NeighbourTags.analyzer(NeighbourParams.DEFAULT.prefix());
        List<String> passages = Tagger.trainingPassages().stream().map(p -> NeighbourTags.withoutActNames(p.text())).toList();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer).setMaxBufferedDocs(100))) {
            for (String text : passages) {
                Document d = new Document();
                d.add(new TextField(FIELD, text, Field.Store.NO));
                w.addDocument(d);
            }
            if (oneSegment) {
                w.forceMerge(1);
            }
        }
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            assertThat(reader.leaves().size() == 1).isEqualTo(oneSegment);
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
            LikeQuery like = LikeQuery.of(searcher, analyzer, FIELD);
            MoreLikeThis mlt = new MoreLikeThis(reader); // as KNearestNeighborClassifier and NeighbourTags set it
            mlt.setAnalyzer(analyzer);
            mlt.setFieldNames(new String[] {FIELD});
            mlt.setMinDocFreq(1);
            mlt.setMinTermFreq(1);
            mlt.setBoost(true);
            int compared = 0;
            int told = 0;
            for (String text : texts(passages)) {
                Query ours = like.like(like.read(text));
                Query theirs = mlt.like(FIELD, new StringReader(text));
                assertThat(((BooleanQuery) ours).clauses()).as(text).isEqualTo(((BooleanQuery) theirs).clauses());
                ScoreDoc[] a = searcher.search(ours, 5).scoreDocs;
                ScoreDoc[] b = searcher.search(theirs, 5).scoreDocs;
                assertThat(a).hasSameSizeAs(b);
                for (int i = 0; i < a.length; i++) {
                    assertThat(a[i].doc).isEqualTo(b[i].doc);
                    assertThat(a[i].score).isEqualTo(b[i].score);
                }
                compared += ((BooleanQuery) ours).clauses().isEmpty() ? 0 : 1;
                for (int k : new int[] {1, NeighbourParams.DEFAULT.k(), 7}) {
                    TopDocs nearest = like.nearest(ours, k);
                    if (nearest != null) {
                        told++;
                        ScoreDoc[] all = searcher.search(NeighbourTags.withMatchAll(ours, null), k).scoreDocs;
                        assertThat(nearest.scoreDocs).as(text).hasSameSizeAs(all);
                        for (int i = 0; i < all.length; i++) {
                            assertThat(nearest.scoreDocs[i].doc).as(text).isEqualTo(all[i].doc);
                            assertThat(nearest.scoreDocs[i].score).as(text).isEqualTo(all[i].score);
                        }
                    }
                }
            }
            assertThat(compared).isGreaterThan(passages.size());
            assertThat(told).as("every text, every k: the index has no deletions").isEqualTo(3 * texts(passages).size());
        }
    }

    /** Every passage; each again with repeated words and unknown ones; random mixtures; one past the token cap. */
    private static List<String> texts(List<String> passages) {
        List<String> out = new ArrayList<>(passages);
        Random random = new Random(14);
        for (String p : passages) {
            out.add(p + " " + p.substring(0, p.length() / 2) + " zzyzx quixotically");
        }
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = 0; j < 3; j++) {
                String[] words = passages.get(random.nextInt(passages.size())).split("\\s+");
                int from = random.nextInt(words.length);
                b.append(String.join(" ", List.of(words).subList(from, Math.min(words.length, from + 1 + random.nextInt(40))))).append(' ');
            }
            out.add(b.toString());
        }
        out.add(String.join(" ", passages)); // far past MoreLikeThis's 5,000 tokens
        out.add("");
        return out;
    }

    @org.junit.jupiter.api.Test
    void readsEveryTokenButCountsOnlyTheFirstFiveThousand() throws IOException {
        Analyzer analyzer = NeighbourTags.analyzer(6);
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            Document d = new Document();
            d.add(new TextField(FIELD, "proceeds of crime", Field.Store.NO));
            w.addDocument(d);
        }
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            LikeQuery like = LikeQuery.of(new IndexSearcher(reader), analyzer, FIELD);
            LikeQuery.Reading r = like.read("crime ".repeat(LikeQuery.MAX_TOKENS) + "proceeds laundering");
            assertThat(r.frequencies()).containsOnlyKeys("crime");
            assertThat(r.frequencies().get("crime")[0]).isEqualTo(LikeQuery.MAX_TOKENS);
            assertThat(r.tokens()).containsExactlyInAnyOrder("crime", "procee", "launde");
        }
    }
}
