package org.mycroft.tagging;

/**
 * How {@link NeighbourTags} reads its neighbours; chosen by cross-validation on the non-blind passages
 * only ({@link NeighbourCrossValidation}), never on a blind set.
 *
 * @param k                  how many judged passages are read as neighbours
 * @param minScore           a tag is proposed when its Lucene kNN score (share of the k neighbours carrying
 *                           it, weighted by their similarity to the best one) reaches this
 * @param sameLanguage       neighbours only in the text's language (else any language: cognates such as
 *                           "extrad", "confis" are shared after truncation)
 * @param prefix             tokens are cut to this many letters, a stemmer that works in every Latin-script
 *                           language ("blanqueo", "blanqueen" → "blanqu")
 * @param signatureSupport   a word is one of a tag's signature words (the text needs one for the tag) when at
 *                           least this many passages carrying the tag have it ...
 * @param signaturePrecision ... and at least this share of the passages that have it carry the tag
 */
public record NeighbourParams(int k, double minScore, boolean sameLanguage, int prefix, int signatureSupport,
                              double signaturePrecision) {

    /** The values the fourth #10 round chose by cross-validation on the tune sets alone. */
    public static final NeighbourParams FOURTH_ROUND = new NeighbourParams(3, 0.7, false, 6);
    /**
     * The values chosen by cross-validation over the tune sets and the training files (sixth #10 round,
     * {@link NeighbourCrossValidation#choose}; the tagging README has the figures): three neighbours, a
     * score of 0.7, any language, 7-letter prefixes, and a signature word carried by at least two passages
     * of the tag.
     */
    public static final NeighbourParams DEFAULT = new NeighbourParams(3, 0.7, false, 7, 2, 0.6);

    public NeighbourParams {
        if (k < 1 || prefix < 3 || minScore <= 0 || minScore > 1 || signatureSupport < 1 || signaturePrecision < 0
                || signaturePrecision > 1) {
            throw new IllegalArgumentException("k >= 1, prefix >= 3, 0 < minScore <= 1, signatureSupport >= 1,"
                    + " 0 <= signaturePrecision <= 1");
        }
    }

    /** With the fourth round's signature rule (NeighbourTags.SIGNATURE_SUPPORT, SIGNATURE_PRECISION). */
    public NeighbourParams(int k, double minScore, boolean sameLanguage, int prefix) {
        this(k, minScore, sameLanguage, prefix, NeighbourTags.SIGNATURE_SUPPORT, NeighbourTags.SIGNATURE_PRECISION);
    }
}
