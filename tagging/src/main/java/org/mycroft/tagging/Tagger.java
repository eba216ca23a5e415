package org.mycroft.tagging;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mycroft.core.taxonomy.Taxonomy;

/**
 * Rule-based tagger: proposes UNTOC / Protocol articles, crime types and cross-cutting issues for a
 * text (a provision, a paragraph of a judgment or report), each with its evidence.
 *
 * <p>All vocabulary lives in the rule files under {@code mycroft/tagging/} (see each file's header
 * for its format): {@code crime-types.yaml} and {@code cross-cutting.yaml} (phrases per tag and
 * language, with optional context conditions), {@code stop-phrases.yaml} (institution and treaty
 * names, fixed expressions that must never produce a tag), {@code negation.yaml} (non-criminalization
 * cues), {@code citations.yaml} (how articles and instruments are cited). The files are compiled once
 * into token tries; {@link #tag} folds the text once (case, accents, hyphens), tokenizes it and walks
 * the tries, so the cost per call is linear in the text and independent of the number of phrases.
 *
 * <p>Steps of {@link #tag}:
 * <ol>
 *   <li>stop-phrases and instrument names are masked: no tag phrase may use their tokens;</li>
 *   <li>tag phrases of the text's language (or of all languages for "other") are matched whole-word;
 *       a match is kept when its {@code requires} contexts are present and none of its {@code unless}
 *       contexts is, and no negation cue in scope reaches it in the same sentence (a cue reaches the
 *       matches after it, or with {@code side: before} the matches before it);</li>
 *   <li>a match strictly inside a longer match of the same family is dropped (the longer phrase is
 *       the more specific: "counterfeit medicines" beats "counterfeit", "identity fraud" beats
 *       "fraud");</li>
 *   <li>in a law, a crime named only in a sentence that lists many crimes (predicate offences) is a
 *       mention, not a subject ({@link TagResult#mentions()});</li>
 *   <li>every crime type and cross-cutting issue adds its usual articles (taxonomy
 *       {@code impliedArticles}, or the phrase's own {@code articles}), with evidence
 *       {@code implied:<tag>} pointing at the same passage;</li>
 *   <li>explicit citations add articles ({@link CitationParser}); when the context says the text is
 *       the Convention or a Protocol itself, citations are skipped (they are internal
 *       cross-references) and the text is tagged by subject only;</li>
 *   <li>the tags of the judged passages most like the text are added ({@link NeighbourTags}), unless
 *       the rules read the tag as a mention; their evidence has no offsets and rule
 *       {@code neighbours:knn};</li>
 *   <li>the tags the second learner ({@link TagLearner}) finds probable enough are added, on the same
 *       terms; evidence rule {@code learner:logreg}, its probability as confidence.</li>
 * </ol>
 * Thread-safe: a Tagger is immutable after loading.
 */
public final class Tagger {

    static final String DEFAULT_BASE = "/mycroft/tagging/";
    private static final double IMPLIED_FACTOR = 0.9;

    private final Taxonomy taxonomy;
    private final RuleSet rules;
    /** Tags of the judged passages most like the text (null: the rules alone). */
    private final NeighbourTags neighbours;
    /** Tags a linear model learnt from the same passages finds probable (null: none). */
    private final TagLearner learner;

    private Tagger(Taxonomy taxonomy, RuleSet rules, NeighbourTags neighbours, TagLearner learner) {
        this.taxonomy = taxonomy;
        this.rules = rules;
        this.neighbours = neighbours;
        this.learner = learner;
    }

    /**
     * The rule files shipped in the jar ({@code mycroft/tagging/} on the classpath), with the tune
     * passages as neighbours ({@link NeighbourTags}).
     */
    public static Tagger loadDefault(Taxonomy taxonomy) {
        return withDefaultLayers(loadRulesOnly(taxonomy));
    }

    /**
     * The shipped neighbours and learner, trained once per JVM: their passages are the jar's, so every default
     * tagger (the portal builds one for ingest, one for uploads and one for search concepts) would train the
     * same models again, about 2 s of CPU each. Both are immutable and thread-safe after training.
     */
    private static final class DefaultLayers {
        static final List<LabelledPassage> PASSAGES = trainingPassages();
        static final NeighbourTags NEIGHBOURS = NeighbourTags.train(PASSAGES, NeighbourParams.DEFAULT);
        /** Null when no learner setting met the adoption rule. */
        static final TagLearner LEARNER = LearnerParams.ADOPTED.map(p -> TagLearner.train(PASSAGES, p)).orElse(null);
    }

    private static Tagger withDefaultLayers(Tagger rulesOnly) {
        return rulesOnly.withNeighbours(DefaultLayers.NEIGHBOURS).withLearner(DefaultLayers.LEARNER);
    }

    /**
     * These rules with the neighbours and, when cross-validation adopted it ({@link LearnerParams#ADOPTED}),
     * the learner, both with their shipped settings, trained on {@code passages} (by default
     * {@link #trainingPassages()}).
     */
    static Tagger withTrainedLayers(Tagger rulesOnly, List<LabelledPassage> passages) {
        Tagger t = rulesOnly.withNeighbours(NeighbourTags.train(passages, NeighbourParams.DEFAULT));
        return LearnerParams.ADOPTED.map(p -> t.withLearner(TagLearner.train(passages, p))).orElse(t);
    }

    /** The shipped rule files alone, without neighbours: the baseline the neighbours are measured against. */
    public static Tagger loadRulesOnly(Taxonomy taxonomy) {
        return new Tagger(taxonomy, RuleSet.load(taxonomy, RuleSet.classpath(DEFAULT_BASE)), null, null);
    }

    /** The same rules and learner with these neighbours (null: none). */
    public Tagger withNeighbours(NeighbourTags neighbourTags) {
        return new Tagger(taxonomy, rules, neighbourTags, learner);
    }

    /** The same rules and neighbours with this learner (null: none). */
    public Tagger withLearner(TagLearner tagLearner) {
        return new Tagger(taxonomy, rules, neighbours, tagLearner);
    }

    /** Sets never trained on: they measure the tagger on wording it has not seen. */
    public static final Set<String> BLIND_SETS = Set.of("heldout-9", "heldout-10", "heldout-11", "heldout-12", "heldout-13");

    /**
     * The labelled passages the default neighbours are built from: every set of the evaluation passages
     * but the blind ones, then the training files ({@link TaggingEvaluation#loadTraining()}).
     */
    public static List<LabelledPassage> trainingPassages() {
        List<LabelledPassage> out = new ArrayList<>(tunePassages());
        out.addAll(TaggingEvaluation.loadTraining());
        return List.copyOf(out);
    }

    /** The evaluation passages that are not blind: what the neighbours were built from before the training files. */
    public static List<LabelledPassage> tunePassages() {
        return TaggingEvaluation.loadDefault().stream().filter(p -> !BLIND_SETS.contains(p.set())).toList();
    }

    /**
     * Rule files from a directory (an operator's edited copy of {@code mycroft/tagging/}); all five
     * files must be there. Fails fast with {@link TaggingRulesException} naming the file and the
     * offending id or entry.
     */
    public static Tagger load(Taxonomy taxonomy, Path rulesDir) {
        if (rulesDir == null || !Files.isDirectory(rulesDir)) {
            throw new TaggingRulesException("rules directory not found: " + rulesDir);
        }
        return withDefaultLayers(new Tagger(taxonomy, RuleSet.load(taxonomy, RuleSet.directory(rulesDir)), null, null));
    }

    /** The articles a crime type or cross-cutting issue gives without being cited (taxonomy). */
    List<String> impliedArticles(String tag) {
        return taxonomy.impliedArticles(tag);
    }

    /** True when the phrase of this rule id names its paragraph articles itself, so they stand in a law's body. */
    boolean namesParagraphInBody(String ruleId) {
        return rules.bodyParagraphRules.contains(ruleId);
    }

    boolean isCrimeType(String tag) {
        return taxonomy.crimeType(tag).isPresent();
    }

    /** The names of the rule files a rules directory must hold. */
    public static List<String> ruleFiles() {
        return RuleSet.FILES;
    }

    /** Distinct crime types in one sentence from which the sentence counts as an enumeration. */
    private static final int ENUMERATION_CRIME_TYPES = 4;
    private static final Set<String> ENUMERATION_SUBJECTS = Set.of("money-laundering");
    /** "activities such as people smuggling, trafficking in persons or laundering": crimes given as examples. */
    private static final Pattern EXAMPLES = Pattern.compile("(?iu)\\b(?:such as|notamment|tel(?:le)?s? que|tales como|zoals)\\b");
    /** Distinct crime types after an example marker from which the sentence counts as a list of examples. */
    private static final int EXAMPLE_CRIME_TYPES = 3;
    /**
     * Procedures and forms of cooperation (#10, seventh round): crimes listed in the sentence that sets one up
     * ("joint investigation teams … where the investigations concern trafficking in persons, smuggling of migrants
     * or money laundering", "legal persons are liable for bribery and laundering") say what it applies to. Police
     * cooperation is not among them: an exchange of information on the routes of two named crimes is about them.
     */
    private static final Set<String> PROCEDURES = Set.of("mutual-legal-assistance", "extradition", "transfer-of-sentenced-persons",
            "transfer-of-proceedings", "joint-investigations", "special-investigative-techniques", "electronic-evidence",
            "witness-protection", "cooperation-with-offenders", "liability-legal-persons",
            "jurisdiction", "central-authorities", "dual-criminality", "document-security");
    /** Distinct crime types in a procedure's sentence from which they are its scope, not its subject. */
    private static final int PROCEDURE_SCOPE_CRIME_TYPES = 2;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+\\p{Lu})|\\n\\s*\\n");

    private record Match(int start, int end, PhraseRule rule) {
        int length() {
            return end - start;
        }
    }

    /** The negation cues found in a text, with their token spans. */
    private record Cues(List<int[]> spans, List<NegationCue> cues) {}

    /** Matches kept as subjects, and those only named in a list (mentions). */
    private record Reading(List<Match> subjects, List<Match> mentioned) {}

    public TagResult tag(String text, TaggingContext context) {
        return tag(text, context, true);
    }

    /**
     * A title or heading ("Proceeds of Crime (Money Laundering) and Terrorist Financing Act"): it names
     * its subjects and has no sentences, so no negation or predicate cue applies.
     */
    TagResult tagTitle(String text, TaggingContext context) {
        return tag(text, context, false);
    }

    private TagResult tag(String text, TaggingContext context, boolean sentences) {
        if (text == null || text.isBlank()) {
            return TagResult.empty();
        }
        TaggingContext ctx = context == null ? new TaggingContext("legislation", "other", false) : context;
        String lang = language(ctx.language());
        NormalizedText nt = new NormalizedText(text);
        List<TagEvidence> evidence = new ArrayList<>();
        Set<String> articles = new LinkedHashSet<>();

        boolean[] masked = stopPhrases(nt);                           // 1
        Cues cues = sentences ? negationCues(nt, lang) : new Cues(List.of(), List.of()); // 2a
        addNegationArticles(nt, cues, evidence, articles);
        Set<String> vetoed = new LinkedHashSet<>();
        List<Match> matches = phraseMatches(nt, lang, masked, cues, vetoed); // 2b
        matches = longestPerFamily(matches, nt.tokenCount);           // 3
        List<Match> namedOnly = namedAsMentions(nt, matches, masked);  // 3a
        matches.removeAll(namedOnly);
        Reading reading = "legislation".equals(ctx.docType())         // 3b
                ? withoutEnumerations(text, nt, matches) : new Reading(matches, List.of());
        if (!namedOnly.isEmpty()) {
            List<Match> mentioned = new ArrayList<>(reading.mentioned());
            mentioned.addAll(namedOnly);
            reading = new Reading(reading.subjects(), mentioned);
        }
        Set<String> crime = new LinkedHashSet<>();
        Set<String> cross = new LinkedHashSet<>();
        addSubjects(nt, reading.subjects(), crime, cross, evidence, articles); // 4
        addCitations(text, nt, ctx, evidence, articles);              // 5
        addCitedAuthorities(evidence, articles, cross);
        List<String> mentions = new ArrayList<>();
        for (Match m : reading.mentioned()) {
            mentions.add(m.rule.tag());
            evidence.add(evidence(nt, m.rule.tag(), m.start, m.end, m.rule.ruleId(), m.rule.confidence()));
        }
        Predicate<String> known = t -> crime.contains(t) || cross.contains(t) || mentions.contains(t);
        if (sentences && neighbours != null) {                         // 6
            addLayerTags(neighbours.suggest(text, lang, known), NEIGHBOUR_RULE, "judged passages alike (kNN score %s)", crime, cross,
                    evidence, articles);
        }
        if (sentences && learner != null) {                            // 7
            // a tag whose phrase the rule files cancelled here ("se trata de personas", a negation) is not the learner's either
            addLayerTags(learner.suggest(withoutMasked(nt, masked), known.or(vetoed::contains)), TagLearner.RULE, "learnt from the judged passages (probability %s)", crime,
                    cross, evidence, articles);
        }
        return new TagResult(new ArrayList<>(articles), new ArrayList<>(crime), new ArrayList<>(cross), dedupe(evidence),
                mentions);
    }

    /** Step 1: tokens of stop-phrases and instrument names, which no tag phrase may use. */
    private boolean[] stopPhrases(NormalizedText nt) {
        int n = nt.tokenCount;
        boolean[] masked = new boolean[n];
        for (int i = 0; i < n; i++) {
            rules.stopTrie.matchAt(nt, i, n, null, (s, e, v) -> {
                for (int k = s; k < e; k++) {
                    masked[k] = true;
                }
            });
        }
        return masked;
    }

    /** The text with its stop-phrases and instrument names blanked: what the learner reads (as the rules do). */
    private static String withoutMasked(NormalizedText nt, boolean[] masked) {
        StringBuilder out = null;
        for (int i = 0; i < masked.length; i++) {
            if (masked[i]) {
                out = out != null ? out : new StringBuilder(nt.original);
                for (int c = nt.tokenOrigStart(i); c < nt.tokenOrigEnd(i); c++) {
                    out.setCharAt(c, ' ');
                }
            }
        }
        return out == null ? nt.original : out.toString();
    }

    /** Step 2a: negation cues of the text's language. */
    private Cues negationCues(NormalizedText nt, String lang) {
        TokenTrie<NegationCue> negTrie = rules.negationTrie(lang);
        List<int[]> spans = new ArrayList<>();
        List<NegationCue> cues = new ArrayList<>();
        if (!negTrie.isEmpty()) {
            for (int i = 0; i < nt.tokenCount; i++) {
                negTrie.matchAt(nt, i, nt.tokenCount, null, (s, e, cue) -> {
                    spans.add(new int[] {s, e});
                    cues.add(cue);
                });
            }
        }
        return new Cues(spans, cues);
    }

    /** A negation cue may itself give an article (non-criminalization of migrants: SOM-5). */
    private static void addNegationArticles(NormalizedText nt, Cues cues, List<TagEvidence> evidence, Set<String> articles) {
        for (int c = 0; c < cues.cues().size(); c++) {
            NegationCue cue = cues.cues().get(c);
            int[] sp = cues.spans().get(c);
            for (String a : cue.articles()) {
                evidence.add(evidence(nt, a, sp[0], sp[1], cue.ruleId(), cue.confidence()));
                articles.add(a);
            }
        }
    }

    /**
     * Step 2b: tag phrases matched whole-word outside masked tokens, kept when their contexts allow; the tags
     * of those an {@code unless} context or a negation cue cancelled go to {@code vetoed}.
     */
    private List<Match> phraseMatches(NormalizedText nt, String lang, boolean[] masked, Cues cues, Set<String> vetoed) {
        TokenTrie<PhraseRule> trie = rules.tagTrie(lang);
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < nt.tokenCount; i++) {
            if (!masked[i]) {
                trie.matchAt(nt, i, nt.tokenCount, masked, (s, e, r) -> matches.add(new Match(s, e, r)));
            }
        }
        List<Match> kept = new ArrayList<>(matches.size());
        for (Match m : matches) {
            if (accept(nt, m, masked, cues)) {
                kept.add(m);
            } else if (cancelled(nt, m, masked, cues)) {
                vetoed.add(m.rule.tag());
            }
        }
        return kept;
    }

    /**
     * Step 3: longest match wins within a family: a match strictly inside a longer one of the same
     * family is dropped ("counterfeit medicines" over "counterfeit"); across families both stand
     * ("prevention of trafficking in persons" is prevention AND trafficking in persons).
     */
    private static List<Match> longestPerFamily(List<Match> matches, int n) {
        List<Match> kept = new ArrayList<>(matches);
        kept.sort(Comparator.comparingInt(Match::length).reversed().thenComparingInt(Match::start));
        int[] crimeEnd = new int[n];
        int[] crossEnd = new int[n];
        int maxLen = 0;
        List<Match> out = new ArrayList<>(kept.size());
        for (Match m : kept) {
            int[] maxEndByStart = m.rule.isCrimeType() ? crimeEnd : crossEnd;
            if (contained(m, maxEndByStart, maxLen)) {
                continue;
            }
            out.add(m);
            maxEndByStart[m.start] = Math.max(maxEndByStart[m.start], m.end);
            maxLen = Math.max(maxLen, m.length());
        }
        return out;
    }

    /**
     * Step 3a: a match whose phrase has a {@code mention_if} context present is a mention ("shall report
     * … suspicion of money laundering": the duty is the subject, the crime only what is reported).
     */
    private static List<Match> namedAsMentions(NormalizedText nt, List<Match> matches, boolean[] masked) {
        List<Match> out = new ArrayList<>();
        for (Match m : matches) {
            for (NearContext c : m.rule.mentionIf()) {
                if (c.presentAround(nt, m.start, m.end, masked)) {
                    out.add(m);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Step 3b (laws only): a sentence naming many crimes is an enumeration of predicate offences (a
     * laundering provision's list of sources, RICO's "racketeering activity means…"). A crime named
     * only in such a list is a mention, unless the text also deals with it on its own; the laundering
     * such lists feed is the subject, never a predicate. Three crimes given as examples ("inadmissible
     * … for engaging in activities such as people smuggling, trafficking in persons or laundering of
     * money") are mentions too, laundering included. A report or a judgment listing crimes is usually
     * talking about them, so this is not done for them.
     */
    private Reading withoutEnumerations(String text, NormalizedText nt, List<Match> matches) {
        boolean procedure = matches.stream().anyMatch(match -> PROCEDURES.contains(match.rule.tag()));
        if (matches.stream().filter(match -> match.rule.isCrimeType()).map(match -> match.rule.tag()).distinct().count()
                < (procedure ? PROCEDURE_SCOPE_CRIME_TYPES : EXAMPLE_CRIME_TYPES)) {
            return new Reading(matches, List.of()); // no sentence can name enough crimes to be a list
        }
        List<Integer> ends = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        while (m.find()) {
            ends.add(m.start());
        }
        Set<Integer> procedureSentences = new HashSet<>();
        for (Match match : matches) {
            if (PROCEDURES.contains(match.rule.tag())) {
                procedureSentences.add(sentenceAt(ends, nt.tokenOrigStart(match.start)));
            }
        }
        // a list: many crimes, or two in the sentence of a procedure
        BiPredicate<Integer, Set<String>> isList = (sentence, crimes) -> crimes.size() >= ENUMERATION_CRIME_TYPES
                || procedureSentences.contains(sentence) && crimes.size() >= PROCEDURE_SCOPE_CRIME_TYPES;
        List<Integer> markers = new ArrayList<>();
        Matcher e = EXAMPLES.matcher(text);
        while (e.find()) {
            markers.add(e.start());
        }
        Map<Integer, Set<String>> crimesBySentence = new LinkedHashMap<>();
        Map<Integer, Set<String>> examplesBySentence = new LinkedHashMap<>();
        Map<Match, Integer> sentenceOf = new LinkedHashMap<>();
        Set<Match> exampled = new HashSet<>();
        for (Match match : matches) {
            if (!match.rule.isCrimeType()) {
                continue;
            }
            int start = nt.tokenOrigStart(match.start);
            int sentence = sentenceAt(ends, start);
            sentenceOf.put(match, sentence);
            crimesBySentence.computeIfAbsent(sentence, k -> new LinkedHashSet<>()).add(match.rule.tag());
            if (markers.stream().anyMatch(at -> at < start && sentenceAt(ends, at) == sentence)) {
                exampled.add(match);
                examplesBySentence.computeIfAbsent(sentence, k -> new LinkedHashSet<>()).add(match.rule.tag());
            }
        }
        Predicate<Match> inExamples = match -> exampled.contains(match)
                && examplesBySentence.get(sentenceOf.get(match)).size() >= EXAMPLE_CRIME_TYPES;
        // the examples are one list: they do not make the crimes named before them a list as well
        crimesBySentence.clear();
        sentenceOf.forEach((match, sentence) -> {
            if (!inExamples.test(match)) {
                crimesBySentence.computeIfAbsent(sentence, k -> new LinkedHashSet<>()).add(match.rule.tag());
            }
        });
        Set<String> outsideEnumerations = new LinkedHashSet<>();
        sentenceOf.forEach((match, sentence) -> {
            if (!inExamples.test(match) && !isList.test(sentence, crimesBySentence.get(sentence))) {
                outsideEnumerations.add(match.rule.tag());
            }
        });
        List<Match> kept = new ArrayList<>(matches.size());
        List<Match> mentioned = new ArrayList<>();
        for (Match match : matches) {
            Integer sentence = sentenceOf.get(match);
            boolean inEnumeration = sentence != null && isList.test(sentence, crimesBySentence.getOrDefault(sentence, Set.of()));
            // a laundering provision's predicate list keeps laundering (not a procedure's scope); crimes given as
            // examples are all mentions
            if (sentence != null && inExamples.test(match) && !outsideEnumerations.contains(match.rule.tag())) {
                mentioned.add(match);
            } else if (!inEnumeration || outsideEnumerations.contains(match.rule.tag())
                    || ENUMERATION_SUBJECTS.contains(match.rule.tag()) && !procedure) {
                kept.add(match);
            } else {
                mentioned.add(match);
            }
        }
        return new Reading(kept, mentioned);
    }

    private static int sentenceAt(List<Integer> ends, int offset) {
        int pos = Collections.binarySearch(ends, offset);
        return pos >= 0 ? pos : -pos - 1;
    }

    /**
     * Step 4: every match gives its tag, and every tag its usual articles (taxonomy
     * {@code impliedArticles}, or the phrase's own {@code articles}), evidence {@code implied:<tag>}.
     */
    private void addSubjects(NormalizedText nt, List<Match> matches, Set<String> crime, Set<String> cross,
            List<TagEvidence> evidence, Set<String> articles) {
        Map<String, TagEvidence> implied = new LinkedHashMap<>();
        List<Match> inOrder = new ArrayList<>(matches);
        inOrder.sort(Comparator.comparingInt(Match::start));
        for (Match m : inOrder) {
            PhraseRule r = m.rule;
            (r.isCrimeType() ? crime : cross).add(r.tag());
            TagEvidence ev = evidence(nt, r.tag(), m.start, m.end, r.ruleId(), r.confidence());
            evidence.add(ev);
            List<String> arts = r.articles() != null ? r.articles() : taxonomy.impliedArticles(r.tag());
            for (String a : arts) {
                String key = a + "|" + r.tag();
                TagEvidence prev = implied.get(key);
                double conf = round(r.confidence() * IMPLIED_FACTOR);
                if (prev == null || prev.confidence() < conf) {
                    implied.put(key, new TagEvidence(a, ev.text(), ev.start(), ev.end(), "implied:" + r.tag(), conf));
                }
                articles.add(a);
            }
        }
        evidence.addAll(implied.values());
    }

    /**
     * Step 5: explicit citations; skipped inside the Convention or a Protocol itself, whose
     * citations are internal cross-references.
     */
    private void addCitations(String text, NormalizedText nt, TaggingContext ctx, List<TagEvidence> evidence,
            Set<String> articles) {
        for (CitationParser.Citation c : rules.citations.parse(nt, ctx)) {
            evidence.add(new TagEvidence(c.articleId(), text.substring(c.start(), c.end()), c.start(), c.end(), c.rule(),
                    c.confidence()));
            articles.add(c.articleId());
        }
    }

    private static final String CENTRAL_AUTHORITIES = "central-authorities";
    /** Tags whose article depends on the measure meant (18.13 or SOM-8.6; FP-7 or FP-10): a neighbour gives no article. */
    private static final Set<String> ARTICLE_BY_MEASURE = Set.of(CENTRAL_AUTHORITIES, "firearms-control");
    static final String NEIGHBOUR_RULE = "neighbours:knn";

    /**
     * Steps 6 and 7: the tags a learnt layer suggests (the nearest judged passages', or the learner's),
     * which leaves out the tags already given or read as a mention by the rules (a crime in a list of
     * predicates stays a mention). Each adds its usual articles.
     */
    private void addLayerTags(Map<String, Double> suggested, String rule, String whyFormat, Set<String> crime, Set<String> cross,
            List<TagEvidence> evidence, Set<String> articles) {
        for (Map.Entry<String, Double> s : suggested.entrySet()) {
            String tag = s.getKey();
            (isCrimeType(tag) ? crime : cross).add(tag);
            double conf = round(s.getValue());
            String why = whyFormat.formatted(conf);
            evidence.add(new TagEvidence(tag, why, -1, -1, rule, conf));
            if (!ARTICLE_BY_MEASURE.contains(tag)) {
                for (String a : taxonomy.impliedArticles(tag)) {
                    articles.add(a);
                    evidence.add(new TagEvidence(a, why, -1, -1, "implied:" + tag, round(conf * IMPLIED_FACTOR)));
                }
            }
        }
    }

    /**
     * A text that cites the paragraph on central or competent authorities (UNTOC 18(13), SOM 8(6),
     * FP 13) is about those authorities, whatever words it uses for them.
     */
    private void addCitedAuthorities(List<TagEvidence> evidence, Set<String> articles, Set<String> cross) {
        if (cross.contains(CENTRAL_AUTHORITIES)) {
            return;
        }
        List<String> paragraphs = taxonomy.impliedArticles(CENTRAL_AUTHORITIES);
        for (TagEvidence e : List.copyOf(evidence)) {
            if (paragraphs.contains(e.tag()) && !e.rule().startsWith("implied:")) {
                cross.add(CENTRAL_AUTHORITIES);
                evidence.add(new TagEvidence(CENTRAL_AUTHORITIES, e.text(), e.start(), e.end(), "cited:" + e.tag(), e.confidence()));
                return;
            }
        }
    }

    /** Whether an {@code unless} context or a negation cue (not a missing {@code requires}) rejects this match. */
    private static boolean cancelled(NormalizedText nt, Match m, boolean[] masked, Cues found) {
        for (NearContext c : m.rule.unless()) {
            if (c.presentAround(nt, m.start, m.end, masked)) {
                return true;
            }
        }
        for (int c = 0; c < found.cues().size(); c++) {
            int[] sp = found.spans().get(c);
            if (found.cues().get(c).cancels(m.rule) && found.cues().get(c).reaches(nt, m.start, m.end, sp[0], sp[1])) {
                return true;
            }
        }
        return false;
    }

    private boolean accept(NormalizedText nt, Match m, boolean[] masked, Cues found) {
        PhraseRule r = m.rule;
        if (r.caseSensitive()) {
            String orig = nt.original.substring(nt.tokenOrigStart(m.start), nt.tokenOrigEnd(m.end - 1))
                    .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            if (!r.literalForms().contains(orig)) {
                return false;
            }
        }
        for (NearContext c : r.requires()) {
            if (!c.presentAround(nt, m.start, m.end, masked)) {
                return false;
            }
        }
        return !cancelled(nt, m, masked, found);
    }

    private static boolean contained(Match m, int[] maxEndByStart, int maxLen) {
        for (int st = m.start; st >= 0 && st >= m.start - maxLen; st--) {
            int e = maxEndByStart[st];
            if (e >= m.end && (st < m.start || e > m.end)) {
                return true;
            }
        }
        return false;
    }

    private static TagEvidence evidence(NormalizedText nt, String tag, int startTok, int endTok, String rule, double conf) {
        int s = nt.tokenOrigStart(startTok);
        int e = nt.tokenOrigEnd(endTok - 1);
        return new TagEvidence(tag, nt.original.substring(s, e), s, e, rule, round(conf));
    }

    private static List<TagEvidence> dedupe(List<TagEvidence> in) {
        Map<String, TagEvidence> m = new HashMap<>();
        List<TagEvidence> out = new ArrayList<>(in.size());
        for (TagEvidence e : in) {
            String k = e.tag() + "|" + e.start() + "|" + e.end() + "|" + e.rule();
            if (m.putIfAbsent(k, e) == null) {
                out.add(e);
            }
        }
        return out;
    }

    private static double round(double d) {
        return Math.round(Math.max(0, Math.min(1, d)) * 100) / 100.0;
    }

    private static String language(String lang) {
        if (lang == null || lang.isBlank()) {
            return RuleSet.ANY;
        }
        String l = lang.strip().toLowerCase(Locale.ROOT);
        int cut = l.indexOf('-') >= 0 ? l.indexOf('-') : l.indexOf('_');
        if (cut > 0) {
            l = l.substring(0, cut);
        }
        return l.equals("other") ? RuleSet.ANY : l;
    }
}
