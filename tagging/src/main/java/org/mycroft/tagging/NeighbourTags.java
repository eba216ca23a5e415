package org.mycroft.tagging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.classification.ClassificationResult;
import org.apache.lucene.classification.KNearestNeighborClassifier;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Tags from the judged passages most like a text: Lucene's k-nearest-neighbour classifier over an
 * in-memory index of labelled passages (their crime types and cross-cutting issues as a multi-valued
 * class field). It reaches the wording the phrase rules were never shown, as long as a judged passage
 * says something alike ("deals with money or other property … proceeds of crime").
 *
 * <p>The model is its training data: built at load from the passages given (by default the tune
 * passages of {@code passages.yaml}, never a blind set), so retraining is reloading. Thread-safe: each
 * thread gets its own classifier; the term statistics ({@link LikeQuery}) are read-only and shared.
 */
public final class NeighbourTags {

    static final String TEXT = "text";
    static final String TAG = "tag";
    static final String LANG = "lang";
    /** A passage with no tag is a neighbour too (it votes for nothing); the kNN needs a class on every passage. */
    static final String NONE = "none";

    private final NeighbourParams params;
    private final DirectoryReader reader;
    private final Analyzer analyzer;
    private final Set<String> languages;
    private final ThreadLocal<Map<String, Knn>> classifiers;
    /** Per tag, the tokens that mostly occur in passages carrying it: a neighbour's tag needs one of them in the text. */
    private final Map<String, Set<String>> signatures;
    /** The tags each signature word signs. */
    private final Map<String, Set<String>> tagsBySignature;
    /** The MoreLikeThis query of a text, from term statistics read once. */
    private final LikeQuery like;
    /** Each passage's classes, by passage number, as its stored tag field lists them: read once, not per neighbour. */
    private final BytesRef[][] classesOf;

    private NeighbourTags(NeighbourParams params, DirectoryReader reader, Analyzer analyzer, Set<String> languages,
            Map<String, Set<String>> signatures) throws IOException {
        this.params = params;
        this.reader = reader;
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity()); // the classifier's
        this.like = LikeQuery.of(searcher, analyzer, TEXT);
        this.classesOf = classesOf(reader);
        this.analyzer = analyzer;
        this.languages = languages;
        this.signatures = signatures;
        this.tagsBySignature = new HashMap<>();
        signatures.forEach((tag, words) -> words.forEach(w -> tagsBySignature.computeIfAbsent(w, x -> new HashSet<>()).add(tag)));
        this.classifiers = ThreadLocal.withInitial(HashMap::new);
    }

    private static BytesRef[][] classesOf(DirectoryReader reader) throws IOException {
        StoredFields stored = reader.storedFields();
        BytesRef[][] out = new BytesRef[reader.maxDoc()][];
        for (int d = 0; d < out.length; d++) {
            out[d] = Stream.of(stored.document(d).getValues(TAG)).map(BytesRef::new).toArray(BytesRef[]::new);
        }
        return out;
    }

    /** A token is a tag's signature when at least this many of the passages carrying it have it ... */
    static final int SIGNATURE_SUPPORT = 3;
    /** ... and at least this share of the passages that have it carry the tag. */
    static final double SIGNATURE_PRECISION = 0.6;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** "the Proceeds of Crime (Money Laundering) and Terrorist Financing Act": a cited Act's name is no subject. */
    private static final Pattern ACT_NAME = Pattern.compile(
            "\\b(?:[A-Z][\\p{L}'-]*[ ,]+(?:(?:of|and|the|on|for|in|to)[ ,]+|\\([^)]{1,60}\\)[ ,]+)*)+Act\\b(?: \\d{4})?");

    /** The text the neighbours read: without the names of cited Acts. */
    static String withoutActNames(String text) {
        return text.contains("Act") ? ACT_NAME.matcher(text).replaceAll(" ") : text; // every name ends in "Act"
    }

    /** The analysed tokens of a text (lower-cased, folded, cut), distinct. */
    private static Set<String> tokens(Analyzer analyzer, String text) {
        Set<String> out = new HashSet<>();
        try (TokenStream ts = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Map<String, Set<String>> signatures(Analyzer analyzer, List<LabelledPassage> passages, NeighbourParams params) {
        return signatures(analyzer, passages, params.signatureSupport(), params.signaturePrecision());
    }

    /**
     * Per tag, its signature words: tokens carried by at least {@code support} of the passages with the tag,
     * at least {@code precision} of whose passages carry it (the learner gates its tags the same way).
     */
    static Map<String, Set<String>> signatures(Analyzer analyzer, List<LabelledPassage> passages, int support, double precision) {
        Map<String, Integer> docFreq = new HashMap<>();
        Map<String, Map<String, Integer>> tagFreq = new HashMap<>();
        for (LabelledPassage p : passages) {
            Set<String> toks = tokens(analyzer, withoutActNames(p.text()));
            toks.forEach(t -> docFreq.merge(t, 1, Integer::sum));
            List<String> tags = new ArrayList<>(p.crimeTypes());
            tags.addAll(p.crossCutting());
            for (String tag : tags) {
                Map<String, Integer> f = tagFreq.computeIfAbsent(tag, k -> new HashMap<>());
                toks.forEach(t -> f.merge(t, 1, Integer::sum));
            }
        }
        Map<String, Set<String>> out = new HashMap<>();
        tagFreq.forEach((tag, f) -> {
            Set<String> sig = new HashSet<>();
            f.forEach((t, n) -> {
                // words only: "1,000,000" or "120" say nothing about a subject
                if (n >= support && n >= precision * docFreq.get(t) && WORD.matcher(t).matches()) {
                    sig.add(t);
                }
            });
            out.put(tag, Set.copyOf(sig));
        });
        return out;
    }

    /** An index of the given passages (their crime types and cross-cutting issues are the classes). */
    public static NeighbourTags train(List<LabelledPassage> passages, NeighbourParams params) {
        Analyzer analyzer = analyzer(params.prefix());
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        Map<String, Integer> languages = new LinkedHashMap<>();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (LabelledPassage p : passages) {
                Document d = new Document();
                d.add(new TextField(TEXT, withoutActNames(p.text()), Field.Store.NO));
                d.add(new StringField(LANG, p.language(), Field.Store.NO));
                List<String> tags = new ArrayList<>(p.crimeTypes());
                tags.addAll(p.crossCutting());
                if (tags.isEmpty()) {
                    tags.add(NONE);
                }
                for (String t : tags) {
                    d.add(new StringField(TAG, t, Field.Store.YES));
                }
                w.addDocument(d);
                languages.merge(p.language(), 1, Integer::sum);
            }
            w.forceMerge(1); // one segment: the same scores whatever the insertion batches
            w.commit();
            return new NeighbourTags(params, DirectoryReader.open(dir), analyzer, Set.copyOf(languages.keySet()),
                    signatures(analyzer, passages, params));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index the judged passages", e);
        }
    }

    /** Lower-cased, accent-folded tokens of at least three letters, cut to {@code prefix} letters. */
    static Analyzer analyzer(int prefix) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new LowerCaseFilter(source);
                s = new ASCIIFoldingFilter(s);
                s = new LengthFilter(s, 3, 64);
                s = new TruncateTokenFilter(s, prefix);
                return new TokenStreamComponents(source, s);
            }
        };
    }

    public NeighbourParams params() {
        return params;
    }

    /**
     * The crime types and cross-cutting issues that the text's nearest judged passages carry, with
     * their kNN score, best first; only those at or above {@link NeighbourParams#minScore()}.
     */
    public Map<String, Double> suggest(String text, String language) {
        return suggest(text, language, tag -> false);
    }

    /**
     * The same, without the tags the caller already has ({@code known}): a suggestion needs one of its
     * tag's signature words in the text, so when every tag signed in the text is known, nothing can be
     * added and the search is skipped.
     */
    public Map<String, Double> suggest(String text, String language, Predicate<String> known) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        LikeQuery.Reading reading = like.read(withoutActNames(text));
        Set<String> own = reading.tokens();
        if (allSignedKnown(own, known)) { // also when no tag is signed in the text at all
            return Map.of();
        }
        String key = params.sameLanguage() && languages.contains(language) ? language : "*";
        Knn knn = classifierFor(key);
        List<ClassificationResult<BytesRef>> results;
        try {
            results = knn.classes(like.like(reading));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Double> out = new LinkedHashMap<>();
        if (results == null) {
            return out;
        }
        for (ClassificationResult<BytesRef> r : results) { // sorted best first
            String tag = r.getAssignedClass().utf8ToString();
            if (!NONE.equals(tag) && r.getScore() >= params.minScore() && signed(tag, own) && !known.test(tag)) {
                out.put(tag, r.getScore());
            }
        }
        return out;
    }

    private boolean signed(String tag, Set<String> tokens) {
        return signatures.getOrDefault(tag, Set.of()).stream().anyMatch(tokens::contains);
    }

    /**
     * Whether every tag that has a signature word among these tokens (the only ones a neighbour can give)
     * is known; true when none has. Loops, not a stream: it runs for every text.
     */
    private boolean allSignedKnown(Set<String> tokens, Predicate<String> known) {
        for (String token : tokens) {
            Set<String> tags = tagsBySignature.get(token);
            if (tags != null) {
                for (String tag : tags) {
                    if (!known.test(tag)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The kNN classifier's query: the wildcard's constant score of 1 kept as a match-all clause. */
    static Query withMatchAll(Query like, Query filter) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        q.add(like, BooleanClause.Occur.SHOULD);
        q.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        if (filter != null) {
            q.add(filter, BooleanClause.Occur.MUST);
        }
        return q.build();
    }

    /** This thread's classifier over the passages of a language ("*": all). */
    Knn classifierFor(String language) {
        return classifiers.get().computeIfAbsent(language, this::classifier);
    }

    LikeQuery likeQuery() {
        return like;
    }

    private Knn classifier(String language) {
        try {
            return new Knn(reader, analyzer, "*".equals(language) ? null : new TermQuery(new Term(LANG, language)), params.k(), like,
                    classesOf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lucene's kNN classifier, searched without its "class field present" wildcard: every passage here
     * has a class ({@link #NONE} at least), and compiling that wildcard's automaton on every call cost
     * about 1 ms a text. A match-all clause keeps its constant score, so the neighbours, their scores and
     * their votes are the library's.
     */
    static final class Knn extends KNearestNeighborClassifier {

        private final Query filter;
        private final LikeQuery likeQuery;
        private final BytesRef[][] classesOf;

        Knn(DirectoryReader reader, Analyzer analyzer, Query filter, int k, LikeQuery likeQuery, BytesRef[][] classesOf)
                throws IOException {
            super(reader, new BM25Similarity(), analyzer, filter, k, 1, 1, TAG, TEXT);
            this.filter = filter;
            this.likeQuery = likeQuery;
            this.classesOf = classesOf;
        }

        /**
         * The neighbours of a text from its MoreLikeThis query ({@link LikeQuery}); without a language
         * filter, scored from the postings held in memory ({@link LikeQuery#nearest}).
         */
        List<ClassificationResult<BytesRef>> classes(Query like) throws IOException {
            List<ClassificationResult<BytesRef>> out = buildListFromTopDocs(neighbours(like));
            Collections.sort(out);
            return out;
        }

        TopDocs neighbours(Query like) throws IOException {
            TopDocs nearest = filter == null ? likeQuery.nearest(like, k) : null;
            return nearest != null ? nearest : indexSearcher.search(withMatchAll(like, filter), k);
        }

        /**
         * The library's votes ({@link KNearestNeighborClassifier#buildListFromTopDocs}) from the classes held
         * in memory instead of each neighbour's stored document, which was a sixth of the neighbour layer's
         * time: the same maps filled in the same order with the same arithmetic, so the same classes, scores
         * and tie order. {@code NeighbourTagsTest} compares the two.
         */
        @Override
        protected List<ClassificationResult<BytesRef>> buildListFromTopDocs(TopDocs topDocs) {
            Map<BytesRef, Integer> counts = new HashMap<>();
            Map<BytesRef, Double> boosts = new HashMap<>(); // each neighbour adds its score relative to the best
            float maxScore = topDocs.totalHits.value == 0 ? Float.NaN : topDocs.scoreDocs[0].score;
            for (ScoreDoc neighbour : topDocs.scoreDocs) {
                for (BytesRef c : classesOf[neighbour.doc]) { // equal bytes hash alike: the library's map order
                    counts.merge(c, 1, Integer::sum);
                    Double sum = boosts.get(c);
                    double boost = neighbour.score / maxScore;
                    boosts.put(c, sum != null ? sum + boost : boost);
                }
            }
            List<ClassificationResult<BytesRef>> votes = new ArrayList<>();
            int voters = 0;
            for (Map.Entry<BytesRef, Integer> e : counts.entrySet()) {
                int count = e.getValue();
                double normalised = boosts.get(e.getKey()) / count;
                votes.add(new ClassificationResult<>(e.getKey().clone(), (count * normalised) / (double) k));
                voters += count;
            }
            if (voters >= k) {
                return votes;
            }
            List<ClassificationResult<BytesRef>> corrected = new ArrayList<>(votes.size()); // fewer votes than k
            for (ClassificationResult<BytesRef> v : votes) {
                corrected.add(new ClassificationResult<>(v.getAssignedClass(), v.getScore() * k / (double) voters));
            }
            return corrected;
        }

        /** The library's own votes, read from the stored documents (tests compare the two). */
        List<ClassificationResult<BytesRef>> storedVotes(TopDocs topDocs) throws IOException {
            return super.buildListFromTopDocs(topDocs);
        }
    }
}
