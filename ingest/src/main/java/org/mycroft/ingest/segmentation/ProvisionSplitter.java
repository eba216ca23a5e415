package org.mycroft.ingest.segmentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the plain text of a law into provisions at heading lines numbered the way laws are
 * numbered in English, French, Spanish and Dutch ("Section 12", "s. 462.31", "Article 225-4-1",
 * "Art. 5", "Artículo 177 bis", "§ 1591", "Artikel 3a"), plus schedules and annexes ("Schedule
 * II", "Lijst I") and an explicit preamble before an article 1 ("Preamble", "Preambule").
 *
 * <p>A line only counts as a heading when it is short or the number is followed by a separator,
 * and not when the words after the number cite it ("Article 5 of the Convention", "artikel 3 van
 * de wet"), so prose is not split. A heading alone on its line takes the next short line as its
 * heading text ("Article 3" / "Use of terms"). Division headings ("Part II", "Chapitre Ier",
 * "Hoofdstuk III", a lone "IV") end the provision before them and are not provisions; so are
 * "Section"/"§" headings that only title a group of articles (French codes, Dutch laws). When the
 * numbering starts again at 1 (a treaty followed by its translation) the title line of the
 * second text is not left at the end of the first text's last article.
 *
 * <p>Fewer than two headings: the text stays one unit, unless it is a single numbered section
 * under a short title ("Title 18 … § 1589. Forced labor").
 */
public final class ProvisionSplitter {

    /** "bis", "ter"… after a number, spaced or not ("177 bis", "324bis"), or one capital/letter ("3A", "188A"). */
    private static final String SUFFIX = "(?:\\s*(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)\\b"
            + "|[A-Za-z](?![a-z]))";
    private static final String NUMBER = "\\d+(?:er|re|\\.?[º°ª])?" + SUFFIX + "?(?:[.:\\-]\\d+" + SUFFIX + "?)*";
    private static final Pattern HEADING = Pattern.compile(
            "^(?<kind>Section|SECTION|Sec\\.|SEC\\.|s\\.|Article|ARTICLE|Art\\.|ART\\.|Artículo|Articulo|ARTÍCULO|ARTICULO"
                    + "|Artikel|ARTIKEL|§|Статья|СТАТЬЯ|المادة|مادة)\\s*(?<number>" + NUMBER + ")(?<rest>.*)$");
    /** Chinese articles: 第一条, 第191条, 第一百九十一条 (the number between 第 and 条). */
    private static final Pattern CHINESE_ARTICLE = Pattern.compile(
            "^第(?<number>[0-9一二三四五六七八九十百千零〇两]+)[条條](?<rest>.*)$");
    private static final int MAX_CHINESE_HEADING = 30;
    private static final Pattern ANNEX = Pattern.compile(
            "^(?<kind>Schedule|SCHEDULE|Annex|ANNEX|Annexe|ANNEXE|Anexo|ANEXO|Bijlage|BIJLAGE|Lijst|LIJST)"
                    + "(?:\\s+(?<number>[IVXLC]+|\\d+[A-Za-z]?))?(?<rest>\\s*(?:$|[.:—–\\-]\\s*.*))$");
    /** Spanish ordinals of final provisions: "primera" … "décima", "undécima", "decimotercera", "vigésima primera". */
    private static final String ORDINAL_UNIT = "primera|segunda|tercera|cuarta|quinta|sexta|séptima|septima|octava|novena";
    private static final String ORDINAL = "(?:única|unica|" + ORDINAL_UNIT + "|décima|decima|undécima|undecima|duodécima|duodecima"
            + "|d[eé]cimo(?:" + ORDINAL_UNIT + ")|(?:vigésima|vigesima|trigésima|trigesima|cuadragésima|cuadragesima)"
            + "(?:\\s+(?:" + ORDINAL_UNIT + "))?|\\d+\\.?ª?)";
    /**
     * Spanish final provisions: "Disposición adicional primera", "Disposición final única". The formula
     * is a heading whatever follows it: a long title ("Modificación de la Ley de Enjuiciamiento
     * Criminal, aprobada por …"), with or without a full stop, or the first sentence on the same line.
     */
    private static final Pattern DISPOSICION = Pattern.compile(
            "^(?<kind>Disposición|DISPOSICIÓN|Disposicion|DISPOSICION)\\s+(?<number>(?iu:(?:adicional|transitoria|derogatoria|final)"
                    + "\\s+" + ORDINAL + "))(?<rest>\\s*(?:$|[.:—–\\-]\\s*.*|\\s\\p{Lu}.*))$");
    /** A Spanish heading's title ends at the first sentence: "… del Código Penal. Se añade …". */
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.+?)\\.\\s+(?=[\\p{Lu}«\"“])");
    private static final int MAX_DISPOSICION_HEADING = 300;
    private static final Pattern PREAMBLE = Pattern.compile("^(?<kind>(?iu:pr[eé]amb(?:le|ule|ulo)))(?<rest>.*)$");
    private static final Pattern DIVISION = Pattern.compile(
            "^(?:(?:Part|PART|Chapter|CHAPTER|Chapitre|CHAPITRE|Titre|TITRE|Title|TITLE|Livre|LIVRE|Book|BOOK"
                    + "|Capítulo|CAPÍTULO|Capitulo|CAPITULO|Título|TÍTULO|Titulo|TITULO|Sección|SECCIÓN|Seccion|Libro|LIBRO"
                    + "|Hoofdstuk|HOOFDSTUK|Afdeling|AFDELING|Titel|TITEL|Paragraaf|PARAGRAAF|Boek|BOEK)"
                    + "\\s+(?:[IVXLC]+|\\d+[A-Za-z]?|[A-Z]|Ier|premier|PREMIER|preliminar|PRELIMINAR)\\b"
                    + "|[IVXLC]{1,7}\\.?(?=\\s|$)"
                    + "|(?:Disposiciones|DISPOSICIONES)\\s+(?iu:adicionales|transitorias|derogatorias|finales)(?=\\s*$))(?<rest>.*)$");
    private static final Pattern SEPARATOR_START = Pattern.compile("^\\s*($|[.:\\-—–)]|\\s{2,})");
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^\\s*[.:\\-—–)]?\\s*");
    private static final int MAX_HEADING_LINE = 160;
    private static final int MAX_HEADING_TEXT = 150;
    private static final int MAX_DIVISION_LINE = 160;
    private static final int MAX_DIVISION_TITLE = 300;
    private static final int MIN_PREAMBLE_CHARS = 300;
    private static final List<String> CITING_WORDS = List.of("of ", "de ", "del ", "du ", "des ", ",", "and ", "et ",
            "y ", "to ", "or ", "ou ", "o ", "shall", "applies", "van ", "en ", "lid ", "tot ", "bedoeld", "juncto ",
            "jo. ", "der ", "in ", "en el ", "of this", "under ", "paragraph ", "subsection ", "above", "below");
    private static final Set<String> ARTICLE_KINDS = Set.of("Article", "Artículo", "Artikel");

    private enum Type { PROVISION, PREAMBLE, DIVISION }

    /** A heading line found in the text. */
    private static final class Head {
        Type type;
        final int start;
        final int lineEnd;
        final String kind;
        final String number;
        String heading;
        int end; // where this unit's text ends (set once all heads are known)

        Head(Type type, int start, int lineEnd, String kind, String number, String heading) {
            this.type = type;
            this.start = start;
            this.lineEnd = lineEnd;
            this.kind = kind;
            this.number = number;
            this.heading = heading;
        }

        String label() {
            if (type == Type.PREAMBLE) {
                return kind;
            }
            if (kind.equals("第")) {
                return "第" + number + "条";
            }
            if (number.isEmpty()) {
                return kind;
            }
            return kind + " " + number;
        }
    }

    public List<Provision> split(String text) {
        List<Head> heads = findHeadings(text);
        demoteTitleSections(text, heads);
        keepPreamblesBeforeArticleOne(heads);
        heads.removeIf(h -> h.type == Type.DIVISION && !endsProvision(text, h, heads));

        List<Head> provisions = heads.stream().filter(h -> h.type != Type.DIVISION).toList();
        if (provisions.isEmpty()) {
            return List.of();
        }
        // Each unit runs to the next heading of any kind (a division ends the provision before it).
        for (int i = 0; i < heads.size(); i++) {
            heads.get(i).end = i + 1 < heads.size() ? heads.get(i + 1).start : text.length();
        }
        cutTitlesBeforeRestarts(text, provisions);

        String preamble = text.substring(0, provisions.getFirst().start).strip();
        if (provisions.size() == 1 && !(preamble.length() < MIN_PREAMBLE_CHARS && isStrong(provisions.getFirst()))) {
            return List.of();
        }
        List<Provision> out = new ArrayList<>();
        String beforeFirst = text.substring(0, heads.getFirst().start).strip();
        if (beforeFirst.length() >= MIN_PREAMBLE_CHARS && provisions.getFirst().type != Type.PREAMBLE) {
            out.add(new Provision("Preamble", "preamble", "", beforeFirst, 0));
        }
        Map<Integer, String> divisions = new TreeMap<>(); // rank -> title of the division in force
        for (Head h : heads) {
            if (h.type == Type.DIVISION) {
                int rank = divisionRank(h.kind);
                divisions.keySet().removeIf(r -> r >= rank);
                String title = (h.heading + " " + text.substring(h.lineEnd, h.end)).strip().replaceAll("\\s+", " ");
                if (!title.isEmpty()) {
                    divisions.put(rank, title);
                }
                continue;
            }
            String body = text.substring(h.start, h.end).strip();
            String number = h.type == Type.PREAMBLE ? "preamble" : h.number.isEmpty() ? h.kind : h.number;
            out.add(new Provision(h.label(), number, h.heading, body, h.start, String.join(" — ", divisions.values())));
        }
        return out;
    }

    /** Books hold Parts and Titles, which hold Chapters, which hold Sections; a new one closes those below it. */
    private static int divisionRank(String kind) {
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "book", "livre", "libro", "boek" -> 0;
            case "part", "title", "titre", "título", "titulo", "titel" -> 1;
            case "chapter", "chapitre", "capítulo", "capitulo", "hoofdstuk" -> 2;
            case "disposiciones" -> 2;
            default -> 3; // Sección, Afdeling, Paragraaf, a lone roman numeral
        };
    }

    // ---------------------------------------------------------------- finding headings

    private static List<Head> findHeadings(String text) {
        List<Head> heads = new ArrayList<>();
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 ? text.length() : nl;
            String raw = text.substring(pos, lineEnd);
            String line = raw.strip();
            int start = pos + (raw.length() - raw.stripLeading().length());
            Head head = classify(line, start, lineEnd);
            if (head != null) {
                if (head.type == Type.PROVISION && head.heading.isEmpty()) {
                    head.heading = headingOnNextLine(text, lineEnd);
                }
                heads.add(head);
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        return heads;
    }

    private static Head classify(String line, int start, int lineEnd) {
        if (line.isEmpty()) {
            return null;
        }
        Matcher m = HEADING.matcher(line);
        if (m.matches() && isHeading(line, m.group("rest"))) {
            String number = m.group("number").replaceAll("\\s+", " ");
            return new Head(Type.PROVISION, start, lineEnd, normaliseKind(m.group("kind")), number,
                    headingText(m.group("rest")));
        }
        m = CHINESE_ARTICLE.matcher(line);
        if (m.matches()) {
            // "第一条　立法目的" has a heading; in "第一条　为了……，制定本法。" the article's text starts at once.
            String rest = m.group("rest").strip();
            boolean heading = rest.length() <= MAX_CHINESE_HEADING && !rest.matches(".*[。；：，]$");
            return new Head(Type.PROVISION, start, lineEnd, "第", m.group("number"), heading ? rest : "");
        }
        m = ANNEX.matcher(line);
        if (m.matches() && line.length() <= MAX_HEADING_LINE) {
            String number = m.group("number") == null ? "" : m.group("number");
            return new Head(Type.PROVISION, start, lineEnd, normaliseKind(m.group("kind")), number,
                    headingText(m.group("rest")));
        }
        m = DISPOSICION.matcher(line);
        if (m.matches()) {
            return new Head(Type.PROVISION, start, lineEnd, "Disposición",
                    m.group("number").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceFirst("\\.$", ""),
                    disposicionHeading(m.group("rest")));
        }
        m = PREAMBLE.matcher(line);
        if (m.matches()) {
            String kind = m.group("kind");
            kind = Character.toUpperCase(kind.charAt(0)) + kind.substring(1).toLowerCase(Locale.ROOT);
            return new Head(Type.PREAMBLE, start, lineEnd, kind, "", "");
        }
        m = DIVISION.matcher(line);
        if (m.matches() && line.length() <= MAX_DIVISION_LINE && !line.matches(".*[.;,:]$")
                && (m.group("rest").isBlank() || m.group("rest").matches("\\s*[.:—–\\-]?\\s*\\p{Lu}.*"))) {
            String word = line.split("\\s+", 2)[0];
            return new Head(Type.DIVISION, start, lineEnd, word, "", headingText(m.group("rest")));
        }
        return null;
    }

    private static boolean isHeading(String line, String rest) {
        String words = rest.strip().toLowerCase(Locale.ROOT);
        // "Article 5 of the Convention", "artikel 18 van de wet": a citation, not a heading
        for (String citing : CITING_WORDS) {
            if (words.startsWith(citing)) {
                return false;
            }
        }
        boolean separated = SEPARATOR_START.matcher(rest).find();
        // "Article 3 applies…", "Artículo 5 establece…": prose starting with a citation
        if (!separated && !rest.isBlank() && Character.isLowerCase(rest.strip().codePointAt(0))) {
            return false;
        }
        return line.length() <= MAX_HEADING_LINE || separated;
    }

    /** "- Circonstances aggravantes" -> "Circonstances aggravantes"; a whole first sentence is not a heading. */
    private static String headingText(String rest) {
        String h = LEADING_SEPARATOR.matcher(rest).replaceFirst("").strip();
        if (h.length() > MAX_HEADING_TEXT) {
            int stop = h.indexOf(". ");
            h = stop > 0 && stop <= MAX_HEADING_TEXT ? h.substring(0, stop) : "";
        }
        return h.replaceFirst("\\s*[.:]$", "").strip();
    }

    /** The title of a final provision: its first sentence, however long the title of the Act it amends. */
    private static String disposicionHeading(String rest) {
        String h = LEADING_SEPARATOR.matcher(rest).replaceFirst("").strip();
        Matcher first = FIRST_SENTENCE.matcher(h);
        if (first.find()) {
            h = first.group(1);
        }
        if (h.length() > MAX_DISPOSICION_HEADING) {
            h = h.substring(0, h.lastIndexOf(' ', MAX_DISPOSICION_HEADING));
        }
        return h.replaceFirst("\\s*[.:]$", "").strip();
    }

    /** "Article 3" alone on its line, "Use of terms" on the next: that line is the heading. */
    private static String headingOnNextLine(String text, int lineEnd) {
        int pos = lineEnd;
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        int nl = text.indexOf('\n', pos);
        String next = text.substring(pos, nl < 0 ? text.length() : nl).strip();
        if (next.isEmpty() || next.length() > MAX_HEADING_TEXT || !Character.isUpperCase(next.codePointAt(0))
                || next.matches(".*[.;:,]$") || next.contains(" | ") || classify(next, 0, 0) != null
                || next.matches("^[A-Za-z0-9]{1,3}[.)].*")) {
            return "";
        }
        return next;
    }

    private static boolean isStrong(Head h) {
        return h.type == Type.PROVISION && (h.kind.equals("§") || !h.heading.isEmpty());
    }

    // ---------------------------------------------------------------- structure

    /**
     * "Section 1 : De la traite" or "§ 1 / Algemene bepalingen" directly followed by an article:
     * a group title (French codes, Dutch laws), not a provision.
     */
    private static void demoteTitleSections(String text, List<Head> heads) {
        for (int i = 0; i < heads.size(); i++) {
            Head h = heads.get(i);
            if (h.type != Type.PROVISION || !(h.kind.equals("Section") || h.kind.equals("§"))) {
                continue;
            }
            Head next = nextOfType(heads, i, Type.PROVISION);
            if (next == null || !ARTICLE_KINDS.contains(next.kind)) {
                continue;
            }
            int gapEnd = heads.get(i + 1).start;
            String gap = text.substring(h.lineEnd, gapEnd).strip();
            if (gap.length() <= MAX_HEADING_TEXT && gap.lines().filter(l -> !l.isBlank()).count() <= 1) {
                h.type = Type.DIVISION;
            }
        }
    }

    /** "Preamble" counts only right before the first article ("Article 1"). */
    private static void keepPreamblesBeforeArticleOne(List<Head> heads) {
        for (int i = 0; i < heads.size(); i++) {
            Head h = heads.get(i);
            if (h.type != Type.PREAMBLE) {
                continue;
            }
            Head next = nextOfType(heads, i, Type.PROVISION);
            if (next == null || !isFirstNumber(next.number)) {
                heads.remove(i--);
            }
        }
    }

    /** A division heading ends the provision before it only if what follows it is just its title. */
    private static boolean endsProvision(String text, Head division, List<Head> heads) {
        int i = heads.indexOf(division);
        int nextStart = text.length();
        for (int j = i + 1; j < heads.size(); j++) {
            if (heads.get(j).type != Type.DIVISION) {
                nextStart = heads.get(j).start;
                break;
            }
        }
        return text.substring(division.lineEnd, nextStart).strip().length() <= MAX_DIVISION_TITLE;
    }

    /**
     * Where numbering starts again (English text, then its Dutch translation), the last line
     * before it is usually the translation's title: it belongs to neither article.
     */
    private static void cutTitlesBeforeRestarts(String text, List<Head> provisions) {
        for (int i = 1; i < provisions.size(); i++) {
            Head h = provisions.get(i);
            boolean restart = h.type == Type.PREAMBLE
                    || isFirstNumber(h.number) && !isFirstNumber(provisions.get(i - 1).number)
                            && provisions.get(i - 1).type == Type.PROVISION;
            if (!restart) {
                continue;
            }
            Head previous = provisions.get(i - 1);
            if (previous.type == Type.PREAMBLE) {
                continue;
            }
            String body = text.substring(previous.start, previous.end);
            String trimmed = body.stripTrailing();
            int paragraph = trimmed.lastIndexOf("\n\n");
            if (paragraph <= 0) {
                continue;
            }
            String last = trimmed.substring(paragraph).strip();
            if (!last.isEmpty() && !last.contains("\n") && last.length() <= MAX_DIVISION_TITLE
                    && text.substring(previous.start, previous.start + paragraph).strip().length() > 0
                    && previous.lineEnd < previous.start + paragraph) {
                previous.end = previous.start + paragraph;
            }
        }
    }

    private static boolean isFirstNumber(String number) {
        return number.matches("1(?:er|re|\\.?[º°ª])?|I");
    }

    private static Head nextOfType(List<Head> heads, int i, Type type) {
        for (int j = i + 1; j < heads.size(); j++) {
            if (heads.get(j).type == type) {
                return heads.get(j);
            }
        }
        return null;
    }

    private static String normaliseKind(String kind) {
        return switch (kind) {
            case "Sec.", "SEC.", "SECTION", "s." -> "Section";
            case "Art.", "ART.", "ARTICLE" -> "Article";
            case "СТАТЬЯ" -> "Статья";
            case "مادة" -> "المادة";
            case "Articulo", "ARTÍCULO", "ARTICULO" -> "Artículo";
            case "ARTIKEL" -> "Artikel";
            case "SCHEDULE" -> "Schedule";
            case "ANNEX" -> "Annex";
            case "ANNEXE" -> "Annexe";
            case "ANEXO" -> "Anexo";
            case "BIJLAGE" -> "Bijlage";
            case "LIJST" -> "Lijst";
            default -> kind;
        };
    }
}
