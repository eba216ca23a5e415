package org.mycroft.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.core.taxonomy.DocType;

/**
 * Explicit citations of the Convention and its Protocols, from the vocabulary of citations.yaml:
 * "article 18, paragraph 13, of the Convention" → UNTOC-18.13; "articles 5 and 6 of the Convention"
 * → UNTOC-5, UNTOC-6; "art. 3(a) of the Trafficking in Persons Protocol" → TIP-3 (lettered
 * sub-paragraphs are dropped, numbered ones kept: "18(13)" → UNTOC-18.13); "paragraphe 13 de
 * l'article 18 de la Convention …" → UNTOC-18.13; "artículo 16 de la Convención" → UNTOC-16.
 *
 * <p>An article reference counts only when an instrument follows it (after connector words such as
 * "of the", "de la", "del") or, for a specific name, directly precedes it ("UNTOC art. 5"). A bare
 * "article 5" or "article 6 of this Act" is the national law's own article and is ignored. A generic
 * "the Convention" is read as UNTOC in cases and reference texts unless the text names another
 * convention and not UNTOC; in legislation only when the text itself names UNTOC or one of its
 * Protocols. A generic "the Protocol" is read as the one Protocol the text names, if exactly one.
 */
final class CitationParser {

    /** A cited article or paragraph, with original offsets. */
    record Citation(String articleId, int start, int end, String rule, double confidence) {}

    static final String GENERIC_CONVENTION = "*convention";
    static final String GENERIC_PROTOCOL = "*protocol";
    static final String OTHER = "*other";

    private static final String NUM = "\\d{1,3}(?:\\s?\\(\\s?[0-9a-z]{1,4}\\s?\\))*";
    private static final Pattern NUM_OR_WORD = Pattern.compile("(\\d{1,3})((?:\\s?\\(\\s?[0-9a-z]{1,4}\\s?\\))*)|([a-z]+)");
    private static final Pattern PAREN = Pattern.compile("\\(\\s?([0-9a-z]{1,4})\\s?\\)");
    private static final int MAX_RANGE = 40;
    private static final int MAX_CONNECTORS = 5;

    private final Taxonomy taxonomy;
    private final Pattern reference;
    /** The first word of every article and paragraph word: a reference can only start at such a token. */
    private final Set<String> referenceStarts;
    private final Set<String> rangeWords;
    private final Set<String> connectors;
    private final Set<String> notGenericAfter;
    private final TokenTrie<String> instruments;
    private final Set<String> specificIds;
    private final double confSpecific;
    private final double confGeneric;
    private final double confProtocol;

    CitationParser(Taxonomy taxonomy, List<String> articleWords, List<String> paragraphWords, List<String> listWords,
                   List<String> rangeWords, List<String> paragraphOf, Set<String> connectors,
                   Set<String> notGenericAfter, TokenTrie<String> instruments, Set<String> specificIds,
                   double confSpecific, double confGeneric, double confProtocol) {
        this.taxonomy = taxonomy;
        this.rangeWords = fold(rangeWords);
        this.connectors = fold(connectors);
        this.notGenericAfter = fold(notGenericAfter);
        this.instruments = instruments;
        this.specificIds = Set.copyOf(specificIds);
        this.confSpecific = confSpecific;
        this.confGeneric = confGeneric;
        this.confProtocol = confProtocol;
        this.referenceStarts = firstTokens(articleWords, paragraphWords);
        String art = alternation(articleWords);
        String para = alternation(paragraphWords);
        Set<String> sepWords = new LinkedHashSet<>(fold(listWords));
        String listW = alternation(new ArrayList<>(sepWords));
        String rangeW = alternation(new ArrayList<>(this.rangeWords));
        String list = NUM + "(?:(?:\\s?,\\s?(?:" + listW + "\\s)?|\\s(?:" + listW + "|" + rangeW + ")\\s)" + NUM + ")*";
        String of = alternation(paragraphOf);
        this.reference = Pattern.compile("(?<![\\p{L}\\p{N}])"
                + "(?:(?<p1>" + para + ")\\s?(?<pl1>" + list + ")\\s(?:" + of + ")\\s(?:(?:the|l|la|el)\\s)?)?"
                + "(?<a>" + art + ")\\s?(?<al>" + list + ")"
                + "(?:\\s?,?\\s?(?<p2>" + para + ")\\s?(?<pl2>" + list + "))?");
    }

    private static Set<String> fold(Iterable<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(NormalizedText.fold(w).strip());
        }
        return Set.copyOf(out);
    }

    private static Set<String> firstTokens(List<String> articleWords, List<String> paragraphWords) {
        Set<String> out = new HashSet<>();
        for (List<String> words : List.of(articleWords, paragraphWords)) {
            for (String w : words) {
                NormalizedText folded = new NormalizedText(w);
                if (folded.tokenCount == 0 || folded.tokStart[0] != 0) {
                    throw new IllegalArgumentException("citations.yaml: a reference word must start with a letter: " + w);
                }
                out.add(folded.tokens[0]);
            }
        }
        return Set.copyOf(out);
    }

    /** Regex alternation of folded words, longest first; a word ending in a letter gets a right boundary. */
    private static String alternation(List<String> words) {
        List<String> ws = new ArrayList<>();
        for (String w : words) {
            String f = NormalizedText.fold(w).strip();
            if (!f.isEmpty() && !ws.contains(f)) {
                ws.add(f);
            }
        }
        ws.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder sb = new StringBuilder("(?:");
        for (int i = 0; i < ws.size(); i++) {
            if (i > 0) {
                sb.append('|');
            }
            String w = ws.get(i);
            sb.append(Pattern.quote(w));
            if (Character.isLetterOrDigit(w.charAt(w.length() - 1))) {
                sb.append("(?![\\p{L}\\p{N}])");
            }
        }
        return sb.append(')').toString();
    }

    /** Instruments named anywhere in the text, and whether another convention is named. */
    private record Named(Set<String> specific, boolean otherConvention) {}

    private Named scanNamed(NormalizedText nt) {
        Set<String> specific = new HashSet<>();
        boolean other = false;
        int t = 0;
        while (t < nt.tokenCount) {
            Object[] m = instruments.longestAt(nt, t, nt.tokenCount, null);
            if (m == null) {
                t++;
                continue;
            }
            int end = (Integer) m[0];
            String v = (String) m[1];
            if (specificIds.contains(v)) {
                specific.add(v);
            } else if (OTHER.equals(v)) {
                other = true;
            } else if (GENERIC_CONVENTION.equals(v) && continuesName(nt, end)) {
                other = true;
            }
            t = end;
        }
        return new Named(specific, other);
    }

    /**
     * Whether the word after a generic "Convention" makes it another convention ("Convention on …",
     * "Convention des Nations Unies contre la corruption"). A word of the next sentence does not:
     * "… l'article 21 de la Convention. Des intervenants …" cites UNTOC.
     */
    private boolean continuesName(NormalizedText nt, int end) {
        return end < nt.tokenCount && nt.sentence[end] == nt.sentence[end - 1] && notGenericAfter.contains(nt.tokens[end]);
    }

    List<Citation> parse(NormalizedText nt, TaggingContext ctx) {
        if (ctx != null && ctx.instrumentText()) {
            return List.of();
        }
        List<Citation> out = new ArrayList<>();
        Matcher m = reference.matcher(nt.folded).useTransparentBounds(true).useAnchoringBounds(false);
        Named named = null;
        int searchFrom = 0;
        // The pattern is only tried where a reference word starts (what find() would reach, minus
        // the character-by-character scan, which cost more than the rest of tagging together).
        for (int t = 0; t < nt.tokenCount; t++) {
            if (nt.tokStart[t] < searchFrom || !referenceStarts.contains(nt.tokens[t])) {
                continue;
            }
            m.region(nt.tokStart[t], nt.folded.length());
            if (!m.lookingAt()) {
                continue;
            }
            searchFrom = m.end();
            if (named == null) {
                named = scanNamed(nt);
            }
            Resolved r = resolveAfter(nt, m.end(), named, ctx);
            if (r == null) {
                r = resolveBefore(nt, m.start("a"));
            }
            if (r == null) {
                continue;
            }
            int start = nt.origStartOf(m.start());
            int end = nt.origEndOf(r.foldedEnd > m.end() ? r.foldedEnd : m.end());
            for (String id : ids(r.instrument, m)) {
                out.add(new Citation(id, start, end, r.rule, r.confidence));
            }
        }
        return out;
    }

    private record Resolved(String instrument, int foldedEnd, String rule, double confidence) {}

    /** The instrument named after the reference ("… of the Convention"), or null. */
    private Resolved resolveAfter(NormalizedText nt, int foldedPos, Named named, TaggingContext ctx) {
        int t = nt.tokenAtOrAfter(foldedPos);
        int skipped = 0;
        while (t < nt.tokenCount && skipped < MAX_CONNECTORS && connectors.contains(nt.tokens[t])) {
            t++;
            skipped++;
        }
        if (t >= nt.tokenCount) {
            return null;
        }
        // Nothing but connectors, spaces and commas between the reference and the instrument.
        int gapStart = foldedPos;
        int gapEnd = nt.tokStart[t];
        for (int k = gapStart; k < gapEnd; k++) {
            char c = nt.folded.charAt(k);
            if (!(Character.isLetterOrDigit(c) || c == ' ' || c == ',')) {
                return null;
            }
        }
        Object[] hit = instruments.longestAt(nt, t, nt.tokenCount, null);
        if (hit == null) {
            return null;
        }
        int end = (Integer) hit[0];
        String v = (String) hit[1];
        int foldedEnd = nt.tokEnd[end - 1];
        if (specificIds.contains(v)) {
            return new Resolved(v, foldedEnd, "citations.yaml:explicit", confSpecific);
        }
        if (GENERIC_CONVENTION.equals(v)) {
            if (continuesName(nt, end)) {
                return null; // "the Convention on …": another convention
            }
            boolean legislation = ctx != null && DocType.LEGISLATION.id().equalsIgnoreCase(ctx.docType());
            boolean untocNamed = named.specific().contains("UNTOC");
            boolean familyNamed = untocNamed || named.specific().stream().anyMatch(s -> !s.equals("UNTOC"));
            if (legislation ? !familyNamed : (named.otherConvention() && !untocNamed)) {
                return null;
            }
            return new Resolved("UNTOC", foldedEnd, "citations.yaml:generic-convention", confGeneric);
        }
        if (GENERIC_PROTOCOL.equals(v)) {
            Set<String> protocols = new HashSet<>(named.specific());
            protocols.remove("UNTOC");
            if (protocols.size() != 1) {
                return null;
            }
            return new Resolved(protocols.iterator().next(), foldedEnd, "citations.yaml:generic-protocol", confProtocol);
        }
        return null;
    }

    /** A specific instrument name directly before the reference ("UNTOC art. 18"), or null. */
    private Resolved resolveBefore(NormalizedText nt, int foldedArticleStart) {
        int tArt = nt.tokenAtOrAfter(foldedArticleStart);
        if (tArt >= nt.tokenCount || tArt == 0) {
            return null;
        }
        for (int st = tArt - 1; st >= Math.max(0, tArt - 16); st--) {
            if (nt.sentence[st] != nt.sentence[tArt]) {
                break;
            }
            Object[] hit = instruments.longestAt(nt, st, tArt, null);
            if (hit != null && (Integer) hit[0] == tArt && specificIds.contains((String) hit[1])) {
                // Only spaces and commas between the name and the article word.
                for (int k = nt.tokEnd[tArt - 1]; k < nt.tokStart[tArt]; k++) {
                    char c = nt.folded.charAt(k);
                    if (c != ' ' && c != ',') {
                        return null;
                    }
                }
                return new Resolved((String) hit[1], nt.tokEnd[tArt - 1], "citations.yaml:instrument-first", confSpecific);
            }
        }
        return null;
    }

    /** Article / paragraph ids of one reference, validated against the taxonomy. */
    private List<String> ids(String instrument, Matcher m) {
        List<int[]> arts = numbers(m.group("al"));
        String pl = m.group("pl1") != null ? m.group("pl1") : m.group("pl2");
        List<int[]> paras = pl == null ? List.of() : numbers(pl);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < arts.size(); i++) {
            int[] a = arts.get(i);
            String base = instrument + "-" + a[0];
            if (!taxonomy.isValidArticleId(base)) {
                continue;
            }
            boolean last = i == arts.size() - 1;
            if (!paras.isEmpty() && last) {
                for (int[] p : paras) {
                    out.add(base + "." + p[0]);
                }
            } else if (a[1] > 0) {
                out.add(base + "." + a[1]);
            } else {
                out.add(base);
            }
        }
        return out;
    }

    /** Numbers of a list ("5, 6 and 8", "12 to 14", "18(13)") as {number, numbered parenthetical or 0}. */
    private List<int[]> numbers(String list) {
        List<int[]> out = new ArrayList<>();
        Matcher m = NUM_OR_WORD.matcher(list);
        boolean range = false;
        while (m.find()) {
            if (m.group(3) != null) {
                range = rangeWords.contains(m.group(3));
                continue;
            }
            int n = Integer.parseInt(m.group(1));
            int paren = 0;
            Matcher p = PAREN.matcher(m.group(2));
            if (p.find() && p.group(1).chars().allMatch(Character::isDigit)) {
                paren = Integer.parseInt(p.group(1));
            }
            if (range && !out.isEmpty()) {
                int from = out.get(out.size() - 1)[0];
                for (int k = from + 1; k < n && k - from < MAX_RANGE; k++) {
                    out.add(new int[] {k, 0});
                }
            }
            out.add(new int[] {n, paren});
            range = false;
        }
        return out;
    }
}
