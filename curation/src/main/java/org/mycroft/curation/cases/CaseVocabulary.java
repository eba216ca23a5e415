package org.mycroft.curation.cases;

import java.util.List;

/** The closed lists of the cooperation-case fields (TAXONOMY.md, "Cooperation-case fields"). */
public final class CaseVocabulary {

    public static final List<String> COOPERATION_FORMS = List.of("mutual-legal-assistance", "extradition",
            "transfer-of-sentenced-persons", "confiscation-cooperation", "joint-investigation",
            "law-enforcement-cooperation", "other");
    public static final List<String> LEGAL_BASES = List.of("UNTOC", "bilateral-treaty", "regional-treaty", "domestic-law",
            "reciprocity", "other");
    public static final List<String> OUTCOMES = List.of("granted", "partly-granted", "refused", "pending", "withdrawn");
    /** Restricted fields every case form offers; a curator may add others. */
    public static final List<String> RESTRICTED_NAMES = List.of("victims", "witnesses");

    private CaseVocabulary() {}
}
