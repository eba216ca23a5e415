package org.mycroft.tagging;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of a text a training passage reproduces. The training passages are real statutes written
 * from memory, so one could repeat a blind passage or a blind provision (a model law shared by two
 * States, a code recalled twice); a blind item a training passage repeats is no longer unseen, and the
 * bench reports the blind figures with and without such items.
 *
 * <p>The measure is the containment of word 5-gram shingles after folding (case, accents, punctuation):
 * the shared shingles over the shingles of the shorter text, so a training passage that is one paragraph
 * of a long blind provision counts as fully contained. Statutory boilerplate ("liable to imprisonment for
 * a term") shares a few shingles between unrelated provisions; a recalled copy shares most of them.
 */
public final class TrainingOverlap {

    /** Shingle length in words. */
    public static final int SHINGLE = 5;
    /**
     * A blind item at or above this overlap with a training passage counts as reproduced. Fixed before
     * any blind item was compared (unrelated statutes share well under a tenth of their shingles).
     */
    public static final double THRESHOLD = 0.3;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final List<LabelledPassage> passages;
    private final List<Set<String>> shingles = new ArrayList<>();
    /** Per shingle, the training passages (by index) that have it. */
    private final Map<String, List<Integer>> postings = new HashMap<>();

    private TrainingOverlap(List<LabelledPassage> passages) {
        this.passages = List.copyOf(passages);
        for (int i = 0; i < this.passages.size(); i++) {
            Set<String> s = shingles(this.passages.get(i).text());
            shingles.add(s);
            for (String sh : s) {
                postings.computeIfAbsent(sh, k -> new ArrayList<>()).add(i);
            }
        }
    }

    public static TrainingOverlap of(List<LabelledPassage> training) {
        return new TrainingOverlap(training);
    }

    /** The training passage most like a text and the overlap; passage null and overlap 0 when none shares a shingle. */
    public record Nearest(LabelledPassage passage, double overlap) {
        public boolean reproduced() {
            return overlap >= THRESHOLD;
        }
    }

    public Nearest nearest(String text) {
        Set<String> own = shingles(text);
        Map<Integer, Integer> shared = new HashMap<>();
        for (String sh : own) {
            for (int i : postings.getOrDefault(sh, List.of())) {
                shared.merge(i, 1, Integer::sum);
            }
        }
        int best = -1;
        double top = 0;
        for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
            double o = (double) e.getValue() / Math.min(own.size(), shingles.get(e.getKey()).size());
            if (o > top || (o == top && e.getKey() < best)) { // ties: the first passage, whatever the map's order
                top = o;
                best = e.getKey();
            }
        }
        return new Nearest(best < 0 ? null : passages.get(best), top);
    }

    /** The overlap of two texts: shared shingles over the shingles of the shorter one (0 when either has none). */
    public static double overlap(String a, String b) {
        Set<String> x = shingles(a);
        Set<String> y = shingles(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(x);
        shared.retainAll(y);
        return (double) shared.size() / Math.min(x.size(), y.size());
    }

    /** Word 5-grams of the folded text (lower case, accents dropped, only letters and digits). */
    static Set<String> shingles(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(folded);
        while (m.find()) {
            words.add(m.group());
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + SHINGLE)));
        }
        return out;
    }
}
