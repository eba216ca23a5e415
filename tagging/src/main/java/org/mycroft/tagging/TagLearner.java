package org.mycroft.tagging;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The second learner (issue #10, seventh round): one L2-regularised logistic regression per crime type
 * and cross-cutting issue (one-vs-rest), over the judged passages the neighbours train on. Where the
 * neighbours need a whole passage alike, a linear model weighs each word stem (and, if asked, each pair
 * of adjacent stems) across every passage of a tag, so "dissimule … biens provenant" and "conceals …
 * property derived" can each carry weight toward laundering without one passage saying both.
 *
 * <p>Features: the neighbours' tokens ({@link NeighbourTags#analyzer}: lower-cased, accent-folded, at
 * least three letters, cut to {@link LearnerParams#prefix()} letters), of the text without cited Acts'
 * names, those present in at least {@link #MIN_DF} training passages; binary or idf weights, each vector
 * of length 1. Solver: LIBLINEAR's primal trust-region Newton method for L2 logistic regression
 * (deterministic: no random order), with a bias feature. Vocabulary and tags are sorted, so the same
 * passages give the same model. Immutable and thread-safe after training.
 *
 * <p>As for the neighbours, a tag also needs one of its signature words in the text (a token most
 * passages carrying it share, {@link NeighbourTags#signatures}, the neighbours' shipped rule): a linear
 * model scores a short text from its few words, and "personas mayores de edad" must not weigh toward
 * trafficking in persons through "personas" alone. The tagger gives it the text with instrument names
 * and stop-phrases blanked, as the rules read it.
 */
public final class TagLearner {

    static final String RULE = "learner:logreg";
    /** A feature seen in fewer training passages than this says nothing general. */
    static final int MIN_DF = 2;
    /** A tag carried by fewer training passages than this gets no model: too few to learn from. */
    static final int MIN_POSITIVES = 5;
    private static final double EPS = 0.01;
    private static final String PAIR = "_";

    private final LearnerParams params;
    private final Analyzer analyzer;
    /** Feature → LIBLINEAR index (1-based, in sorted feature order). */
    private final Map<String, Integer> vocabulary;
    /** Weight of each feature index when present (idf, or 1); index 0 unused. */
    private final double[] weights;
    private final List<String> tags;
    private final List<Model> models;
    /** Per tag, the tokens one of which the text needs for the tag. */
    private final Map<String, Set<String>> signatures;

    private TagLearner(LearnerParams params, Analyzer analyzer, Map<String, Integer> vocabulary, double[] weights, List<String> tags,
            List<Model> models, Map<String, Set<String>> signatures) {
        this.params = params;
        this.analyzer = analyzer;
        this.vocabulary = vocabulary;
        this.weights = weights;
        this.tags = tags;
        this.models = models;
        this.signatures = signatures;
    }

    public LearnerParams params() {
        return params;
    }

    /** The tags that have a model, sorted. */
    public List<String> tags() {
        return tags;
    }

    /** The same models read at another threshold. */
    public TagLearner withThreshold(double threshold) {
        return new TagLearner(params.withThreshold(threshold), analyzer, vocabulary, weights, tags, models, signatures);
    }

    /**
     * Trains one model per tag carried by at least {@link #MIN_POSITIVES} of the passages (crime types and
     * cross-cutting issues; articles follow from them as for every tag).
     *
     * @throws IllegalArgumentException when there is nothing to learn from (no passage, or no tag with
     *                                  enough passages): a learner that silently knows nothing is refused
     */
    public static TagLearner train(List<LabelledPassage> passages, LearnerParams params) {
        if (passages.isEmpty()) {
            throw new IllegalArgumentException("no judged passage to learn from");
        }
        Analyzer analyzer = NeighbourTags.analyzer(params.prefix());
        List<Set<String>> features = new ArrayList<>(passages.size());
        Map<String, Integer> docFreq = new HashMap<>();
        Map<String, Integer> positives = new TreeMap<>();
        for (LabelledPassage p : passages) {
            Set<String> f = features(analyzer, p.text(), params.bigrams());
            features.add(f);
            f.forEach(t -> docFreq.merge(t, 1, Integer::sum));
            for (String tag : tagsOf(p)) {
                positives.merge(tag, 1, Integer::sum);
            }
        }
        Map<String, Integer> vocabulary = new HashMap<>();
        int index = 0;
        for (String term : new TreeSet<>(docFreq.keySet())) {
            if (docFreq.get(term) >= MIN_DF) {
                vocabulary.put(term, ++index);
            }
        }
        double[] weights = new double[index + 1];
        int n = passages.size();
        for (Map.Entry<String, Integer> v : vocabulary.entrySet()) {
            // smoothed idf: a word in every passage still weighs 1, one in two passages about 1 + ln(n/3)
            weights[v.getValue()] = params.idf() ? 1 + Math.log((n + 1.0) / (docFreq.get(v.getKey()) + 1.0)) : 1;
        }
        List<String> tags = positives.entrySet().stream().filter(e -> e.getValue() >= MIN_POSITIVES).map(Map.Entry::getKey).toList();
        if (tags.isEmpty()) {
            throw new IllegalArgumentException("no tag is carried by " + MIN_POSITIVES + " or more of the " + n + " passages");
        }
        Feature[][] x = new Feature[n][];
        for (int i = 0; i < n; i++) {
            x[i] = vector(features.get(i), vocabulary, weights);
        }
        Linear.disableDebugOutput();
        List<Model> models = new ArrayList<>(tags.size());
        for (String tag : tags) {
            Problem problem = new Problem();
            problem.l = n;
            problem.n = index + 1; // the bias is the last feature
            problem.x = x;
            problem.bias = 1;
            problem.y = new double[n];
            for (int i = 0; i < n; i++) {
                problem.y[i] = tagsOf(passages.get(i)).contains(tag) ? 1 : 0;
            }
            models.add(Linear.train(problem, new Parameter(SolverType.L2R_LR, params.c(), EPS)));
        }
        return new TagLearner(params, analyzer, Map.copyOf(vocabulary), weights, tags, List.copyOf(models), NeighbourTags.signatures(
                analyzer, passages, NeighbourParams.DEFAULT.signatureSupport(), NeighbourParams.DEFAULT.signaturePrecision()));
    }

    private static Set<String> tagsOf(LabelledPassage p) {
        Set<String> out = new TreeSet<>(p.crimeTypes());
        out.addAll(p.crossCutting());
        return out;
    }

    /** The probability of every tag that has a model, in tag order. */
    public Map<String, Double> probabilities(String text) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        Feature[] x = vector(features(analyzer, text, params.bigrams()), vocabulary, weights);
        double[] estimates = new double[2];
        for (int t = 0; t < tags.size(); t++) {
            Model m = models.get(t);
            Linear.predictProbability(m, x, estimates);
            int positive = m.getLabels()[0] == 1 ? 0 : 1; // LIBLINEAR orders labels as first met
            out.put(tags.get(t), estimates[positive]);
        }
        return out;
    }

    /**
     * The tags whose probability reaches the threshold, that have a signature word in the text, and that
     * the caller does not already have ({@code known}), most probable first.
     */
    public Map<String, Double> suggest(String text, Predicate<String> known) {
        List<Map.Entry<String, Double>> kept = new ArrayList<>();
        Set<String> own = null;
        for (Map.Entry<String, Double> e : probabilities(text).entrySet()) {
            if (e.getValue() >= params.threshold() && !known.test(e.getKey())) {
                own = own != null ? own : features(analyzer, text, false);
                if (signatures.getOrDefault(e.getKey(), Set.of()).stream().noneMatch(own::contains)) {
                    continue;
                }
                kept.add(e);
            }
        }
        kept.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        Map<String, Double> out = new LinkedHashMap<>();
        kept.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The text's distinct features: its tokens and, if asked, each pair of adjacent tokens. */
    static Set<String> features(Analyzer analyzer, String text, boolean bigrams) {
        Set<String> out = new TreeSet<>();
        try (TokenStream ts = analyzer.tokenStream(NeighbourTags.TEXT, NeighbourTags.withoutActNames(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String previous = null;
            while (ts.incrementToken()) {
                String token = term.toString();
                out.add(token);
                if (bigrams && previous != null) {
                    out.add(previous + PAIR + token);
                }
                previous = token;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The features known to the model, weighted, as a vector of length 1, in index order (LIBLINEAR needs
     * it), then the bias feature (index after the vocabulary's, value 1), as LIBLINEAR's own reader adds it.
     */
    private static Feature[] vector(Set<String> features, Map<String, Integer> vocabulary, double[] weights) {
        int[] indices = features.stream().map(vocabulary::get).filter(i -> i != null).mapToInt(Integer::intValue).sorted().toArray();
        double norm = 0;
        for (int i : indices) {
            norm += weights[i] * weights[i];
        }
        norm = Math.sqrt(norm);
        Feature[] out = new Feature[indices.length + 1];
        for (int k = 0; k < indices.length; k++) {
            out[k] = new FeatureNode(indices[k], weights[indices[k]] / norm);
        }
        out[indices.length] = new FeatureNode(weights.length, 1);
        return out;
    }
}
