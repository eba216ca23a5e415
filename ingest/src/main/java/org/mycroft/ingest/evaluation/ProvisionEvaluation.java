package org.mycroft.ingest.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.ingest.indexing.IndexUnit;
import org.mycroft.tagging.EvaluationReport.Score;

/**
 * Scores the units ingest makes of real laws against a lawyer's judgement, provision by provision:
 * a unit's subject tags against the tags judged required (a tag judged a mere mention counts as a
 * false positive when given as a subject), per family. Compare, coverage and facets count exactly
 * these subject tags, so this is the precision and recall a user of those pages sees.
 */
public final class ProvisionEvaluation {

    /** Reads one law file into the units ingest would index (the real reader, splitter and tagger). */
    @FunctionalInterface
    public interface UnitReader {
        List<IndexUnit> read(Path file) throws IOException;
    }

    private ProvisionEvaluation() {}

    public static ProvisionReport run(List<JudgedLaw> laws, Path corpus, UnitReader reader, Taxonomy taxonomy)
            throws IOException {
        return run(laws, corpus, reader, taxonomy, unit -> 0);
    }

    /**
     * The same, with each unit's overlap with the neighbours' training passages ({@code overlap}, 0 to
     * 1, {@link org.mycroft.tagging.TrainingOverlap}): the report gives each set's figures also without
     * the units a training passage reproduces.
     */
    public static ProvisionReport run(List<JudgedLaw> laws, Path corpus, UnitReader reader, Taxonomy taxonomy,
            ToDoubleFunction<IndexUnit> overlap) throws IOException {
        List<ProvisionReport.UnitScore> scores = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<String, List<String>> notProduced = new HashMap<>();
        for (JudgedLaw law : laws) {
            Optional<Path> file = lawFile(corpus, law.law());
            if (file.isEmpty()) {
                skipped.add(law.law());
                continue;
            }
            Map<String, IndexUnit> units = new HashMap<>();
            for (IndexUnit u : reader.read(file.get())) {
                units.put(u.id(), u);
            }
            for (ProvisionJudgement j : law.judgements()) {
                IndexUnit unit = units.get(j.unit());
                if (unit == null) { // the splitter no longer makes this unit: report, do not guess
                    notProduced.computeIfAbsent(law.law(), k -> new ArrayList<>()).add(j.unit());
                    continue;
                }
                scores.add(score(law, j, unit, taxonomy, overlap.applyAsDouble(unit)));
            }
        }
        return new ProvisionReport(scores, skipped, notProduced);
    }

    private static ProvisionReport.UnitScore score(JudgedLaw law, ProvisionJudgement j, IndexUnit unit, Taxonomy taxonomy,
            double overlap) {
        Set<String> subjects = new HashSet<>(unit.tags().articles());
        subjects.addAll(unit.tags().crimeTypes());
        subjects.addAll(unit.tags().crossCutting());
        subjects = withAncestors(subjects, taxonomy);
        Set<String> required = withAncestors(j.required(), taxonomy);
        Map<Family, Score> families = new EnumMap<>(Family.class);
        Set<String> missing = new TreeSet<>();
        Set<String> spurious = new TreeSet<>();
        for (Family f : Family.values()) {
            Set<String> expected = only(required, f, taxonomy);
            Set<String> got = only(subjects, f, taxonomy);
            int tp = 0;
            for (String g : got) {
                if (expected.contains(g)) {
                    tp++;
                } else {
                    spurious.add(g);
                }
            }
            for (String e : expected) {
                if (!got.contains(e)) {
                    missing.add(e);
                }
            }
            families.put(f, new Score(tp, got.size() - tp, expected.size() - tp));
        }
        int mentionsAsSubjects = (int) spurious.stream().filter(j.mentions()::contains).count();
        // Findable: a tag the lawyer saw at all (required or mentioned) against every tag the unit carries.
        Set<String> judged = new HashSet<>(required);
        judged.addAll(withAncestors(j.mentions(), taxonomy));
        Set<String> carried = new HashSet<>(subjects);
        carried.addAll(withAncestors(new HashSet<>(unit.tags().mentions()), taxonomy));
        int found = (int) carried.stream().filter(judged::contains).count();
        Score findable = new Score(found, carried.size() - found, judged.size() - found);
        return new ProvisionReport.UnitScore(law.law(), law.set(), j.unit(), unit.language(), families,
                mentionsAsSubjects, findable, List.copyOf(missing), List.copyOf(spurious), j.reason(), overlap);
    }

    /**
     * A paragraph stands for its article too (UNTOC-18.10 is also UNTOC-18), on both sides: facets,
     * compare and coverage count the articles_expanded field, so "UNTOC-18.10" judged and "UNTOC-18,
     * UNTOC-18.10" given agree, and "UNTOC-16" given where "UNTOC-16.9" is judged is right about the
     * article and misses the paragraph.
     */
    static Set<String> withAncestors(Set<String> ids, Taxonomy taxonomy) {
        Set<String> out = new HashSet<>(ids);
        for (String id : ids) {
            if (taxonomy.isValidArticleId(id)) {
                out.addAll(Taxonomy.withAncestors(id));
            }
        }
        return out;
    }

    private static Set<String> only(Set<String> ids, Family family, Taxonomy taxonomy) {
        Set<String> out = new HashSet<>();
        for (String id : ids) {
            if (Family.of(id, taxonomy) == family) {
                out.add(id);
            }
        }
        return out;
    }

    /** {@code <corpus>/<law>.<any extension>}, empty when the corpus or the file is absent. */
    static Optional<Path> lawFile(Path corpus, String law) throws IOException {
        if (!Files.isDirectory(corpus)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(corpus)) {
            return files.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(law + ".") && name.indexOf('.', law.length() + 1) < 0;
            }).findFirst();
        }
    }
}
