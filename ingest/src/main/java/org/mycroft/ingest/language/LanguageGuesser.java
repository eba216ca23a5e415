package org.mycroft.ingest.language;

import java.util.Optional;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageConfidence;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Language of a piece of text (ISO 639-1), from Optimaize n-gram profiles. Short or mixed
 * text gives no answer rather than a wrong one. The models load once (about half a second).
 */
public final class LanguageGuesser {

    private static final int MIN_CHARS = 40;
    private static final int SAMPLE_CHARS = 3_000;
    private final LanguageDetector detector;

    public LanguageGuesser() {
        detector = new OptimaizeLangDetector().loadModels();
    }

    public synchronized Optional<String> guess(String text) {
        if (text == null || text.strip().length() < MIN_CHARS) {
            return Optional.empty();
        }
        detector.reset();
        // A few thousand characters settle the language; reading a whole statute only costs time.
        detector.addText(text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text);
        LanguageResult result = detector.detect();
        if (result.isUnknown() || result.getConfidence() == LanguageConfidence.LOW
                || result.getConfidence() == LanguageConfidence.NONE) {
            return Optional.empty();
        }
        return Optional.of(result.getLanguage());
    }
}
