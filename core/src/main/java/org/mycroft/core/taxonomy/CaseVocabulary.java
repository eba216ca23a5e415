package org.mycroft.core.taxonomy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The closed value lists of the cooperation-case fields ({@code cooperation_form}, {@code legal_basis},
 * {@code outcome}, {@code court_level}, {@code confiscation_type}) with their EN/FR/ES labels, read
 * from {@code case-fields.tsv} so the API, the pages and the samples accept exactly the same values.
 */
public final class CaseVocabulary {

    public static final String COOPERATION_FORM = "cooperation_form";
    public static final String LEGAL_BASIS = "legal_basis";
    public static final String OUTCOME = "outcome";
    public static final String COURT_LEVEL = "court_level";
    public static final String CONFISCATION_TYPE = "confiscation_type";
    /** The legal basis value that means "the Convention". */
    public static final String CONVENTION = "UNTOC";

    private static final CaseVocabulary INSTANCE = new CaseVocabulary();

    /** field -> id -> (lang -> label), in file order. */
    private final Map<String, Map<String, Map<String, String>>> values = new LinkedHashMap<>();

    private CaseVocabulary() {
        for (Map<String, String> row : Tsv.read("case-fields.tsv")) {
            values.computeIfAbsent(row.get("field"), f -> new LinkedHashMap<>())
                    .put(row.get("id"), Labels.of(row, "label"));
        }
    }

    public static CaseVocabulary get() {
        return INSTANCE;
    }

    public Set<String> fields() {
        return values.keySet();
    }

    /** The allowed ids of a field, in the documented order; empty for an unknown field. */
    public List<String> values(String field) {
        return List.copyOf(values.getOrDefault(field, Map.of()).keySet());
    }

    public boolean accepts(String field, String value) {
        return values.getOrDefault(field, Map.of()).containsKey(value);
    }

    public Optional<String> label(String field, String value, String lang) {
        Map<String, String> labels = values.getOrDefault(field, Map.of()).get(value);
        return labels == null ? Optional.empty() : Optional.of(Labels.pick(labels, lang));
    }
}
