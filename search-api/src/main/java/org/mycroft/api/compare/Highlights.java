package org.mycroft.api.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mycroft.api.unit.Units;
import org.mycroft.tagging.TagEvidence;

/**
 * The evidence passages of one article inside a provision's text: read from the stored
 * {@code tag_evidence} JSON, kept when their tag rolls up to the article (UNTOC-18.13 counts for
 * UNTOC-18), checked against the text, and turned into plain-text segments.
 */
public final class Highlights {

    private Highlights() {}

    /** A piece of text, marked when it is (part of) an evidence passage. */
    public record Segment(String text, boolean mark) {}

    /**
     * The evidence of {@code article} in {@code text}, by position. An entry whose offsets do not
     * match the text is re-located by its passage (first occurrence); one that cannot be found is
     * dropped: a wrong highlight would be worse than none.
     */
    public static List<CompareResult.Highlight> of(String evidenceJson, String article, String text) {
        if (evidenceJson == null || evidenceJson.isBlank() || text == null || text.isEmpty()) {
            return List.of();
        }
        List<CompareResult.Highlight> out = new ArrayList<>();
        for (TagEvidence e : Units.evidence(evidenceJson)) {
            if (e == null || e.tag() == null || !rollsUp(e.tag(), article)) {
                continue;
            }
            int start = e.start();
            int end = e.end();
            boolean valid = start >= 0 && end > start && end <= text.length()
                    && (e.text() == null || e.text().isEmpty() || text.substring(start, end).equals(e.text()));
            if (!valid && e.text() != null && !e.text().isBlank()) {
                start = text.indexOf(e.text());
                end = start + e.text().length();
                valid = start >= 0;
            }
            if (valid && out.stream().noneMatch(h -> h.tag().equals(e.tag()) && h.start() == e.start() && h.end() == e.end())) {
                out.add(new CompareResult.Highlight(start, end, e.tag(), text.substring(start, end), e.rule(), e.confidence()));
            }
        }
        out.sort(Comparator.comparingInt(CompareResult.Highlight::start).thenComparingInt(CompareResult.Highlight::end));
        return List.copyOf(out);
    }

    /** True when {@code tag} is {@code article} or one of its paragraphs. */
    public static boolean rollsUp(String tag, String article) {
        return tag.equals(article) || tag.startsWith(article + ".");
    }

    /** The text cut into plain segments, overlapping passages merged; nothing is escaped here. */
    public static List<Segment> segments(String text, List<CompareResult.Highlight> highlights) {
        if (text == null) {
            return List.of();
        }
        List<Segment> out = new ArrayList<>();
        int at = 0;
        int i = 0;
        List<CompareResult.Highlight> sorted = new ArrayList<>(highlights);
        sorted.sort(Comparator.comparingInt(CompareResult.Highlight::start));
        while (i < sorted.size()) {
            int start = Math.max(at, sorted.get(i).start());
            int end = sorted.get(i).end();
            i++;
            while (i < sorted.size() && sorted.get(i).start() <= end) {
                end = Math.max(end, sorted.get(i).end());
                i++;
            }
            start = Math.min(Math.max(start, 0), text.length());
            end = Math.min(end, text.length());
            if (end <= start) {
                continue;
            }
            if (start > at) {
                out.add(new Segment(text.substring(at, start), false));
            }
            out.add(new Segment(text.substring(start, end), true));
            at = end;
        }
        if (at < text.length()) {
            out.add(new Segment(text.substring(at), false));
        }
        return List.copyOf(out);
    }
}
