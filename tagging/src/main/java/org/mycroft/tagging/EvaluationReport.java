package org.mycroft.tagging;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Precision, recall and F1 of the tagger on a labelled set: per family (articles, crime_types,
 * cross_cutting), micro-averaged overall, per language, and the errors of every passage.
 */
public record EvaluationReport(int passages, Map<String, Score> families, Score overall, Map<String, Score> languages,
                               Map<String, Map<String, Score>> sets, Map<String, Integer> setSizes,
                               List<PassageError> errors) {

    public static final List<String> FAMILIES = List.of("articles", "crime_types", "cross_cutting");

    public EvaluationReport {
        families = Map.copyOf(families);
        languages = Map.copyOf(languages);
        Map<String, Map<String, Score>> ss = new java.util.LinkedHashMap<>();
        sets.forEach((k, v) -> ss.put(k, Map.copyOf(v)));
        sets = java.util.Collections.unmodifiableMap(ss);
        setSizes = Map.copyOf(setSizes);
        errors = List.copyOf(errors);
    }

    /** Counts of one family (or of all). Precision is 1 when nothing was proposed; recall 1 when nothing was expected. */
    public record Score(int truePositives, int falsePositives, int falseNegatives) {

        public double precision() {
            int d = truePositives + falsePositives;
            return d == 0 ? 1.0 : (double) truePositives / d;
        }

        public double recall() {
            int d = truePositives + falseNegatives;
            return d == 0 ? 1.0 : (double) truePositives / d;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score o) {
            return new Score(truePositives + o.truePositives, falsePositives + o.falsePositives,
                    falseNegatives + o.falseNegatives);
        }
    }

    /** What the tagger got wrong on one passage, for one family. */
    public record PassageError(String passageId, String family, List<String> missing, List<String> spurious, String text) {

        public PassageError {
            missing = List.copyOf(missing);
            spurious = List.copyOf(spurious);
        }
    }

    public Score family(String family) {
        return families.getOrDefault(family, new Score(0, 0, 0));
    }

    /** A readable table, then the errors of each passage. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Tagging evaluation: %d passages%n%n", passages));
        sb.append(String.format(Locale.ROOT, "%-14s %6s %6s %6s %9s %7s %6s%n", "family", "TP", "FP", "FN", "precision", "recall", "F1"));
        for (String f : FAMILIES) {
            row(sb, f, family(f));
        }
        row(sb, "overall", overall);
        if (sets.size() > 1) {
            for (Map.Entry<String, Map<String, Score>> e : sets.entrySet()) {
                sb.append(String.format(Locale.ROOT, "%nSet '%s' (%d passages):%n", e.getKey(), setSizes.getOrDefault(e.getKey(), 0)));
                for (String f : FAMILIES) {
                    row(sb, f, e.getValue().getOrDefault(f, new Score(0, 0, 0)));
                }
                row(sb, "overall", e.getValue().getOrDefault("overall", new Score(0, 0, 0)));
            }
        }
        if (!languages.isEmpty()) {
            sb.append(String.format(Locale.ROOT, "%nBy language (all families):%n"));
            languages.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> row(sb, e.getKey(), e.getValue()));
        }
        sb.append(String.format(Locale.ROOT, "%nErrors (%d):%n", errors.size()));
        if (errors.isEmpty()) {
            sb.append("  none\n");
        }
        String last = null;
        for (PassageError e : errors) {
            if (!e.passageId().equals(last)) {
                String t = e.text().replaceAll("\\s+", " ");
                sb.append("  ").append(e.passageId()).append(": ").append(t.length() > 110 ? t.substring(0, 107) + "..." : t).append('\n');
                last = e.passageId();
            }
            sb.append(String.format(Locale.ROOT, "      %-13s", e.family()));
            if (!e.missing().isEmpty()) {
                sb.append(" missing ").append(e.missing());
            }
            if (!e.spurious().isEmpty()) {
                sb.append(" spurious ").append(e.spurious());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, Score s) {
        sb.append(String.format(Locale.ROOT, "%-14s %6d %6d %6d %9.3f %7.3f %6.3f%n", name, s.truePositives(),
                s.falsePositives(), s.falseNegatives(), s.precision(), s.recall(), s.f1()));
    }
}
