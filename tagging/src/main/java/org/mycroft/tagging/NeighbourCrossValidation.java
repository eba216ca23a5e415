package org.mycroft.tagging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * k-fold cross-validation of {@link NeighbourTags} on the neighbours' training passages (the tune sets
 * and the training files): each fold is tagged by the rules plus neighbours built from the other folds
 * only, so no passage is its own neighbour. This is how {@link NeighbourParams#DEFAULT} was chosen
 * ({@link #choose}); the blind sets ({@link Tagger#BLIND_SETS}) are never read here.
 */
public final class NeighbourCrossValidation {

    /** Scores of one setting: overall and per set, summed over the folds. */
    public record Result(NeighbourParams params, EvaluationReport.Score overall, Map<String, EvaluationReport.Score> sets,
                         EvaluationReport.Score alone) {

        /** The evaluation passages' sets (the tune sets), or the training files' ({@code train-<lang>}). */
        public EvaluationReport.Score pool(boolean training) {
            EvaluationReport.Score sum = new EvaluationReport.Score(0, 0, 0);
            for (Map.Entry<String, EvaluationReport.Score> e : sets.entrySet()) {
                if (e.getKey().startsWith(TaggingEvaluation.TRAINING_SET_PREFIX) == training) {
                    sum = sum.plus(e.getValue());
                }
            }
            return sum;
        }
    }

    /**
     * The tags this setting adds to the rules alone ({@code rules}, the same folds): true and false
     * positives more than the rules give (the neighbours only add tags), the recall gained as false
     * negatives less. Its precision is that of what the neighbours add.
     */
    public static EvaluationReport.Score added(Result with, Result rules) {
        return new EvaluationReport.Score(with.overall().truePositives() - rules.overall().truePositives(),
                with.overall().falsePositives() - rules.overall().falsePositives(),
                rules.overall().falseNegatives() - with.overall().falseNegatives());
    }

    /**
     * The adoption rule (sixth #10 round), fixed before the grid was run: among the settings whose added
     * tags ({@link #added}) are right at least 9 times in 10, and that keep the tune sets at precision 0.90
     * and at least the recall {@code before} (the fourth round's model on the same folds) reaches there,
     * the highest F1 over all passages; null when none qualifies. (A first rule asked P >= 0.90 on the
     * training files as a whole; the rules alone are at 0.72 there, so no neighbour setting could meet it.)
     */
    public static Result choose(List<Result> results, Result rules, Result before) {
        Result best = null;
        for (Result r : results) {
            if (r.params() == null || added(r, rules).precision() < 0.90 || r.pool(false).precision() < 0.90
                    || r.pool(false).recall() < before.pool(false).recall()) {
                continue;
            }
            if (best == null || r.overall().f1() > best.overall().f1()) {
                best = r;
            }
        }
        return best;
    }

    private NeighbourCrossValidation() {}

    /** Passages are dealt to folds in file order (passage i goes to fold i mod folds): deterministic. */
    public static Result run(Tagger rulesOnly, List<LabelledPassage> tune, NeighbourParams params, int folds) {
        List<EvaluationReport> reports = new ArrayList<>();
        EvaluationReport.Score alone = new EvaluationReport.Score(0, 0, 0);
        for (int f = 0; f < folds; f++) {
            List<LabelledPassage> test = fold(tune, f, folds, true);
            NeighbourTags neighbours = params == null ? null : NeighbourTags.train(fold(tune, f, folds, false), params);
            if (neighbours != null) {
                alone = alone.plus(alone(neighbours, test));
            }
            reports.add(TaggingEvaluation.run(rulesOnly.withNeighbours(neighbours), test));
        }
        return sum(params, reports, alone);
    }

    /** Fold {@code f}'s test passages (passage i is in fold i mod folds), or the others, its training passages. */
    static List<LabelledPassage> fold(List<LabelledPassage> pool, int f, int folds, boolean test) {
        List<LabelledPassage> out = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            if ((i % folds == f) == test) {
                out.add(pool.get(i));
            }
        }
        return out;
    }

    /** The folds' reports added up, overall and per set. */
    static Result sum(NeighbourParams params, List<EvaluationReport> reports, EvaluationReport.Score alone) {
        EvaluationReport.Score overall = new EvaluationReport.Score(0, 0, 0);
        Map<String, EvaluationReport.Score> sets = new LinkedHashMap<>();
        for (EvaluationReport r : reports) {
            overall = overall.plus(r.overall());
            r.sets().forEach((set, scores) -> sets.merge(set, scores.get("overall"), EvaluationReport.Score::plus));
        }
        return new Result(params, overall, sets, alone);
    }

    /** The neighbours without the rules, on crime types and cross-cutting issues (what they can add to unseen text). */
    private static EvaluationReport.Score alone(NeighbourTags neighbours, List<LabelledPassage> test) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (LabelledPassage p : test) {
            Set<String> expected = new HashSet<>(p.crimeTypes());
            expected.addAll(p.crossCutting());
            Set<String> got = neighbours.suggest(p.text(), p.language()).keySet();
            for (String g : got) {
                if (expected.contains(g)) {
                    tp++;
                } else {
                    fp++;
                }
            }
            fn += (int) expected.stream().filter(e -> !got.contains(e)).count();
        }
        return new EvaluationReport.Score(tp, fp, fn);
    }

    /** One line per setting: P, R, F1 overall, then on the tune sets and on the training files, then the neighbours alone. */
    public static String format(Result r) {
        EvaluationReport.Score s = r.overall();
        EvaluationReport.Score t = r.pool(false);
        EvaluationReport.Score f = r.pool(true);
        EvaluationReport.Score a = r.alone();
        return String.format(Locale.ROOT, "%-34s all P %.3f R %.3f F1 %.3f | tune P %.3f R %.3f | training P %.3f R %.3f"
                        + " | neighbours alone P %.3f R %.3f",
                r.params() == null ? "rules only" : "k=%d min=%.2f %s prefix=%d sig=%d/%.2f".formatted(r.params().k(),
                        r.params().minScore(), r.params().sameLanguage() ? "same-lang" : "any-lang", r.params().prefix(),
                        r.params().signatureSupport(), r.params().signaturePrecision()),
                s.precision(), s.recall(), s.f1(), t.precision(), t.recall(), f.precision(), f.recall(), a.precision(), a.recall());
    }
}
