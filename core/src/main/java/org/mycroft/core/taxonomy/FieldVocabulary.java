package org.mycroft.core.taxonomy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Closed value lists of several fields, read from the rows of a TSV ({@code field}, {@code id},
 * {@code label_<lang>}…): the allowed ids of each field in file order, with their labels. The case
 * and the directory vocabularies are two of them.
 */
public abstract class FieldVocabulary {

    /** field -> id -> (lang -> label), in file order. */
    private final Map<String, Map<String, Map<String, String>>> byField = new LinkedHashMap<>();

    protected FieldVocabulary(List<Map<String, String>> rows) {
        for (Map<String, String> row : rows) {
            byField.computeIfAbsent(row.get("field"), f -> new LinkedHashMap<>()).put(row.get("id"), Labels.of(row, "label"));
        }
    }

    public Set<String> fields() {
        return byField.keySet();
    }

    /** The allowed ids of a field, in the documented order; empty for an unknown field. */
    public List<String> values(String field) {
        return List.copyOf(byField.getOrDefault(field, Map.of()).keySet());
    }

    public boolean accepts(String field, String value) {
        return byField.getOrDefault(field, Map.of()).containsKey(value);
    }

    public Optional<String> label(String field, String value, String lang) {
        Map<String, String> labels = byField.getOrDefault(field, Map.of()).get(value);
        return labels == null ? Optional.empty() : Optional.of(Labels.pick(labels, lang));
    }
}
