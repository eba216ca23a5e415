package org.mycroft.core.taxonomy;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The languages of the user interface and of every label: the rows of languages.tsv that have a
 * {@code ui_order}, in that order. The one place that lists them; the API's {@code lang}
 * parameter, the page's language menu, the label columns and the message bundles all follow it.
 */
public final class UiLanguages {

    /** Read when nothing else is asked for, and the fallback of a missing label. */
    public static final String DEFAULT = "en";

    private record Ui(String code, int order, boolean rtl, String articleFormat) {}

    private static final List<Ui> ALL = read();
    private static final List<String> CODES = ALL.stream().map(Ui::code).toList();
    private static final Set<String> RTL = Set.copyOf(ALL.stream().filter(Ui::rtl).map(Ui::code).toList());

    private UiLanguages() {}

    private static List<Ui> read() {
        List<Ui> out = new ArrayList<>();
        for (Map<String, String> row : Tsv.read("languages.tsv")) {
            String order = row.get("ui_order");
            if (order == null || order.isBlank()) {
                continue;
            }
            String where = "languages.tsv:" + row.get("#line") + ": ";
            String dir = row.get("dir");
            if (!dir.equals("rtl") && !dir.equals("ltr")) {
                throw new IllegalStateException(where + "dir must be rtl or ltr, got '" + dir + "'");
            }
            String format = row.get("article_format");
            if (!format.contains("{0}") || !format.contains("{1}")) {
                throw new IllegalStateException(where + "article_format needs {0} and {1}: " + format);
            }
            out.add(new Ui(row.get("code"), Integer.parseInt(order), dir.equals("rtl"), format));
        }
        out.sort(Comparator.comparingInt(Ui::order));
        if (out.stream().noneMatch(u -> u.code().equals(DEFAULT))) {
            throw new IllegalStateException("languages.tsv: the default UI language " + DEFAULT + " has no ui_order");
        }
        return List.copyOf(out);
    }

    /** The UI language codes in menu order (ar, zh, en, fr, ru, es). */
    public static List<String> codes() {
        return CODES;
    }

    public static boolean supports(String code) {
        return code != null && CODES.contains(code);
    }

    /** True for a language written right to left (Arabic): the page gets {@code dir="rtl"}. */
    public static boolean rightToLeft(String code) {
        return RTL.contains(code);
    }

    /** "ar, zh, en, fr, ru, es": for error messages that list the accepted values. */
    public static String listed() {
        return String.join(", ", CODES);
    }

    /** Normalizes a UI language ("fr-CA", "ES", "zh_Hans", null) to a supported code, else the default. */
    public static String normalize(String lang) {
        if (lang == null || lang.isBlank()) {
            return DEFAULT;
        }
        String l = lang.strip().toLowerCase(Locale.ROOT);
        int cut = l.indexOf('-') >= 0 ? l.indexOf('-') : l.indexOf('_');
        if (cut > 0) {
            l = l.substring(0, cut);
        }
        return CODES.contains(l) ? l : DEFAULT;
    }

    /** "UNTOC art. 18", "UNTOC第18条": an article named in lang ({@code number} may carry paragraphs). */
    static String articleName(String instrumentShortName, String number, String lang) {
        String l = normalize(lang);
        String format = ALL.stream().filter(u -> u.code().equals(l)).findFirst().orElseThrow().articleFormat();
        // Arguments are strings, so MessageFormat formats no number; the formats hold no apostrophe.
        return new MessageFormat(format, Locale.ROOT).format(new Object[] {instrumentShortName, number});
    }
}
