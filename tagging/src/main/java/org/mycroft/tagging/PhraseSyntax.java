package org.mycroft.tagging;

import java.util.ArrayList;
import java.util.List;

/**
 * The small phrase language of the rule files, compiled to token sequences.
 *
 * <pre>
 *   money laundering            words; matched whole-word on folded text (case, accents, hyphens ignored)
 *   group(s)                    a group in a word is optional: group, groups
 *   launder(ed|ing)             one alternative or nothing: launder, laundered, laundering
 *   {trafficking|traffic} in    one of the alternatives (each may hold several words)
 *   laundering of [the] proceeds  an optional part
 *   terroris*                   a word prefix (at least 3 characters before the star)
 *   贩运人口                     Han characters: one token each, so the phrase matches inside running text
 *   الاتجار بالأشخاص             Arabic: each word without its article and clitics ({@link ArabicClitics})
 * </pre>
 * A phrase expands to at most {@value #MAX_VARIANTS} token sequences.
 */
final class PhraseSyntax {

    static final int MAX_VARIANTS = 2048;

    /** One token of a compiled phrase: an exact folded word, or a prefix when prefix is true. */
    record Tok(String text, boolean prefix) {}

    private final String source;
    private final boolean keepCase;
    private int pos;

    private PhraseSyntax(String source, boolean keepCase) {
        this.source = source;
        this.keepCase = keepCase;
    }

    /** The written forms of a phrase with their letter case kept, words joined by one space. */
    static List<String> writtenForms(String phrase) {
        PhraseSyntax p = new PhraseSyntax(phrase.strip(), true);
        List<String> out = new ArrayList<>();
        for (List<Tok> v : p.sequence('\0')) {
            if (!v.isEmpty()) {
                out.add(String.join(" ", v.stream().map(Tok::text).toList()));
            }
        }
        return out;
    }

    /** Every token sequence the phrase stands for; IllegalArgumentException with a reason when malformed. */
    static List<List<Tok>> expand(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            throw new IllegalArgumentException("empty phrase");
        }
        PhraseSyntax p = new PhraseSyntax(phrase.strip(), false);
        List<List<Tok>> out = p.sequence('\0');
        if (p.pos < p.source.length()) {
            throw new IllegalArgumentException("unexpected '" + p.source.charAt(p.pos) + "' at " + p.pos + " in: " + phrase);
        }
        List<List<Tok>> nonEmpty = new ArrayList<>();
        for (List<Tok> v : out) {
            if (!v.isEmpty() && !nonEmpty.contains(v)) {
                nonEmpty.add(v);
            }
        }
        if (nonEmpty.isEmpty()) {
            throw new IllegalArgumentException("phrase matches nothing: " + phrase);
        }
        return nonEmpty;
    }

    /** Units up to a closing char ('}', ']', '|') or the end. */
    private List<List<Tok>> sequence(char closer) {
        List<List<Tok>> acc = new ArrayList<>();
        acc.add(List.of());
        while (pos < source.length()) {
            char c = source.charAt(pos);
            if (c == ' ') {
                pos++;
                continue;
            }
            if (c == '}' || c == ']' || c == '|') {
                if (closer == '\0') {
                    throw new IllegalArgumentException("unbalanced '" + c + "' in: " + source);
                }
                break;
            }
            List<List<Tok>> unit;
            if (c == '{') {
                pos++;
                unit = new ArrayList<>();
                while (true) {
                    unit.addAll(sequence('}'));
                    if (pos >= source.length()) {
                        throw new IllegalArgumentException("missing '}' in: " + source);
                    }
                    char e = source.charAt(pos++);
                    if (e == '}') {
                        break;
                    }
                    if (e != '|') {
                        throw new IllegalArgumentException("expected '|' or '}' in: " + source);
                    }
                }
            } else if (c == '[') {
                pos++;
                unit = new ArrayList<>(sequence(']'));
                if (pos >= source.length() || source.charAt(pos) != ']') {
                    throw new IllegalArgumentException("missing ']' in: " + source);
                }
                pos++;
                unit.add(List.of());
            } else {
                unit = word();
            }
            acc = product(acc, unit);
        }
        return acc;
    }

    /** A word with optional suffix groups and an optional trailing '*'. */
    private List<List<Tok>> word() {
        List<String> forms = new ArrayList<>();
        forms.add("");
        boolean prefix = false;
        while (pos < source.length()) {
            char c = source.charAt(pos);
            if (c == ' ' || c == '{' || c == '}' || c == '[' || c == ']' || c == '|') {
                break;
            }
            if (c == '*') {
                prefix = true;
                pos++;
                break;
            }
            if (c == '(') {
                int close = source.indexOf(')', pos);
                if (close < 0) {
                    throw new IllegalArgumentException("missing ')' in: " + source);
                }
                String[] alts = source.substring(pos + 1, close).split("\\|", -1);
                List<String> next = new ArrayList<>();
                for (String f : forms) {
                    next.add(f);
                    for (String a : alts) {
                        if (!a.isEmpty()) {
                            next.add(f + a);
                        }
                    }
                }
                forms = next;
                pos = close + 1;
                continue;
            }
            if (c == ')') {
                throw new IllegalArgumentException("unbalanced ')' in: " + source);
            }
            for (int i = 0; i < forms.size(); i++) {
                forms.set(i, forms.get(i) + c);
            }
            pos++;
        }
        List<List<Tok>> out = new ArrayList<>();
        for (String f : forms) {
            String folded = keepCase ? f.strip() : NormalizedText.fold(f).strip();
            if (folded.isEmpty()) {
                continue;
            }
            List<Tok> toks = new ArrayList<>();
            List<String> words = new ArrayList<>(NormalizedText.words(folded));
            if (!keepCase) {
                words.replaceAll(ArabicClitics::canonical);
            }
            for (int i = 0; i < words.size(); i++) {
                boolean isPrefix = prefix && i == words.size() - 1;
                if (isPrefix && (words.get(i).length() < 3 || words.get(i).charAt(0) == NormalizedText.GAP)) {
                    throw new IllegalArgumentException("prefix '" + words.get(i) + "*' is shorter than 3 characters in: " + source);
                }
                toks.add(new Tok(words.get(i), isPrefix));
            }
            if (!toks.isEmpty()) {
                out.add(toks);
            }
        }
        if (out.isEmpty()) {
            // Punctuation only (a comma between words): matches nothing, as punctuation is not a token.
            out.add(List.of());
        }
        return out;
    }

    private List<List<Tok>> product(List<List<Tok>> left, List<List<Tok>> right) {
        if (left.size() * right.size() > MAX_VARIANTS) {
            throw new IllegalArgumentException("phrase expands to more than " + MAX_VARIANTS + " variants: " + source);
        }
        List<List<Tok>> out = new ArrayList<>(left.size() * right.size());
        for (List<Tok> l : left) {
            for (List<Tok> r : right) {
                List<Tok> x = new ArrayList<>(l.size() + r.size());
                x.addAll(l);
                x.addAll(r);
                out.add(List.copyOf(x));
            }
        }
        return out;
    }
}
