package org.mycroft.tagging;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a provision in the context of its law. The sections of a single-subject law rarely name
 * their subject (the Mutual Legal Assistance Act's production orders say "a request of a state or
 * entity", the Opiumwet says "een middel als bedoeld in lijst I"): the law's title gives its subject
 * to the operative provisions, and so does the Part or Chapter heading they sit under. A heading
 * that names one of the title's subjects narrows the title to it ("Hoofdstuk V. Andere vormen van
 * rechtshulp" in a law on "uitlevering en andere vormen van rechtshulp"), and a subject the title
 * introduces with "and other forms of" reaches only the provisions under such a heading. The evidence of such a tag
 * quotes the title or heading, with the rule {@value #TITLE_RULE} or {@value #HEADING_RULE}.
 *
 * <p>Not every provision is operative. A short title, a transitional provision, an annual report, a
 * review clause or a regulation-making power names the subject without dealing with it: there the
 * law's subject, and whatever the provision names itself, are mentions. Coming into force, repeals,
 * amendments to other Acts and repealed sections get nothing from the law; what they name is a
 * mention. Thread-safe; one per law.
 */
public final class LawContext {

    /** What a provision does in its law, as far as the law's subject goes. */
    public enum Role {
        /** Deals with the law's subject: inherits it. */
        OPERATIVE,
        /** Names the subject without dealing with it (short title, transitional, reports, regulations). */
        ANCILLARY,
        /** Machinery of the statute book (coming into force, repeal, repealed): inherits nothing. */
        FINAL
    }

    public static final String TITLE_RULE = "law-title";
    public static final String HEADING_RULE = "part-heading";
    private static final double INHERITED_CONFIDENCE = 0.8;
    private static final double IMPLIED_FACTOR = 0.9;

    private static final Pattern ANCILLARY_HEADING = Pattern.compile("(?iu)^(?:short title|titre abrégé|título abreviado"
            + "|citation|transitional(?: provisions?)?|transitional provisions? .*|dispositions? transitoires?.*"
            + "|overgangs.*|(?:annual )?reports?(?: to parliament)?|rapports?(?: annuels?)?(?: (?:au|auprès du) parlement)?"
            + "|review(?: of (?:the |this )?act| of (?:the |this )?provisions? .*)?|examen(?: de la (?:présente )?loi| des dispositions .*)?|parliamentary review|regulations|règlements|reglamentos?"
            + "|regulations? and orders|governor in council|gouverneur en conseil|verslag.*|evaluatie.*"
            + "|binding on (?:her|his) majesty|(?:her|his) majesty|obligation de sa majesté|sa majesté"
            // fees and intergovernmental administration: machinery of any statute, not its subject
            + "|(?:unpaid )?fees(?: (?:or|and) charges)?|fees|droits|frais|federal-provincial agreements?"
            + "|accords? fédéro-provinciaux|administrative agreements?)$");
    private static final PhraseAlternation SHORT_TITLE_TEXT = PhraseAlternation.of("may be cited as|peut être citée? sous le titre"
            + "|wordt aangehaald als|kan worden aangehaald als|aangehaald onder de titel|podrá citarse como|se citará como");
    /** "Artikel 15 / Deze wet treedt in werking…", "Artikel 62 / 1. Ingetrokken wordt de wet van 6 april 1875": machinery. */
    private static final Pattern COMMENCEMENT_OR_REPEAL_TEXT = Pattern.compile("(?iu)^[^\\n]{0,40}\\n+\\s*(?:\\d+\\.\\s*)?"
            + "(?:deze wet treedt in werking|ingetrokken wordt|this act comes into force|this act shall come into force"
            + "|la présente loi entre en vigueur|(?:la presente|esta) ley entrará en vigor)");
    private static final Pattern FINAL_HEADING = Pattern.compile("(?iu)^(?:coming into force|commencement|entrée en vigueur"
            + "|entrada en vigor|inwerkingtreding.*|repeals?(?: of .*)?|abrogations?|derogaci[oó]n.*|intrekking.*"
            + "|consequential amendments?|modifications? corrélatives?|related amendments?|amendments? to .*|repealed"
            + "|abrogé|vervallen|consequential(?: and related)? amendments?|related provisions?"
            + "|coordinating amendments?|modifications? corrélatives?(?: et connexes)?|dispositions? connexes"
            + "|conditional amendments?|modifications? conditionnelles?|related and consequential amendments?"
            + "|modifications? connexes(?: et corrélatives)?"
            + "|wijziging(?:en)? (?:van|in) (?:andere )?wetten)$");
    /** "Section 45 / [Amendment]", "Article 13.1 / [Abrogé, 2001, ch. 32, art. 80]", "Artikel 7 / Vervallen". */
    private static final Pattern REPEALED_TEXT = Pattern.compile("(?iu)^[^\\n]{0,60}?(?:\\n\\s*)?[\\[(](?:repealed|repeals?"
            + "|amendments?|abrogés?|abrogées?|abrogation|modifications?|vervallen|derogad[oa]s?)\\b"
            + "|^[^\\n]{0,30}\\n+\\s*(?:vervallen|\\[?repealed|\\[?abrogé)");
    private static final Pattern SPANISH_NUMBER = Pattern.compile("(?iu)^(derogatoria|transitoria)\\b");

    private final Tagger tagger;
    private final TaggingContext context;
    private final String title;
    private final Set<String> titleSubjects;
    /** The title's main subjects: those not introduced by "and other forms of" (given without a heading). */
    private final Set<String> mainSubjects;
    private final Map<String, Set<String>> headingSubjects = new ConcurrentHashMap<>();
    private final Map<String, Role> divisionRoles = new ConcurrentHashMap<>();
    /** Per title or heading: the articles each of its subjects gives, as its own phrases say. */
    private final Map<String, Map<String, List<String>>> headingArticles = new ConcurrentHashMap<>();

    private LawContext(Tagger tagger, String title, TaggingContext context) {
        this.tagger = tagger;
        this.context = context;
        this.title = title == null ? "" : title.strip();
        this.titleSubjects = subjectsOf(this.title);
        this.mainSubjects = mainSubjects(this.title);
    }

    /** "uitlevering en andere vormen van internationale rechtshulp": the law is about extradition first. */
    private static final Pattern OTHER_FORMS = Pattern.compile("(?iu)\\b(?:and other forms of|andere vormen van"
            + "|autres formes d|otras formas de)");

    /**
     * A subject named after "and other forms of" is secondary: it reaches only the provisions under a
     * heading that names it; the others get the subjects named before it.
     */
    private Set<String> mainSubjects(String title) {
        java.util.regex.Matcher other = OTHER_FORMS.matcher(title);
        if (!other.find()) {
            return titleSubjects;
        }
        Set<String> main = new LinkedHashSet<>();
        for (TagEvidence e : tagger.tagTitle(title, context).evidence()) {
            if (titleSubjects.contains(e.tag()) && e.start() >= 0 && e.start() < other.start()) {
                main.add(e.tag());
            }
        }
        return main.isEmpty() ? titleSubjects : Set.copyOf(main);
    }

    /**
     * The context of one law.
     *
     * @param title the law's title or long title (the short title of an Act, the "Wet van …, houdende …" line)
     */
    public static LawContext of(Tagger tagger, String title, TaggingContext context) {
        return new LawContext(tagger, title, context);
    }

    /** The crime types and cross-cutting issues the law's title names. */
    public Set<String> titleSubjects() {
        return titleSubjects;
    }

    /** The role of a provision, from its number ("transitoria primera"), heading and first lines. */
    public static Role roleOf(String number, String heading, String text) {
        String h = heading == null ? "" : heading.strip().replaceFirst("\\s*[.:]$", "");
        String start = text == null ? "" : text.length() > 300 ? text.substring(0, 300) : text;
        java.util.regex.Matcher spanish = SPANISH_NUMBER.matcher(number == null ? "" : number);
        if (spanish.find()) {
            return spanish.group(1).equalsIgnoreCase("derogatoria") ? Role.FINAL : Role.ANCILLARY;
        }
        if (FINAL_HEADING.matcher(h).matches() || REPEALED_TEXT.matcher(start).lookingAt() /* both branches start with ^ */
                || COMMENCEMENT_OR_REPEAL_TEXT.matcher(start).find()) {
            return Role.FINAL;
        }
        if (ANCILLARY_HEADING.matcher(h).matches() || SHORT_TITLE_TEXT.foundIn(start)) {
            return Role.ANCILLARY;
        }
        return Role.OPERATIVE;
    }

    /**
     * The role of a provision that also sits under a division: everything under "Transitional
     * Provisions" or "Consequential Amendments" plays that division's role.
     *
     * @param division the division titles, outermost first, joined by " — "
     */
    public static Role roleOf(String number, String heading, String text, String division) {
        Role own = roleOf(number, heading, text);
        if (own != Role.OPERATIVE || division == null || division.isBlank()) {
            return own;
        }
        return roleOfDivision(division);
    }

    /**
     * {@link #roleOf(String, String, String, String)} for a provision of this law: the role of each
     * division is read once per law, not once per provision beneath it.
     */
    public Role role(String number, String heading, String text, String division) {
        Role own = roleOf(number, heading, text);
        if (own != Role.OPERATIVE || division == null || division.isBlank()) {
            return own;
        }
        return divisionRoles.computeIfAbsent(division, LawContext::roleOfDivision);
    }

    private static Role roleOfDivision(String division) {
        String[] titles = division.split(" — ");
        for (int i = titles.length - 1; i >= 0; i--) { // the innermost heading with a role decides
            Role role = divisionRole(titles[i]);
            if (role != Role.OPERATIVE) {
                return role;
            }
        }
        return Role.OPERATIVE;
    }

    /** "PART 4", "PARTIE IV", "Hoofdstuk V", "Título II", "§ 13": a division's label before its title. */
    private static final Pattern DIVISION_LABEL = Pattern.compile("(?iu)^(?:part(?:ie)?|division|chapter|chapitre|titre"
            + "|hoofdstuk|titel|afdeling|paragraaf|t[ií]tulo|cap[ií]tulo|secci[oó]n|§)\\s*[0-9IVXLC]+(?:\\.[0-9]+)?[a-z]?[.:]?\\s+");
    private static final Pattern LIST_ITEM = Pattern.compile("\\s*,\\s*|\\s+(?:and|et|en|y)\\s+");

    /**
     * The role of one division title. A Part that gathers "Transitional Provisions, Consequential and
     * Related Amendments and Repeals" plays the role of its first item; one whose items are all
     * machinery ("Consequential Amendments and Coming into Force") is final.
     */
    private static Role divisionRole(String title) {
        String t = DIVISION_LABEL.matcher(title.strip().replaceFirst("\\s*[.:]$", "")).replaceFirst("");
        if (FINAL_HEADING.matcher(t).matches()) {
            return Role.FINAL;
        }
        if (ANCILLARY_HEADING.matcher(t).matches()) {
            return Role.ANCILLARY;
        }
        String first = t.split("\\s*,\\s*")[0];
        if (FINAL_HEADING.matcher(first).matches()) {
            return Role.FINAL;
        }
        if (ANCILLARY_HEADING.matcher(first).matches()) {
            return Role.ANCILLARY;
        }
        for (String item : LIST_ITEM.split(t)) {
            if (FINAL_HEADING.matcher(item).matches()) {
                return Role.FINAL;
            }
        }
        return Role.OPERATIVE;
    }

    /**
     * The tags of one provision of the law.
     *
     * @param own      the provision tagged on its own text
     * @param division the heading of the Part or Chapter the provision sits under ("" when none)
     */
    public TagResult provision(TagResult own, String number, String heading, String text, String division) {
        return provision(own, role(number, heading, text, division), heading, text, division);
    }

    /** The tags of one provision whose {@link #role role} the caller has already read. */
    public TagResult provision(TagResult own, Role role, String heading, String text, String division) {
        Set<String> fromDivision = subjectsOf(division);
        Set<String> narrowed = new LinkedHashSet<>(fromDivision);
        narrowed.retainAll(titleSubjects);
        Set<String> fromTitle = narrowed.isEmpty() ? mainSubjects : Set.of(); // the heading narrows the title
        return switch (role) {
            case OPERATIVE -> operative(own, text, division, fromTitle, fromDivision);
            case ANCILLARY -> {
                List<String> mentioned = new ArrayList<>(fromTitle);
                mentioned.addAll(fromDivision);
                yield own.asMentions().merge(new TagResult(List.of(), List.of(), List.of(), List.of(), mentioned));
            }
            case FINAL -> own.asMentions();
        };
    }

    /** An operative provision; only here does it matter whether it is an offence (a whole-text check). */
    private TagResult operative(TagResult own, String text, String division, Set<String> fromTitle, Set<String> fromDivision) {
        boolean offence = text != null && OFFENCE_CONSTRUCTION.foundIn(text);
        return preventiveNotCriminal(paragraphsFromHeadingOnly(senseOfHeading(own, division, text), text)
                .merge(inherited(fromTitle, TITLE_RULE, title, offence))
                .merge(inherited(fromDivision, HEADING_RULE, division, offence)), offence);
    }

    /**
     * In a law, a paragraph of an article (UNTOC-16.9, 18.18) is the provision's subject when its
     * heading names it ("Warrant for Provisional Arrest", "Video Link"): the provision's own heading
     * line here, the Part or Division heading through {@link #inherited}. A body that only passes by
     * the concept ("if the provisional arrest was made pursuant to a request…") keeps the article and
     * loses the paragraph. A paragraph the provision cites explicitly stays, so does one that is an
     * issue's own article in the taxonomy (UNTOC-18.13 for central authorities), and so does one whose
     * phrase names the paragraph's own construction ({@code paragraph_in_body}: a detained witness
     * kept in custody abroad, time there credited to the sentence).
     */
    private TagResult paragraphsFromHeadingOnly(TagResult own, String text) {
        int headingEnd = text == null || text.indexOf('\n') < 0 ? Integer.MAX_VALUE : text.indexOf('\n');
        Set<String> usual = new java.util.HashSet<>();
        own.crossCutting().forEach(tag -> usual.addAll(tagger.impliedArticles(tag)));
        own.crimeTypes().forEach(tag -> usual.addAll(tagger.impliedArticles(tag)));
        List<String> kept = new ArrayList<>();
        for (String article : own.articles()) {
            boolean paragraph = article.indexOf('.') > 0 && !usual.contains(article);
            if (!paragraph || own.evidenceFor(article).stream()
                    .anyMatch(e -> !e.rule().startsWith("implied:") || e.start() < headingEnd || namedInBody(own, e))) {
                kept.add(article);
            }
        }
        if (kept.size() == own.articles().size()) {
            return own;
        }
        List<TagEvidence> evidence = own.evidence().stream()
                .filter(e -> kept.contains(e.tag()) || !e.tag().matches("[A-Z]+-\\d+\\..*")).toList();
        return new TagResult(kept, own.crimeTypes(), own.crossCutting(), evidence, own.mentions());
    }

    /** An implied paragraph whose phrase, matched at the same place, names the paragraph's construction itself. */
    private boolean namedInBody(TagResult own, TagEvidence implied) {
        String tag = implied.rule().substring("implied:".length());
        return implied.start() >= 0 && own.evidence().stream().anyMatch(e -> e.tag().equals(tag) && e.start() == implied.start()
                && e.end() == implied.end() && tagger.namesParagraphInBody(e.rule()));
    }

    private static final String AML = "aml-supervision";
    private static final String LAUNDERING = "money-laundering";

    /**
     * A preventive anti-laundering provision ("every reporting entity shall report … transactions related to
     * a money laundering offence") names laundering as what it prevents: its article is UNTOC-7, which
     * aml-supervision gives, not the criminalization article UNTOC-6, unless the provision is itself an
     * offence or cites article 6. The taxonomy's narrowing read the other way round: art. 7 does not follow
     * from laundering, and art. 6 does not follow from the regime against it.
     */
    private TagResult preventiveNotCriminal(TagResult r, boolean offence) {
        if (offence || !r.crossCutting().contains(AML) || !r.crimeTypes().contains(LAUNDERING)) {
            return r;
        }
        Set<String> criminalization = Set.copyOf(tagger.impliedArticles(LAUNDERING));
        List<String> kept = r.articles().stream().filter(a -> !criminalization.contains(a)
                || r.evidenceFor(a).stream().anyMatch(e -> !e.rule().equals("implied:" + LAUNDERING))).toList();
        if (kept.size() == r.articles().size()) {
            return r;
        }
        List<TagEvidence> evidence = r.evidence().stream()
                .filter(e -> kept.contains(e.tag()) || !criminalization.contains(e.tag())).toList();
        return new TagResult(kept, r.crimeTypes(), r.crossCutting(), evidence, r.mentions());
    }

    private static final String MLA = "mutual-legal-assistance";
    private static final String SENTENCED_TRANSFER = "transfer-of-sentenced-persons";
    private static final String DETAINED_TRANSFER = "UNTOC-18.10";

    /**
     * Under "Transfèrement de personnes détenues" (a detained person sent abroad to testify, UNTOC
     * 18(10)) a bare "transfèrement" in the body has the heading's sense: it is not a transfer of
     * sentenced persons. Only a single-word match gives way; "transfer of sentenced persons" stays. The
     * provision's own heading line counts as well ("Incarcération des personnes transférées").
     */
    private TagResult senseOfHeading(TagResult own, String division, String text) {
        if (!own.crossCutting().contains(SENTENCED_TRANSFER)) {
            return own; // most provisions: nothing to read in the evidence
        }
        int headingEnd = text == null || text.indexOf('\n') < 0 ? -1 : text.indexOf('\n');
        boolean ownHeading = own.evidenceFor(DETAINED_TRANSFER).stream().anyMatch(e -> e.start() >= 0 && e.start() < headingEnd);
        if (!own.crossCutting().contains(SENTENCED_TRANSFER) || !ownHeading
                && !headingArticles.getOrDefault(division, Map.of()).getOrDefault(MLA, List.of()).contains(DETAINED_TRANSFER)) {
            return own;
        }
        List<TagEvidence> words = own.evidenceFor(SENTENCED_TRANSFER);
        if (words.stream().anyMatch(e -> e.text().strip().contains(" "))) {
            return own;
        }
        Set<String> dropped = new java.util.HashSet<>(Set.of(SENTENCED_TRANSFER));
        dropped.addAll(tagger.impliedArticles(SENTENCED_TRANSFER));
        List<String> cross = own.crossCutting().stream().filter(t -> !dropped.contains(t)).toList();
        List<String> articles = own.articles().stream()
                .filter(a -> !dropped.contains(a) || own.evidenceFor(a).stream().anyMatch(e -> !e.rule().equals("implied:" + SENTENCED_TRANSFER)))
                .toList();
        List<TagEvidence> evidence = own.evidence().stream().filter(e -> !e.tag().equals(SENTENCED_TRANSFER)
                && !e.rule().equals("implied:" + SENTENCED_TRANSFER)).toList();
        return new TagResult(articles, own.crimeTypes(), cross, evidence, own.mentions());
    }

    public static final String CITED_RULE = "cited-provision";
    /** "contravenes section 118 or 119", "contrevient aux articles 117, 118", "in strijd met artikel 2". */
    private static final PhraseAlternation CITED_SECTIONS = PhraseAlternation.of("contraven\\w*|violat\\w*|infring\\w*|contrevient"
            + "|contreviennent|enfreint|in strijd met(?: een in)?|infrinj\\w*|en contravention d\\S*", "\\s+(?:\\S+\\s+){0,2}?"
            + "(?:sections?|paragraphs?|subsections?|articles?|artikel(?:en)?|art[ií]culos?)\\s+"
            + "(\\d+(?:\\.\\d+)?[a-z]?(?:\\([^)\\s]{1,4}\\))*(?:\\s*(?:,|or|and|ou|et|of|en|o|y)\\s*\\d+(?:\\.\\d+)?[a-z]?(?:\\([^)\\s]{1,4}\\))*)*)");
    private static final Pattern CITED_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?[a-z]?(?![\\d.])");
    /** Only an offence or penalty provision takes the offences it cites. */
    private static final String OFFENCE_OR_PENALTY_PHRASES = "guilty of an offence|commits an offence|is liable"
            + "|liable on conviction|coupable d une infraction|commet une infraction|est passible|strafbaar|wordt gestraft"
            + "|gestraft met|será castigado|serán castigados|comete un delito";
    private static final PhraseAlternation OFFENCE_OR_PENALTY = PhraseAlternation.of(OFFENCE_OR_PENALTY_PHRASES);

    /**
     * A penalty or aiding provision that only cites the sections it punishes ("A person who contravenes
     * section 118 or 119 is guilty of an offence") takes the crime types of those sections, with the
     * citation as evidence (rule {@value #CITED_RULE}).
     *
     * @param crimeTypesOf the crime types a provision of the same law has on its own text, by number
     */
    public TagResult withCitedOffences(TagResult tags, String text, java.util.function.Function<String, List<String>> crimeTypesOf) {
        if (text == null || !OFFENCE_OR_PENALTY.foundIn(text)) {
            return tags;
        }
        List<String> crime = new ArrayList<>();
        List<String> articles = new ArrayList<>();
        List<TagEvidence> evidence = new ArrayList<>();
        java.util.regex.Matcher m = CITED_SECTIONS.matcher(text);
        while (m.find()) {
            java.util.regex.Matcher n = CITED_NUMBER.matcher(m.group(1).replaceAll("\\([^)]*\\)", ""));
            while (n.find()) {
                for (String tag : crimeTypesOf.apply(n.group())) {
                    if (tags.crimeTypes().contains(tag) || crime.contains(tag)) {
                        continue;
                    }
                    crime.add(tag);
                    evidence.add(new TagEvidence(tag, m.group(), m.start(), m.end(), CITED_RULE, INHERITED_CONFIDENCE));
                    for (String article : tagger.impliedArticles(tag)) {
                        articles.add(article);
                        evidence.add(new TagEvidence(article, m.group(), m.start(), m.end(), "implied:" + tag,
                                Math.round(INHERITED_CONFIDENCE * IMPLIED_FACTOR * 100) / 100.0));
                    }
                }
            }
        }
        return crime.isEmpty() ? tags : tags.merge(new TagResult(articles, crime, List.of(), evidence));
    }

    /**
     * A prohibition or a penalty: what makes a provision an offence provision. A weapons act's licensing
     * provisions are about firearms, but only its prohibitions and penalties criminalize (FP-5).
     */
    private static final PhraseAlternation OFFENCE_CONSTRUCTION = PhraseAlternation.of(OFFENCE_OR_PENALTY_PHRASES
            + "|\\bis (?:strictly )?prohibited|\\bno person shall|\\bshall be punish|\\bis punishable|\\bis an offence"
            + "|\\bhet is (?:\\p{L}+ )?verboden|\\bis verboden|\\bil est interdit|\\best interdit|\\best puni|\\bsont punis"
            + "|\\bconstitue une infraction|\\bqueda prohibid|\\bse prohíbe|\\bserá sancionad|\\bserá penad|\\bconstituye delito");

    /**
     * The law's (or heading's) subjects given to a provision, each with its usual articles. A crime
     * type's usual article is its criminalization article (UNTOC-5, 6, 8, 23, TIP-5, SOM-6, FP-5): the
     * title gives the crime type to every operative provision, that article only to an offence.
     */
    private TagResult inherited(Set<String> subjects, String rule, String source, boolean offence) {
        if (subjects.isEmpty()) {
            return TagResult.empty();
        }
        Map<String, List<String>> articlesOf = headingArticles.getOrDefault(source, Map.of());
        List<String> crime = new ArrayList<>();
        List<String> cross = new ArrayList<>();
        List<String> articles = new ArrayList<>();
        List<TagEvidence> evidence = new ArrayList<>();
        for (String tag : subjects) {
            boolean crimeType = tagger.isCrimeType(tag);
            (crimeType ? crime : cross).add(tag);
            evidence.add(new TagEvidence(tag, source, -1, -1, rule, INHERITED_CONFIDENCE));
            List<String> usual = articlesOf.getOrDefault(tag, tagger.impliedArticles(tag));
            for (String article : crimeType && !offence ? List.<String>of() : usual) {
                articles.add(article);
                evidence.add(new TagEvidence(article, source, -1, -1, "implied:" + tag,
                        Math.round(INHERITED_CONFIDENCE * IMPLIED_FACTOR * 100) / 100.0));
            }
        }
        return new TagResult(articles, crime, cross, evidence);
    }

    /**
     * The subjects a title or heading names. Each keeps the articles its phrase gives ("Transfer of
     * Detained Persons" is MLA under UNTOC-18(10), "Warrant for Provisional Arrest" extradition under
     * UNTOC-16(9)), so the provisions beneath get the paragraph their heading names.
     */
    private Set<String> subjectsOf(String heading) {
        if (heading == null || heading.isBlank()) {
            return Set.of();
        }
        Set<String> cached = headingSubjects.get(heading);
        if (cached != null) {
            return cached;
        }
        TagResult r = tagger.tagTitle(heading, context);
        Set<String> subjects = new LinkedHashSet<>(r.crimeTypes());
        subjects.addAll(r.crossCutting());
        Map<String, List<String>> articles = new java.util.HashMap<>();
        for (TagEvidence e : r.evidence()) {
            if (e.rule().startsWith("implied:")) {
                articles.computeIfAbsent(e.rule().substring("implied:".length()), k -> new ArrayList<>()).add(e.tag());
            }
        }
        headingArticles.put(heading, Map.copyOf(articles));
        headingSubjects.put(heading, Set.copyOf(subjects));
        return subjects;
    }
}
