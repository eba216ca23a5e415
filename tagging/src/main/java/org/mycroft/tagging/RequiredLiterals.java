package org.mycroft.tagging;

import java.util.ArrayList;
import java.util.List;

/**
 * The literals a case-insensitive ({@code (?iu)}) alternation needs: one per alternative, the longest
 * run of plain characters that every match of that alternative contains. A text that holds none of
 * them, compared as the regex engine compares, cannot match, so the regex need not run (the
 * prefilter of grep-like engines). Runs end at anything that is not a plain character: an optional
 * or repeated character is left out ("tel(?:le)?s? que" needs "tel" or " que", never "tels que"), a
 * group or a class is skipped ("is (?:strictly )?prohibited" needs "prohibited", never "is strictly").
 *
 * <p>Compared as {@code (?iu)} compares: a text char matches a pattern char when both read the same
 * after {@link #fold}, the upper-then-lower case mapping {@link java.util.regex.Pattern} applies. So
 * "ıs liable" (dotless i) and "ſtrafbaar" (long s) count, as they do for the regex; a plain
 * {@code toLowerCase} would miss them and skip a real match.
 */
final class RequiredLiterals {

    /** Runs shorter than this are in nearly every text: they would filter nothing. */
    private static final int MIN_LENGTH = 3;

    private final String[] literals;

    private RequiredLiterals(String[] literals) {
        this.literals = literals;
    }

    /**
     * The literals of an alternation, or null when some alternative has no run of {@value #MIN_LENGTH}
     * or more plain characters (the regex must then always run).
     */
    static RequiredLiterals of(String alternation) {
        List<String> found = new ArrayList<>();
        for (String alternative : topLevelAlternatives(alternation)) {
            String literal = longestRun(alternative);
            if (literal == null) {
                return null;
            }
            found.add(literal);
        }
        // A literal containing another is redundant: where it occurs, the shorter one occurs too.
        List<String> minimal = new ArrayList<>();
        for (String l : found) {
            boolean redundant = found.stream().anyMatch(o -> !o.equals(l) && l.contains(o))
                    || minimal.contains(l);
            if (!redundant) {
                minimal.add(l);
            }
        }
        return new RequiredLiterals(minimal.toArray(String[]::new));
    }

    /** False only when the text cannot match the alternation. */
    boolean mayMatch(CharSequence text) {
        String folded = foldText(text);
        for (String literal : literals) {
            if (folded.indexOf(literal) >= 0) {
                return true;
            }
        }
        return false;
    }

    List<String> literals() {
        return List.of(literals);
    }

    /** The case mapping of {@code (?iu)}: a text char c matches a pattern char p when fold(c) == fold(p). */
    static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** {@link #fold} of every char, computed once: folding a text is then one table read per char. */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            FOLDED[c] = fold((char) c);
        }
    }

    private static String foldText(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = FOLDED[text.charAt(i)];
        }
        return new String(out);
    }

    /** The alternatives split at the '|' outside groups and classes. */
    static List<String> topLevelAlternatives(String regex) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int from = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        out.add(regex.substring(from));
        return out;
    }

    /** The longest run of plain characters every match of the alternative contains, folded; null when shorter than the minimum. */
    static String longestRun(String alternative) {
        if (alternative.contains("\\Q")) {
            return null; // quoted text: not worth reading here
        }
        String best = "";
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < alternative.length()) {
            char c = alternative.charAt(i);
            int next;
            if (c == '\\') {
                next = afterEscape(alternative, i);
                if (next < 0) {
                    return null;
                }
            } else if (c == '(') {
                if (alternative.startsWith("(?", i) && i + 2 < alternative.length() && ":=!<>".indexOf(alternative.charAt(i + 2)) < 0) {
                    return null; // inline flags ((?x), (?-i)) change how what follows reads
                }
                next = closing(alternative, i) + 1;
                if (next <= 0) {
                    return null;
                }
            } else if (c == '[') {
                next = closing(alternative, i) + 1;
                if (next <= 0) {
                    return null;
                }
            } else if (c == '?' || c == '*' || c == '+' || c == '{') {
                // the previous char may be absent or repeated: it ends the run, without it
                if (!run.isEmpty()) {
                    run.setLength(run.length() - 1);
                }
                best = longer(best, run);
                run.setLength(0);
                i = c == '{' ? alternative.indexOf('}', i) + 1 : i + 1;
                if (i <= 0) {
                    return null;
                }
                continue;
            } else if (c == '.' || c == '^' || c == '$' || c == ')' || c == '|' || Character.isSurrogate(c)
                    || fold(fold(c)) != fold(c)) {
                best = longer(best, run);
                run.setLength(0);
                i++;
                continue;
            } else {
                run.append(fold(c));
                i++;
                continue;
            }
            // an escape, a group or a class: not plain; a quantifier after it belongs to it
            best = longer(best, run);
            run.setLength(0);
            i = next;
            if (i < alternative.length() && "?*+{".indexOf(alternative.charAt(i)) >= 0) {
                i = alternative.charAt(i) == '{' ? alternative.indexOf('}', i) + 1 : i + 1;
                if (i <= 0) {
                    return null;
                }
                if (i < alternative.length() && (alternative.charAt(i) == '?' || alternative.charAt(i) == '+')) {
                    i++; // lazy or possessive
                }
            }
        }
        best = longer(best, run);
        return best.length() >= MIN_LENGTH ? best : null;
    }

    private static String longer(String best, CharSequence run) {
        return run.length() > best.length() ? run.toString() : best;
    }

    /** Index after an escape starting at i ({@code \b}, {@code \p{L}}, {@code \.}); -1 when malformed. */
    private static int afterEscape(String s, int i) {
        if (i + 1 >= s.length()) {
            return -1;
        }
        char e = s.charAt(i + 1);
        if ((e == 'p' || e == 'P') && i + 2 < s.length() && s.charAt(i + 2) == '{') {
            int close = s.indexOf('}', i + 2);
            return close < 0 ? -1 : close + 1;
        }
        return i + 2;
    }

    /**
     * Index of the bracket closing the '(' or '[' at i; -1 when there is none. Classes nest
     * ([a-z&&[^b]]), and a class inside a group is skipped whole, so its brackets count for nothing.
     */
    private static int closing(String s, int i) {
        char open = s.charAt(i);
        char close = open == '(' ? ')' : ']';
        int depth = 0;
        for (int k = i; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '[' && open == '(') {
                k = closing(s, k);
                if (k < 0) {
                    return -1;
                }
            } else if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return k;
            }
        }
        return -1;
    }
}
