package org.mycroft.tagging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tags of one text. The subject tags (articles, crime types, cross-cutting issues) say what the text
 * is about and are what compare, coverage and facets count; {@code mentions} are tag ids of any family
 * the text only names in passing (a crime in a list of predicate offences, the subject of the law
 * named in a short title): findable, never counted. A subject is never also a mention.
 * Lists are distinct and sorted: crime types, cross-cutting and mention ids alphabetically;
 * articles in treaty order (UNTOC, TIP, SOM, FP, then any other instrument alphabetically; then
 * article number; then paragraph), so UNTOC-5 comes before UNTOC-18 and UNTOC-18 before UNTOC-18.13.
 * Evidence is ordered by position in the text.
 */
public record TagResult(List<String> articles, List<String> crimeTypes, List<String> crossCutting,
                        List<TagEvidence> evidence, List<String> mentions) {

    private static final List<String> INSTRUMENT_ORDER = List.of("UNTOC", "TIP", "SOM", "FP");
    private static final Pattern ID = Pattern.compile("([A-Z]+)-(\\d+)((?:\\.[0-9a-z]+)*)");

    /** Treaty order for article and paragraph ids; malformed ids sort last, alphabetically. */
    public static final Comparator<String> ARTICLE_ORDER = TagResult::compareArticles;

    /** Passages of the text first, in order; evidence from outside the text (the law's title) last. */
    private static final Comparator<TagEvidence> EVIDENCE_ORDER = Comparator.comparing((TagEvidence e) -> e.start() < 0)
            .thenComparingInt(TagEvidence::start)
            .thenComparingInt(TagEvidence::end)
            .thenComparing(TagEvidence::tag)
            .thenComparing(TagEvidence::rule);

    public TagResult {
        articles = sortedDistinct(articles, ARTICLE_ORDER);
        crimeTypes = sortedDistinct(crimeTypes, Comparator.naturalOrder());
        crossCutting = sortedDistinct(crossCutting, Comparator.naturalOrder());
        List<TagEvidence> ev = new ArrayList<>(evidence == null ? List.of() : evidence);
        ev.sort(EVIDENCE_ORDER);
        evidence = List.copyOf(ev);
        List<String> subjects = new ArrayList<>(articles);
        subjects.addAll(crimeTypes);
        subjects.addAll(crossCutting);
        List<String> onlyMentioned = new ArrayList<>(mentions == null ? List.of() : mentions);
        onlyMentioned.removeAll(subjects);
        mentions = sortedDistinct(onlyMentioned, Comparator.naturalOrder());
    }

    /** Subject tags only, nothing mentioned. */
    public TagResult(List<String> articles, List<String> crimeTypes, List<String> crossCutting, List<TagEvidence> evidence) {
        this(articles, crimeTypes, crossCutting, evidence, List.of());
    }

    public static TagResult empty() {
        return new TagResult(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Union of both results (e.g. a provision's heading and its body). */
    public TagResult merge(TagResult other) {
        if (other == null) {
            return this;
        }
        List<String> a = new ArrayList<>(articles);
        a.addAll(other.articles);
        List<String> c = new ArrayList<>(crimeTypes);
        c.addAll(other.crimeTypes);
        List<String> x = new ArrayList<>(crossCutting);
        x.addAll(other.crossCutting);
        List<TagEvidence> e = new ArrayList<>(evidence);
        e.addAll(other.evidence);
        List<String> m = new ArrayList<>(mentions);
        m.addAll(other.mentions);
        return new TagResult(a, c, x, e, m);
    }

    /** True when the text has no subject tag (it may still mention some). */
    public boolean isEmpty() {
        return articles.isEmpty() && crimeTypes.isEmpty() && crossCutting.isEmpty();
    }

    /** Every subject tag of the three families. */
    public List<String> subjects() {
        List<String> all = new ArrayList<>(articles);
        all.addAll(crimeTypes);
        all.addAll(crossCutting);
        return all;
    }

    /**
     * The same text read as naming its tags in passing only (a short title, a transitional clause):
     * every subject tag becomes a mention, the evidence stays.
     */
    public TagResult asMentions() {
        List<String> m = new ArrayList<>(mentions);
        m.addAll(subjects());
        return new TagResult(List.of(), List.of(), List.of(), evidence, m);
    }

    /** Evidence for one tag. */
    public List<TagEvidence> evidenceFor(String tag) {
        return evidence.stream().filter(e -> e.tag().equals(tag)).toList();
    }

    private static List<String> sortedDistinct(Collection<String> in, Comparator<String> order) {
        if (in == null || in.isEmpty()) {
            return List.of();
        }
        TreeSet<String> s = new TreeSet<>(order);
        for (String v : in) {
            if (v != null) {
                s.add(v);
            }
        }
        return List.copyOf(s);
    }

    private static int compareArticles(String a, String b) {
        Matcher ma = ID.matcher(a);
        Matcher mb = ID.matcher(b);
        boolean okA = ma.matches();
        boolean okB = mb.matches();
        if (!okA || !okB) {
            return okA == okB ? a.compareTo(b) : (okA ? -1 : 1);
        }
        int ia = rank(ma.group(1));
        int ib = rank(mb.group(1));
        if (ia != ib) {
            return Integer.compare(ia, ib);
        }
        if (ia == INSTRUMENT_ORDER.size()) {
            int c = ma.group(1).compareTo(mb.group(1));
            if (c != 0) {
                return c;
            }
        }
        int c = Integer.compare(Integer.parseInt(ma.group(2)), Integer.parseInt(mb.group(2)));
        if (c != 0) {
            return c;
        }
        String[] pa = ma.group(3).isEmpty() ? new String[0] : ma.group(3).substring(1).split("\\.");
        String[] pb = mb.group(3).isEmpty() ? new String[0] : mb.group(3).substring(1).split("\\.");
        for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
            boolean na = pa[i].chars().allMatch(Character::isDigit);
            boolean nb = pb[i].chars().allMatch(Character::isDigit);
            int d = na && nb ? Integer.compare(Integer.parseInt(pa[i]), Integer.parseInt(pb[i]))
                    : (na != nb ? (na ? -1 : 1) : pa[i].compareTo(pb[i]));
            if (d != 0) {
                return d;
            }
        }
        return Integer.compare(pa.length, pb.length);
    }

    private static int rank(String instrument) {
        int i = INSTRUMENT_ORDER.indexOf(instrument);
        return i < 0 ? INSTRUMENT_ORDER.size() : i;
    }
}
