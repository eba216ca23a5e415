package org.mycroft.ingest.evaluation;

import java.util.List;

/**
 * The judged provisions of one real law.
 *
 * @param law the file name of the law without its extension ({@code nl-opiumwet-nl})
 * @param set {@code tune} (rules may be changed after looking at its errors) or {@code blind}
 *            (scored, never looked at provision by provision, never tuned on)
 */
public record JudgedLaw(String law, String set, List<ProvisionJudgement> judgements) {

    public static final String TUNE = "tune";
    public static final String BLIND = "blind";

    public JudgedLaw {
        judgements = List.copyOf(judgements);
    }

    public boolean blind() {
        return BLIND.equals(set);
    }
}
