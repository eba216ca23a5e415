package org.mycroft.curation.versions;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level diff of two texts of a provision (java-diff-utils, Myers' algorithm), as a list of
 * plain-text segments: kept, deleted, inserted. Pages escape the segments and wrap them in
 * {@code <del>} and {@code <ins>}; the JSON gives them as they are.
 */
public final class ProvisionDiff {

    /**
     * Words (letters and digits, in any script), runs of white space, and each other character on
     * its own; Chinese has no spaces between words, so each Han character is a token.
     */
    private static final Pattern TOKEN = Pattern.compile("\\p{IsHan}|[\\p{L}\\p{N}\\p{M}&&[^\\p{IsHan}]]+|\\s+|.", Pattern.DOTALL);

    public enum Kind { EQUAL, DELETE, INSERT }

    public record Segment(Kind kind, String text) {}

    private ProvisionDiff() {}

    public static List<Segment> words(String before, String after) {
        List<String> from = tokens(before);
        List<String> to = tokens(after);
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            int start = delta.getSource().getPosition();
            add(segments, Kind.EQUAL, from.subList(position, start));
            add(segments, Kind.DELETE, delta.getSource().getLines());
            add(segments, Kind.INSERT, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(segments, Kind.EQUAL, from.subList(position, from.size()));
        return List.copyOf(segments);
    }

    /** True when the two texts differ only in white space (no segment changed but blanks). */
    public static boolean changed(List<Segment> segments) {
        return segments.stream().anyMatch(s -> s.kind() != Kind.EQUAL && !s.text().isBlank());
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** Appends the tokens as one segment, merged with the last one when of the same kind. */
    private static void add(List<Segment> segments, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!segments.isEmpty() && segments.getLast().kind() == kind) {
            text = segments.removeLast().text() + text;
        }
        segments.add(new Segment(kind, text));
    }
}
