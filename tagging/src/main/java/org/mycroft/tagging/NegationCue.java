package org.mycroft.tagging;

import java.util.List;
import java.util.Set;

/**
 * A negation cue of negation.yaml: a match of a tag in scope within window tokens of the cue, in
 * the same sentence, is dropped; the match starts after the cue, or with {@code before} ends
 * before it ("L'étranger à l'égard duquel un tiers a facilité l'entrée … ne peut être poursuivi").
 * A cue that introduces a list ("The following conduct does not constitute a political offence:
 * (a) …; (d) kidnapping …") reaches {@code acrossSentences}, past the semicolons of its items.
 * The cue itself may imply articles (the non-criminalization clause of smuggled migrants implies SOM-5).
 *
 * @param scope  tags the cue cancels; null = every crime type
 * @param except tags whose constructions the cue never cancels: a predicate cue ("proceeds of crime")
 *               names the source of property, and a laundering construction that reads that property as
 *               its object ("… concealing or disguising the true nature", a phrase with a requires
 *               context) is the subject, not a predicate. The bare name stays cancelled: "Proceeds of
 *               Crime (Money Laundering) and Terrorist Financing Act" cites a law.
 */
record NegationCue(String ruleId, String phrase, int window, Set<String> scope, Set<String> except, List<String> articles,
                   double confidence, boolean before, boolean acrossSentences) {

    boolean cancels(PhraseRule r) {
        if (except.contains(r.tag()) && !r.requires().isEmpty()) {
            return false;
        }
        return scope == null ? r.isCrimeType() : scope.contains(r.tag());
    }

    /** Whether the match [start, end) falls in this cue's reach when the cue spans [cueStart, cueEnd). */
    boolean reaches(NormalizedText nt, int start, int end, int cueStart, int cueEnd) {
        if (before) {
            return end <= cueStart && cueStart - end <= window
                    && (acrossSentences || nt.sentence[end - 1] == nt.sentence[cueStart]);
        }
        return start >= cueEnd && start - cueEnd <= window
                && (acrossSentences || nt.sentence[start] == nt.sentence[cueEnd - 1]);
    }
}
