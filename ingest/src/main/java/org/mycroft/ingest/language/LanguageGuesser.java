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
    private final LanguageDetector detector;

    public LanguageGuesser() {
        detector = new OptimaizeLangDetector().loadModels();
    }

    public synchronized Optional<String> guess(String text) {
        if (text == null || text.strip().length() < MIN_CHARS) {
            return Optional.empty();
        }
        detector.reset();
        detector.addText(text.length() > 20_000 ? text.substring(0, 20_000) : text);
        LanguageResult result = detector.detect();
        if (result.isUnknown() || result.getConfidence() == LanguageConfidence.LOW
                || result.getConfidence() == LanguageConfidence.NONE) {
            return Optional.empty();
        }
        return Optional.of(result.getLanguage());
    }
}
