package org.mycroft.ingest.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageConfidence;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Language of a piece of text (ISO 639-1), from Optimaize n-gram profiles. Short or mixed
 * text gives no answer rather than a wrong one. The models load once per JVM (about half a
 * second) and are shared; each thread has its own small detector around them, so parallel
 * ingest workers never wait for each other here.
 */
public final class LanguageGuesser {

    private static final int MIN_CHARS = 40;
    /** A Chinese character is about a word: a short provision of 15 of them is plenty to tell. */
    private static final int MIN_CHARS_HAN = 15;
    private static final int SAMPLE_CHARS = 3_000;
    private final ThreadLocal<LanguageDetector> detectors =
            ThreadLocal.withInitial(() -> new OptimaizeLangDetector().loadModels());

    public LanguageGuesser() {
        detectors.get(); // load the shared models now, not in the middle of the first document
    }

    /** Detectors restricted to a few languages, per thread, built on first use of each set. */
    private final ThreadLocal<Map<Set<String>, LanguageDetector>> restricted = ThreadLocal.withInitial(HashMap::new);

    public Optional<String> guess(String text) {
        return detect(detectors.get(), text);
    }

    /**
     * The language of a text known to be one of {@code candidates} (the parts of a bilingual law):
     * a far smaller model than all seventy languages, so cheaper per call and never a third language.
     */
    public Optional<String> guessAmong(String text, Set<String> candidates) {
        LanguageDetector detector = restricted.get().computeIfAbsent(Set.copyOf(candidates), set -> {
            try {
                return new OptimaizeLangDetector().loadModels(modelNames(set));
            } catch (IOException e) {
                throw new UncheckedIOException("Language models not loaded for " + set, e);
            }
        });
        return detect(detector, text);
    }

    /** Optimaize has two Chinese profiles, zh-CN and zh-TW; the index knows one language, zh. */
    private static Set<String> modelNames(Set<String> codes) {
        Set<String> names = new java.util.HashSet<>(codes);
        if (names.remove("zh")) {
            names.add("zh-CN");
            names.add("zh-TW");
        }
        return names;
    }

    private static Optional<String> detect(LanguageDetector detector, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String stripped = text.strip();
        boolean han = stripped.codePoints().limit(200).anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        if (stripped.length() < (han ? MIN_CHARS_HAN : MIN_CHARS)) {
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
        // ISO 639-1 only: "zh-CN" and "zh-TW" are both Chinese, zh.
        String code = result.getLanguage();
        int dash = code.indexOf('-');
        return Optional.of(dash > 0 ? code.substring(0, dash) : code);
    }
}
