package org.mycroft.tagging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Measures a {@link Tagger} against a labelled set (by default
 * {@code mycroft/tagging/evaluation/passages.yaml}): for every passage and family, the proposed set is
 * compared with the full expected set; true positives, false positives and false negatives are summed
 * over passages (micro-average).
 */
public final class TaggingEvaluation {

    public static final String DEFAULT_RESOURCE = "/mycroft/tagging/evaluation/passages.yaml";
    /** The Arabic, Chinese and Russian passages, scored apart so that the gates of the others stay as they are. */
    public static final String UN_LANGUAGES_RESOURCE = "/mycroft/tagging/evaluation/passages-un.yaml";

    private TaggingEvaluation() {}

    public static EvaluationReport run(Tagger tagger, List<LabelledPassage> passages) {
        Map<String, EvaluationReport.Score> fam = new LinkedHashMap<>();
        for (String f : EvaluationReport.FAMILIES) {
            fam.put(f, new EvaluationReport.Score(0, 0, 0));
        }
        Map<String, EvaluationReport.Score> langs = new LinkedHashMap<>();
        Map<String, Map<String, EvaluationReport.Score>> bySet = new LinkedHashMap<>();
        EvaluationReport.Score overall = new EvaluationReport.Score(0, 0, 0);
        List<EvaluationReport.PassageError> errors = new ArrayList<>();
        for (LabelledPassage p : passages) {
            TagResult r = tagger.tag(p.text(), p.context());
            Map<String, List<String>[]> sets = new LinkedHashMap<>();
            sets.put("articles", pair(p.articles(), r.articles()));
            sets.put("crime_types", pair(p.crimeTypes(), r.crimeTypes()));
            sets.put("cross_cutting", pair(p.crossCutting(), r.crossCutting()));
            for (Map.Entry<String, List<String>[]> e : sets.entrySet()) {
                Set<String> expected = new HashSet<>(e.getValue()[0]);
                Set<String> got = new HashSet<>(e.getValue()[1]);
                Set<String> tp = new HashSet<>(got);
                tp.retainAll(expected);
                Set<String> fp = new TreeSet<>(got);
                fp.removeAll(expected);
                Set<String> fn = new TreeSet<>(expected);
                fn.removeAll(got);
                EvaluationReport.Score s = new EvaluationReport.Score(tp.size(), fp.size(), fn.size());
                fam.put(e.getKey(), fam.get(e.getKey()).plus(s));
                overall = overall.plus(s);
                langs.merge(p.language(), s, EvaluationReport.Score::plus);
                Map<String, EvaluationReport.Score> set = bySet.computeIfAbsent(p.set(), k -> new LinkedHashMap<>());
                set.merge(e.getKey(), s, EvaluationReport.Score::plus);
                set.merge("overall", s, EvaluationReport.Score::plus);
                if (!fp.isEmpty() || !fn.isEmpty()) {
                    errors.add(new EvaluationReport.PassageError(p.id(), e.getKey(), List.copyOf(fn), List.copyOf(fp), p.text()));
                }
            }
        }
        Map<String, Integer> setSizes = new LinkedHashMap<>();
        for (LabelledPassage p : passages) {
            setSizes.merge(p.set(), 1, Integer::sum);
        }
        return new EvaluationReport(passages.size(), fam, overall, langs, bySet, setSizes, errors);
    }

    @SuppressWarnings("unchecked")
    private static List<String>[] pair(List<String> a, List<String> b) {
        return new List[] {a, b};
    }

    /** The evaluation set shipped in the jar. */
    public static List<LabelledPassage> loadDefault() {
        return loadResource(DEFAULT_RESOURCE);
    }

    /** The Arabic, Chinese and Russian passages shipped in the jar (issue #13). */
    public static List<LabelledPassage> loadUnLanguages() {
        return loadResource(UN_LANGUAGES_RESOURCE);
    }

    private static List<LabelledPassage> loadResource(String resource) {
        try (InputStream in = TaggingEvaluation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("evaluation set not found on the classpath: " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    /** An evaluation set from a file in the same format. */
    public static List<LabelledPassage> load(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    static List<LabelledPassage> parse(String yaml, String where) {
        Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(doc instanceof List<?> items)) {
            throw new IllegalStateException(where + ": expected a list of passages");
        }
        List<LabelledPassage> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Object o : items) {
            if (!(o instanceof Map<?, ?> m)) {
                throw new IllegalStateException(where + ": every passage must be a mapping");
            }
            String id = str(m.get("id"));
            if (id == null || !ids.add(id)) {
                throw new IllegalStateException(where + ": missing or duplicate id " + id);
            }
            String text = str(m.get("text"));
            if (text == null || text.isBlank()) {
                throw new IllegalStateException(where + ": " + id + ": empty text");
            }
            String docType = m.get("doc_type") == null ? "legislation" : str(m.get("doc_type"));
            out.add(new LabelledPassage(id, str(m.get("set")), str(m.get("lang")), docType, Boolean.TRUE.equals(m.get("instrument_text")),
                    text.strip(), strings(m.get("articles")), strings(m.get("crime_types")), strings(m.get("cross_cutting")),
                    str(m.get("note"))));
        }
        return List.copyOf(out);
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    private static List<String> strings(Object o) {
        if (o == null) {
            return List.of();
        }
        if (!(o instanceof List<?> l)) {
            throw new IllegalStateException("expected a list, found " + o);
        }
        List<String> out = new ArrayList<>();
        for (Object x : l) {
            out.add(String.valueOf(x));
        }
        return out;
    }
}
