package org.mycroft.ingest.segmentation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the plain text of a law into provisions at heading lines numbered the way laws are
 * numbered in English, French and Spanish ("Section 12", "s. 462.31", "Article 225-4-1",
 * "Art. 5", "Artículo 177 bis", "§ 1591"). A line only counts as a heading when it is short or
 * the number is followed by a separator, so prose that merely cites "Article 5 of the
 * Convention" is not split. Fewer than two headings: the text stays one unit.
 */
public final class ProvisionSplitter {

    private static final String NUMBER = "(\\d+[A-Za-z]?(?:[.\\-]\\d+[A-Za-z]?)*(?:\\s+(?:bis|ter|quater|quinquies|sexies|septies|octies))?)";
    private static final Pattern HEADING = Pattern.compile(
            "^(?<kind>Section|Sec\\.|Article|Art\\.|Artículo|Articulo|ARTICLE|ARTÍCULO|SECTION|§|s\\.)\\s*"
                    + NUMBER.replace("(\\d", "(?<number>\\d")
                    + "(?<rest>.*)$",
            Pattern.MULTILINE);
    private static final Pattern SEPARATOR_START = Pattern.compile("^\\s*($|[.:\\-—–)]|\\s{2,})");
    private static final int MAX_HEADING_LINE = 160;
    private static final int MIN_PREAMBLE_CHARS = 300;
    private static final List<String> CITING_WORDS =
            List.of("of ", "de ", "del ", "du ", "des ", ",", "and ", "et ", "y ", "to ", "or ", "ou ", "o ", "shall", "applies");

    public List<Provision> split(String text) {
        List<int[]> starts = new ArrayList<>();
        List<Matcher> headings = new ArrayList<>();
        Matcher m = HEADING.matcher(text);
        while (m.find()) {
            if (isHeading(m)) {
                starts.add(new int[] {m.start(), m.end()});
                headings.add(HEADING.matcher(m.group()));
            }
        }
        if (starts.size() < 2) {
            return List.of();
        }
        List<Provision> provisions = new ArrayList<>();
        String preamble = text.substring(0, starts.getFirst()[0]).strip();
        if (preamble.length() >= MIN_PREAMBLE_CHARS) {
            provisions.add(new Provision("Preamble", "preamble", "", preamble, 0));
        }
        for (int i = 0; i < starts.size(); i++) {
            int start = starts.get(i)[0];
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            Matcher h = headings.get(i);
            h.find();
            String kind = normaliseKind(h.group("kind"));
            String number = h.group("number").replaceAll("\\s+", " ");
            String heading = h.group("rest").replaceFirst("^\\s*[.:\\-—–)]?\\s*", "").strip();
            String label = kind.equals("§") ? "§ " + number : kind + " " + number;
            provisions.add(new Provision(label, number, heading, text.substring(start, end).strip(), start));
        }
        return provisions;
    }

    private static boolean isHeading(Matcher m) {
        String rest = m.group("rest");
        String words = rest.strip().toLowerCase(java.util.Locale.ROOT);
        // "Article 5 of the Convention", "article 18 de la Convention": a citation, not a heading
        for (String citing : CITING_WORDS) {
            if (words.startsWith(citing)) {
                return false;
            }
        }
        return m.group().length() <= MAX_HEADING_LINE || SEPARATOR_START.matcher(rest).find();
    }

    private static String normaliseKind(String kind) {
        return switch (kind) {
            case "Sec.", "SECTION", "s." -> "Section";
            case "Art.", "ARTICLE" -> "Article";
            case "Articulo", "ARTÍCULO" -> "Artículo";
            default -> kind;
        };
    }
}
