package org.mycroft.core.taxonomy;

/**
 * The closed value lists of the cooperation-case fields ({@code cooperation_form}, {@code legal_basis},
 * {@code outcome}, {@code court_level}, {@code confiscation_type}) with their EN/FR/ES labels, read
 * from {@code case-fields.tsv} so the API, the pages and the samples accept exactly the same values.
 */
public final class CaseVocabulary extends FieldVocabulary {

    public static final String COOPERATION_FORM = "cooperation_form";
    public static final String LEGAL_BASIS = "legal_basis";
    public static final String OUTCOME = "outcome";
    public static final String COURT_LEVEL = "court_level";
    public static final String CONFISCATION_TYPE = "confiscation_type";
    /** The legal basis value that means "the Convention". */
    public static final String CONVENTION = "UNTOC";

    private static final CaseVocabulary INSTANCE = new CaseVocabulary();

    private CaseVocabulary() {
        super(Tsv.read("case-fields.tsv"));
    }

    public static CaseVocabulary get() {
        return INSTANCE;
    }
}
