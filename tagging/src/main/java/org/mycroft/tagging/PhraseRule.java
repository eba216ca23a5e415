package org.mycroft.tagging;

import java.util.List;

/**
 * One phrase of crime-types.yaml or cross-cutting.yaml.
 *
 * @param family        "crime-types" or "cross-cutting"
 * @param tag           the crime-type or cross-cutting id
 * @param lang          language code of the list the phrase is in ("all" for every language)
 * @param ruleId        file:tag:lang:n (n is 1-based within that list)
 * @param phrase        the phrase as written in the file
 * @param confidence    confidence of a match
 * @param articles      articles this phrase implies instead of the taxonomy's (null: the taxonomy's)
 * @param requires      contexts that must all be present around the match
 * @param unless        contexts any of which cancels the match
 * @param mentionIf     contexts any of which make the match a mention, not a subject (a crime named as what
 *                      a reporting duty is about)
 * @param caseSensitive the matched text must equal one of the written forms exactly (acronyms: CITES, FIU)
 * @param paragraphInBody the phrase names the construction of its paragraph articles itself ("deemed to be in
 *                      that place of confinement": UNTOC-18.12), so they stand when it is matched in a law's body
 */
record PhraseRule(String family, String tag, String lang, String ruleId, String phrase, double confidence,
                  List<String> articles, List<NearContext> requires, List<NearContext> unless,
                  List<NearContext> mentionIf, boolean caseSensitive, List<String> literalForms, boolean paragraphInBody) {

    boolean isCrimeType() {
        return "crime-types".equals(family);
    }
}
