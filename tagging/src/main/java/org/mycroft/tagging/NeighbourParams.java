package org.mycroft.tagging;

/**
 * How {@link NeighbourTags} reads its neighbours; chosen by cross-validation on the tune passages
 * only ({@link NeighbourCrossValidation}), never on a blind set.
 *
 * @param k            how many judged passages are read as neighbours
 * @param minScore     a tag is proposed when its Lucene kNN score (share of the k neighbours carrying
 *                     it, weighted by their similarity to the best one) reaches this
 * @param sameLanguage neighbours only in the text's language (else any language: cognates such as
 *                     "extrad", "confis" are shared after truncation)
 * @param prefix       tokens are cut to this many letters, a stemmer that works in every Latin-script
 *                     language ("blanqueo", "blanqueen" → "blanqu")
 */
public record NeighbourParams(int k, double minScore, boolean sameLanguage, int prefix) {

    /** The values chosen by cross-validation (see the tagging README for the figures). */
    public static final NeighbourParams DEFAULT = new NeighbourParams(3, 0.7, false, 6);

    public NeighbourParams {
        if (k < 1 || prefix < 3 || minScore <= 0 || minScore > 1) {
            throw new IllegalArgumentException("k >= 1, prefix >= 3, 0 < minScore <= 1");
        }
    }
}
