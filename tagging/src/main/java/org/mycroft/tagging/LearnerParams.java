package org.mycroft.tagging;

import java.util.Optional;

/**
 * How {@link TagLearner} reads and decides; chosen by cross-validation on the non-blind passages only
 * ({@link LearnerCrossValidation}), never on a blind set.
 *
 * @param prefix    tokens are cut to this many letters, as the neighbours cut them (a stemmer for every
 *                  Latin-script language)
 * @param bigrams   adjacent token pairs are features too ("proceed crime", "foreign state")
 * @param idf       features weighted by inverse document frequency, else binary; each text's vector has
 *                  length 1 either way
 * @param c         LIBLINEAR's cost: higher fits the training passages more closely (less regularisation)
 * @param threshold a tag is added when its probability reaches this
 */
public record LearnerParams(int prefix, boolean bigrams, boolean idf, double c, double threshold) {

    /**
     * The setting the tagger ships with, or empty when no setting met the adoption rule
     * ({@link LearnerCrossValidation#choose}) and the learner stays off. Chosen by {@code ./mycroft bench
     * tagging --cross-validate-learner} (seventh #10 round, 168 settings, 10 folds over the 1,771 non-blind
     * passages): 7-letter prefixes, words and adjacent pairs, binary weights, C 32, probability 0.3; it adds
     * 74 right and 10 wrong tags (0.881) beyond the rules and neighbours; the tagging README has the figures.
     */
    public static final Optional<LearnerParams> ADOPTED = Optional.of(new LearnerParams(7, true, false, 32, 0.3));

    public LearnerParams {
        if (prefix < 3 || c <= 0 || threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("prefix >= 3, c > 0, 0 < threshold <= 1");
        }
    }

    /** The same trained model read at another threshold (the cross-validation varies it without retraining). */
    public LearnerParams withThreshold(double t) {
        return new LearnerParams(prefix, bigrams, idf, c, t);
    }

    /** Whether two settings train the same model (they differ at most in the threshold). */
    boolean sameModel(LearnerParams o) {
        return prefix == o.prefix && bigrams == o.bigrams && idf == o.idf && c == o.c;
    }
}
