package org.mycroft.tagging;

import java.util.ArrayList;
import java.util.List;

/**
 * The clitics Arabic writes attached to a word: the conjunctions و and ف, the prepositions ب, ل and
 * ك, and the article ال (ل + ال written لل). "والاتجار", "بالأشخاص", "لغسل", "للمهاجرين" are
 * "الاتجار", "الأشخاص", "غسل", "المهاجرين" with a clitic in front.
 *
 * <p>A phrase word is reduced to one {@link #canonical} form (without the article and what is
 * attached before it); a word of the text {@link #alternatives matches} as itself and as every form
 * left by removing a clitic sequence, so "بغسل" matches "غسل" while "فدية" (ransom) never reduces to
 * "دية" (blood money) on the phrase side. Both sides see folded text ({@link NormalizedText}: no
 * diacritics, ة read as ه, أ إ آ read as ا). A form keeps at least two letters.
 */
final class ArabicClitics {

    private ArabicClitics() {}

    private static final int MIN_STEM = 2;
    private static final String ARTICLE = "\u0627\u0644";          // ال
    private static final String LAM_ARTICLE = "\u0644\u0644";      // لل = ل + ال
    private static final String[] CONJUNCTIONS = {"", "\u0648", "\u0641"};       // و ف
    private static final String[] PREPOSITIONS = {"", "\u0628", "\u0644", "\u0643"}; // ب ل ك

    /** Every clitic sequence in front of a word, longest first. */
    private static final List<String> SEQUENCES = sequences(false);
    /** The sequences that end with the article: what a phrase word loses. */
    private static final List<String> ARTICLE_SEQUENCES = sequences(true);

    private static List<String> sequences(boolean articleOnly) {
        List<String> out = new ArrayList<>();
        for (String c : CONJUNCTIONS) {
            out.add(c + LAM_ARTICLE);
            for (String p : PREPOSITIONS) {
                out.add(c + p + ARTICLE);
                if (!articleOnly && !(c + p).isEmpty()) {
                    out.add(c + p);
                }
            }
        }
        out.sort((a, b) -> b.length() - a.length());
        return List.copyOf(out);
    }

    static boolean isArabic(String word) {
        return !word.isEmpty() && word.charAt(0) >= '\u0620' && word.charAt(0) <= '\u064a';
    }

    /** A phrase word without its article and what is attached before it ("بالأشخاص" → "اشخاص"). */
    static String canonical(String word) {
        if (!isArabic(word)) {
            return word;
        }
        for (String s : ARTICLE_SEQUENCES) {
            if (word.startsWith(s) && word.length() - s.length() >= MIN_STEM) {
                return word.substring(s.length());
            }
        }
        return word;
    }

    /**
     * The forms a word of the text matches as besides itself: without each clitic sequence it may
     * start with, and without a following article ("الالتزام" → "التزام" → "تزام", as a phrase word
     * "التزام" is reduced to "تزام"). Null when there is none (not Arabic, or nothing to remove).
     */
    static String[] alternatives(String word) {
        if (!isArabic(word) || word.length() <= MIN_STEM) {
            return null;
        }
        List<String> out = new ArrayList<>(4);
        for (String s : SEQUENCES) {
            if (word.startsWith(s) && word.length() - s.length() >= MIN_STEM) {
                add(out, word, word.substring(s.length()));
            }
        }
        for (int i = 0, n = out.size(); i < n; i++) {
            String f = out.get(i);
            if (f.startsWith(ARTICLE) && f.length() - ARTICLE.length() >= MIN_STEM) {
                add(out, word, f.substring(ARTICLE.length()));
            }
        }
        return out.isEmpty() ? null : out.toArray(String[]::new);
    }

    private static void add(List<String> out, String word, String form) {
        if (!form.equals(word) && !out.contains(form)) {
            out.add(form);
        }
    }
}
