package org.mycroft.core.taxonomy;

import java.util.List;
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

    private final FieldValues values = new FieldValues();

    private CaseVocabulary() {
        Tsv.read("case-fields.tsv").forEach(values::add);
    }

    public static CaseVocabulary get() {
        return INSTANCE;
    }

    public Set<String> fields() {
        return values.fields();
    }

    /** The allowed ids of a field, in the documented order; empty for an unknown field. */
    public List<String> values(String field) {
        return values.values(field);
    }

    public boolean accepts(String field, String value) {
        return values.accepts(field, value);
    }

    public Optional<String> label(String field, String value, String lang) {
        return values.label(field, value, lang);
    }
}
