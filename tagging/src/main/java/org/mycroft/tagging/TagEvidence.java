package org.mycroft.tagging;

/**
 * Why a tag was given.
 *
 * @param tag        the article / paragraph id, crime-type id or cross-cutting id
 * @param text       the matched text, as written in the tagged text
 * @param start      start offset of the match in the tagged text; -1 (and {@code end} -1) when the
 *                   passage is not in the text: a tag inherited from the law's title or heading,
 *                   whose {@code text} quotes that title, or one the nearest judged passages give
 *                   (rule {@code neighbours:knn})
 * @param end        end offset (exclusive) of the match in the tagged text
 * @param rule       the rule that fired: {@code crime-types.yaml:money-laundering:en:3} (file, tag,
 *                   language, 1-based position in that list), {@code negation.yaml:en:1},
 *                   {@code citations.yaml:explicit}, or {@code implied:<tag>} for an article implied
 *                   by a crime type or cross-cutting issue
 * @param confidence in [0, 1]
 */
public record TagEvidence(String tag, String text, int start, int end, String rule, double confidence) {}
