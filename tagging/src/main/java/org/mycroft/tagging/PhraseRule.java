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
 * @param caseSensitive the matched text must equal one of the written forms exactly (acronyms: CITES, FIU)
 */
record PhraseRule(String family, String tag, String lang, String ruleId, String phrase, double confidence,
                  List<String> articles, List<NearContext> requires, List<NearContext> unless,
                  boolean caseSensitive, List<String> literalForms) {

    boolean isCrimeType() {
        return "crime-types".equals(family);
    }
}
