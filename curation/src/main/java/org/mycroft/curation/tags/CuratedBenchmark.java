package org.mycroft.curation.tags;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.solr.common.SolrDocument;
import org.mycroft.core.index.IndexFields;
import org.mycroft.curation.cases.CaseRecord;
import org.mycroft.curation.cases.CaseRepository;
import org.mycroft.tagging.TagResult;
import org.mycroft.tagging.Tagger;
import org.mycroft.tagging.TaggingContext;

/**
 * Reviewers' decisions as labelled data: the current rules run on every decided unit and are
 * scored on the decided tags only. A confirmed or added tag the rules give is a true positive, a
 * rejected one they give a false positive, a confirmed or added one they miss a false negative.
 */
public final class CuratedBenchmark {

    private CuratedBenchmark() {}

    public record Score(int units, int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            return truePositives + falsePositives == 0 ? Double.NaN : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? Double.NaN : (double) truePositives / (truePositives + falseNegatives);
        }

        public String format() {
            return String.format(Locale.ROOT, "Curated decisions: %d unit(s), TP %d, FP %d, FN %d, precision %.3f, recall %.3f",
                    units, truePositives, falsePositives, falseNegatives, precision(), recall());
        }
    }

    /** Scores the tagger against every decision whose unit can still be read (index for laws, database for cases). */
    public static Score run(Tagger tagger, TagDecisionRepository decisions, UnitTagApplier index, CaseRepository cases) {
        Map<String, List<TagDecision>> byUnit = decisions.all().stream()
                .collect(Collectors.groupingBy(TagDecision::unitId, java.util.LinkedHashMap::new, Collectors.toList()));
        int units = 0;
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (var entry : byUnit.entrySet()) {
            TaggingInput input = input(entry.getKey(), index, cases);
            if (input == null) {
                continue;
            }
            units++;
            TagResult result = tagger.tag(input.text(), new TaggingContext(input.docType(), input.language(), false));
            Set<String> predicted = new HashSet<>();
            predicted.addAll(result.articles());
            predicted.addAll(result.crimeTypes());
            predicted.addAll(result.crossCutting());
            for (TagDecision d : entry.getValue()) {
                boolean given = predicted.contains(d.tag());
                if (d.decision().keeps()) {
                    if (given) {
                        tp++;
                    } else {
                        fn++;
                    }
                } else if (given) {
                    fp++;
                }
            }
        }
        return new Score(units, tp, fp, fn);
    }

    private record TaggingInput(String text, String language, String docType) {}

    private static TaggingInput input(String unitId, UnitTagApplier index, CaseRepository cases) {
        var record = cases.find(unitId);
        if (record.isPresent()) {
            CaseRecord c = record.get();
            String text = c.fields().summary() == null ? c.fields().title() : c.fields().summary();
            return new TaggingInput(text, c.fields().language() == null ? "en" : c.fields().language(), "case");
        }
        SolrDocument doc = index.stored(unitId);
        if (doc == null) {
            return null;
        }
        String language = (String) doc.getFieldValue(IndexFields.LANGUAGE);
        Object text = doc.getFieldValue(IndexFields.textField(language));
        List<String> parts = new ArrayList<>();
        if (text != null) {
            parts.add(text.toString());
        }
        return parts.isEmpty() ? null
                : new TaggingInput(parts.getFirst(), language, String.valueOf(doc.getFieldValue(IndexFields.DOC_TYPE)));
    }
}
