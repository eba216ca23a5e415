package org.mycroft.tagging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * k-fold cross-validation of {@link NeighbourTags} on the tune passages: each fold is tagged by the
 * rules plus neighbours built from the other folds only, so no passage is its own neighbour. This is
 * how {@link NeighbourParams#DEFAULT} was chosen; the blind sets ({@link Tagger#BLIND_SETS}) are never
 * read here.
 */
public final class NeighbourCrossValidation {

    /** Scores of one setting: overall and per set, summed over the folds. */
    public record Result(NeighbourParams params, EvaluationReport.Score overall, Map<String, EvaluationReport.Score> sets,
                         EvaluationReport.Score alone) {}

    private NeighbourCrossValidation() {}

    /** Passages are dealt to folds in file order (passage i goes to fold i mod folds): deterministic. */
    public static Result run(Tagger rulesOnly, List<LabelledPassage> tune, NeighbourParams params, int folds) {
        EvaluationReport.Score overall = new EvaluationReport.Score(0, 0, 0);
        Map<String, EvaluationReport.Score> sets = new LinkedHashMap<>();
        EvaluationReport.Score alone = new EvaluationReport.Score(0, 0, 0);
        for (int f = 0; f < folds; f++) {
            List<LabelledPassage> train = new ArrayList<>();
            List<LabelledPassage> test = new ArrayList<>();
            for (int i = 0; i < tune.size(); i++) {
                (i % folds == f ? test : train).add(tune.get(i));
            }
            NeighbourTags neighbours = params == null ? null : NeighbourTags.train(train, params);
            Tagger tagger = rulesOnly.withNeighbours(neighbours);
            if (neighbours != null) {
                alone = alone.plus(alone(neighbours, test));
            }
            EvaluationReport r = TaggingEvaluation.run(tagger, test);
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
            java.util.Set<String> expected = new java.util.HashSet<>(p.crimeTypes());
            expected.addAll(p.crossCutting());
            java.util.Set<String> got = neighbours.suggest(p.text(), p.language()).keySet();
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

    /** One line per setting: P, R, F1 overall. */
    public static String format(Result r) {
        EvaluationReport.Score s = r.overall();
        EvaluationReport.Score a = r.alone();
        return String.format(Locale.ROOT, "%-60s P %.3f  R %.3f  F1 %.3f  (tp %d fp %d fn %d)  neighbours alone P %.3f R %.3f",
                r.params() == null ? "rules only" : r.params().toString(), s.precision(), s.recall(), s.f1(),
                s.truePositives(), s.falsePositives(), s.falseNegatives(), a.precision(), a.recall());
    }
}
