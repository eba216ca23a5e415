package org.mycroft.ingest.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.mycroft.tagging.EvaluationReport.Score;
import org.mycroft.tagging.TrainingOverlap;

/**
 * Provision-level figures: per set (tune, blind), per family, per law and per language. Errors are
 * listed provision by provision for the tune set only: the blind set is there to be scored, and
 * looking at its errors would make it one more tuning set.
 *
 * @param units       one score per judged provision the splitter produced
 * @param skipped     judged laws whose file is not in the corpus folder
 * @param notProduced per law, judged unit ids the splitter no longer produces (not scored)
 */
public record ProvisionReport(List<UnitScore> units, List<String> skipped, Map<String, List<String>> notProduced) {

    public ProvisionReport {
        units = List.copyOf(units);
        skipped = List.copyOf(skipped);
        notProduced = Map.copyOf(notProduced);
    }

    /**
     * One judged provision: counts per family (subject tags against required tags), how many false
     * positives the lawyer called a mere mention, {@code findable} (every tag the unit carries, subject
     * or mention, against every tag judged required or mentioned), what was missed and wrongly given, and
     * {@code overlap}: how much of it the nearest neighbour-training passage reproduces (0 to 1).
     */
    public record UnitScore(String law, String set, String unit, String language, Map<Family, Score> families,
            int mentionsAsSubjects, Score findable, List<String> missing, List<String> spurious, String reason,
            double overlap) {

        public UnitScore {
            families = Map.copyOf(families);
            missing = List.copyOf(missing);
            spurious = List.copyOf(spurious);
        }

        Score overall() {
            return sum(families.values());
        }
    }

    /** All families of the units of one set (tune or blind). */
    public Score overall(String set) {
        return sum(ofSet(set).stream().map(UnitScore::overall).toList());
    }

    /** One family of the units of one set: "articles", "crime_types" or "cross_cutting". */
    public Score family(String set, String family) {
        return sum(ofSet(set).stream().map(u -> u.families().get(familyNamed(family))).toList());
    }

    public List<UnitScore> ofSet(String set) {
        return units.stream().filter(u -> u.set().equals(set)).toList();
    }

    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append("Provision-level evaluation: judged provisions of real laws, subject tags against a lawyer's judgement\n");
        if (!skipped.isEmpty()) {
            sb.append("Skipped (law file absent from the corpus folder): ").append(String.join(", ", skipped)).append('\n');
        }
        for (String set : List.of(JudgedLaw.TUNE, JudgedLaw.BLIND)) {
            List<UnitScore> of = ofSet(set);
            if (of.isEmpty()) {
                continue;
            }
            long laws = of.stream().map(UnitScore::law).distinct().count();
            sb.append(String.format(Locale.ROOT, "%nSet '%s' (%d laws, %d judged provisions):%n", set, laws, of.size()));
            header(sb);
            for (Family f : Family.values()) {
                row(sb, f.label, sum(of.stream().map(u -> u.families().get(f)).toList()));
            }
            Score all = overall(set);
            row(sb, "overall", all);
            int onMentions = of.stream().mapToInt(UnitScore::mentionsAsSubjects).sum();
            sb.append(String.format(Locale.ROOT, "  of the %d false positives, %d are tags judged a mere mention%n",
                    all.falsePositives(), onMentions));
            row(sb, "findable (subject or mention)", sum(of.stream().map(UnitScore::findable).toList()));
            List<UnitScore> reproduced = of.stream().filter(u -> u.overlap() >= TrainingOverlap.THRESHOLD).toList();
            sb.append(String.format(Locale.ROOT, "  %d of the %d provisions are reproduced by a neighbour-training passage"
                    + " (word %d-gram overlap >= %.2f); without them:%n", reproduced.size(), of.size(), TrainingOverlap.SHINGLE,
                    TrainingOverlap.THRESHOLD));
            row(sb, "overall without reproduced provisions", sum(of.stream().filter(u -> !reproduced.contains(u))
                    .map(UnitScore::overall).toList()));
            sb.append("By law (all families):\n");
            grouped(sb, of, UnitScore::law);
            sb.append("By language (all families):\n");
            grouped(sb, of, UnitScore::language);
            of.stream().map(UnitScore::law).distinct().filter(notProduced::containsKey).forEach(law -> sb.append(
                    String.format(Locale.ROOT, "  %s: %d judged units not produced by the splitter, not scored%n",
                            law, notProduced.get(law).size())));
        }
        List<UnitScore> errors = ofSet(JudgedLaw.TUNE).stream()
                .filter(u -> !u.missing().isEmpty() || !u.spurious().isEmpty()).toList();
        sb.append(String.format(Locale.ROOT, "%nErrors of the tune set (%d provisions; the blind set's are never printed):%n",
                errors.size()));
        for (UnitScore u : errors) {
            sb.append("  ").append(u.unit());
            if (!u.missing().isEmpty()) {
                sb.append(" missing ").append(u.missing());
            }
            if (!u.spurious().isEmpty()) {
                sb.append(" spurious ").append(u.spurious());
            }
            if (!u.reason().isEmpty()) {
                sb.append("  (").append(u.reason()).append(')');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void grouped(StringBuilder sb, List<UnitScore> of, Function<UnitScore, String> key) {
        Map<String, List<Score>> groups = new TreeMap<>();
        for (UnitScore u : of) {
            groups.computeIfAbsent(String.valueOf(key.apply(u)), k -> new ArrayList<>()).add(u.overall());
        }
        Map<String, Score> sums = new LinkedHashMap<>();
        groups.forEach((k, v) -> sums.put(k, sum(v)));
        sums.forEach((k, s) -> row(sb, "  " + k, s));
    }

    private static Family familyNamed(String family) {
        for (Family f : Family.values()) {
            if (f.label.equals(family)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no such family: " + family);
    }

    static Score sum(Iterable<Score> scores) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Score s : scores) {
            tp += s.truePositives();
            fp += s.falsePositives();
            fn += s.falseNegatives();
        }
        return new Score(tp, fp, fn);
    }

    private static void header(StringBuilder sb) {
        sb.append(String.format(Locale.ROOT, "%-48s %5s %5s %5s %9s %7s %6s%n", "", "TP", "FP", "FN", "precision", "recall", "F1"));
    }

    private static void row(StringBuilder sb, String name, Score s) {
        sb.append(String.format(Locale.ROOT, "%-48s %5d %5d %5d %9.3f %7.3f %6.3f%n", name, s.truePositives(),
                s.falsePositives(), s.falseNegatives(), s.precision(), s.recall(), s.f1()));
    }
}
