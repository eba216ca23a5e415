package org.mycroft.ingest.tagging;

import java.util.List;
import java.util.Set;

/**
 * A negation cue of negation.yaml: a match of a tag in scope that starts within window tokens after
 * the cue, in the same sentence, is dropped; the cue itself may imply articles (the
 * non-criminalization clause of smuggled migrants implies SOM-5).
 *
 * @param scope tags the cue cancels; null = every crime type
 */
record NegationCue(String ruleId, String phrase, int window, Set<String> scope, List<String> articles,
                   double confidence) {

    boolean cancels(PhraseRule r) {
        return scope == null ? r.isCrimeType() : scope.contains(r.tag());
    }
}
