package org.mycroft.tagging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mycroft.core.taxonomy.Instrument;
import org.mycroft.core.taxonomy.Taxonomy;
import java.util.regex.Pattern;
import org.mycroft.core.yaml.StrictYaml;
import org.mycroft.tagging.RuleFiles.CitationConfidence;
import org.mycroft.tagging.RuleFiles.CitationFile;
import org.mycroft.tagging.RuleFiles.CueEntry;
import org.mycroft.tagging.RuleFiles.Defaults;
import org.mycroft.tagging.RuleFiles.NegationFile;
import org.mycroft.tagging.RuleFiles.Near;
import org.mycroft.tagging.RuleFiles.PhraseEntry;
import org.mycroft.tagging.RuleFiles.StopFile;
import org.mycroft.tagging.RuleFiles.TagFile;

/**
 * The compiled rule files: one token trie per language for the tag phrases, one for stop-phrases,
 * one per language for negation cues, and the citation parser. Built once, then read-only and shared
 * by every call of {@link Tagger#tag}.
 */
final class RuleSet {

    static final String CRIME_TYPES = "crime-types.yaml";
    static final String CROSS_CUTTING = "cross-cutting.yaml";
    static final String STOP_PHRASES = "stop-phrases.yaml";
    static final String NEGATION = "negation.yaml";
    static final String CITATIONS = "citations.yaml";
    static final List<String> FILES = List.of(CRIME_TYPES, CROSS_CUTTING, STOP_PHRASES, NEGATION, CITATIONS);

    /** Key of the tries that hold the rules of every language. */
    static final String ANY = "*";
    static final String ALL_LANGUAGES = "all";

    /** Where the files come from: the classpath or an operator's directory. */
    interface Source {
        String read(String file) throws IOException;

        String describe();
    }

    static Source classpath(String base) {
        return new Source() {
            @Override
            public String read(String file) throws IOException {
                try (InputStream in = RuleSet.class.getResourceAsStream(base + file)) {
                    if (in == null) {
                        throw new IOException("not found on the classpath: " + base + file);
                    }
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }

            @Override
            public String describe() {
                return "classpath:" + base;
            }
        };
    }

    static Source directory(Path dir) {
        return new Source() {
            @Override
            public String read(String file) throws IOException {
                return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
            }

            @Override
            public String describe() {
                return dir.toString();
            }
        };
    }

    final Map<String, TokenTrie<PhraseRule>> tagTries;
    final TokenTrie<String> stopTrie;
    final Map<String, TokenTrie<NegationCue>> negationTries;
    final CitationParser citations;
    /** Ids of the phrases whose paragraph articles stand in a law's body ({@code paragraph_in_body: true}). */
    final Set<String> bodyParagraphRules;

    private RuleSet(Map<String, TokenTrie<PhraseRule>> tagTries, TokenTrie<String> stopTrie,
                    Map<String, TokenTrie<NegationCue>> negationTries, CitationParser citations, Set<String> bodyParagraphRules) {
        this.bodyParagraphRules = bodyParagraphRules;
        this.tagTries = tagTries;
        this.stopTrie = stopTrie;
        this.negationTries = negationTries;
        this.citations = citations;
    }

    TokenTrie<PhraseRule> tagTrie(String lang) {
        TokenTrie<PhraseRule> t = tagTries.get(lang);
        return t != null ? t : tagTries.get(ANY);
    }

    TokenTrie<NegationCue> negationTrie(String lang) {
        TokenTrie<NegationCue> t = negationTries.get(lang);
        return t != null ? t : negationTries.get(ANY);
    }

    // ---------------------------------------------------------------------------------- loading

    static RuleSet load(Taxonomy taxonomy, Source source) {
        TagFile crimeTypes = bind(source, CRIME_TYPES, TagFile.class);
        TagFile crossCutting = bind(source, CROSS_CUTTING, TagFile.class);
        StopFile stopPhrases = bind(source, STOP_PHRASES, StopFile.class);
        NegationFile negation = bind(source, NEGATION, NegationFile.class);
        CitationFile citationFile = bind(source, CITATIONS, CitationFile.class);

        List<PhraseRule> rules = new ArrayList<>();
        Set<String> crimeIds = new HashSet<>();
        taxonomy.crimeTypes().forEach(c -> crimeIds.add(c.id()));
        Set<String> ccIds = new HashSet<>();
        taxonomy.crossCutting().forEach(c -> ccIds.add(c.id()));
        loadTags(CRIME_TYPES, "crime-types", crimeTypes, crimeIds, "crime type", taxonomy, rules);
        loadTags(CROSS_CUTTING, "cross-cutting", crossCutting, ccIds, "cross-cutting issue", taxonomy, rules);

        Set<String> languages = new LinkedHashSet<>(List.of("en", "fr", "es"));
        for (PhraseRule r : rules) {
            if (!r.lang().equals(ALL_LANGUAGES)) {
                languages.add(r.lang());
            }
        }
        Map<String, TokenTrie<PhraseRule>> tries = new HashMap<>();
        for (String lang : languages) {
            TokenTrie<PhraseRule> t = new TokenTrie<>();
            for (PhraseRule r : rules) {
                if (r.lang().equals(lang) || r.lang().equals(ALL_LANGUAGES)) {
                    t.addPhrase(r.phrase(), r);
                }
            }
            tries.put(lang, t);
        }
        TokenTrie<PhraseRule> any = new TokenTrie<>();
        for (PhraseRule r : rules) {
            any.addPhrase(r.phrase(), r);
        }
        tries.put(ANY, any);

        // Citations first: the instrument names are stop-phrases too.
        TokenTrie<String> instruments = new TokenTrie<>();
        List<String> instrumentNames = new ArrayList<>();
        CitationParser parser = loadCitations(citationFile, taxonomy, instruments, instrumentNames);

        TokenTrie<String> stop = new TokenTrie<>();
        if (stopPhrases.phrases() == null) {
            throw new TaggingRulesException(STOP_PHRASES + ": expected 'phrases:' with one list per language");
        }
        stopPhrases.phrases().forEach((key, phrases) -> {
            String lang = checkLang(STOP_PHRASES, key);
            int n = 0;
            for (String p : orEmpty(phrases)) {
                n++;
                addPhrase(stop, STOP_PHRASES, "phrases." + lang + "[" + n + "]", p, STOP_PHRASES + ":" + lang + ":" + n);
            }
        });
        for (String name : instrumentNames) {
            addPhrase(stop, STOP_PHRASES, "instrument name", name, "instrument-name");
        }

        Map<String, TokenTrie<NegationCue>> neg = loadNegation(negation, crimeIds, ccIds, taxonomy, languages);
        Set<String> bodyParagraphs = new HashSet<>();
        rules.stream().filter(PhraseRule::paragraphInBody).forEach(r -> bodyParagraphs.add(r.ruleId()));
        return new RuleSet(Map.copyOf(tries), stop, neg, parser, Set.copyOf(bodyParagraphs));
    }

    /** Reads and binds one rule file; a mistake is reported with the file and where in it. */
    private static <T> T bind(Source source, String file, Class<T> type) {
        String text;
        try {
            text = source.read(file);
        } catch (IOException e) {
            throw new TaggingRulesException(file + ": cannot read rule file from " + source.describe() + ": " + e.getMessage(), e);
        }
        try {
            T value = StrictYaml.MAPPER.readValue(text, type);
            if (value == null) {
                throw new TaggingRulesException(file + ": expected a mapping at the top level");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw new TaggingRulesException(file + ": " + where(StrictYaml.path(e).replaceFirst("\\.?[^.\\[]*$", ""))
                    + "unknown key '" + e.getPropertyName() + "'", e);
        } catch (JsonProcessingException e) {
            // A second "nl:" under the same tag would silently replace the first: the parser refuses it.
            String message = DUPLICATE.matcher(e.getOriginalMessage()).replaceFirst("duplicate key $1");
            String line = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new TaggingRulesException(file + ": " + where(StrictYaml.path(e)) + message + line, e);
        }
    }

    private static String where(String path) {
        return path.isEmpty() ? "" : path + ": ";
    }

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

    private static void loadTags(String file, String family, TagFile doc, Set<String> validIds, String kind,
                                 Taxonomy taxonomy, List<PhraseRule> out) {
        Defaults defaults = doc.defaults() == null ? Defaults.NONE : doc.defaults();
        double defConf = orElse(defaults.confidence(), 0.9);
        int defWindow = orElse(defaults.window(), 5);
        if (doc.tags() == null) {
            throw new TaggingRulesException(file + ": expected 'tags:' mapping each " + kind + " id to its phrases");
        }
        doc.tags().forEach((tag, byLanguage) -> {
            if (!validIds.contains(tag)) {
                throw new TaggingRulesException(file + ": unknown " + kind + " '" + tag + "' (not in the taxonomy)");
            }
            if (byLanguage == null) {
                throw new TaggingRulesException(file + ": " + tag + ": expected one list of phrases per language");
            }
            byLanguage.forEach((key, entries) -> {
                String lang = checkLang(file + ": " + tag, key);
                int n = 0;
                for (PhraseEntry entry : orEmpty(entries)) {
                    n++;
                    String where = tag + "." + lang + "[" + n + "]";
                    String ruleId = file + ":" + tag + ":" + lang + ":" + n;
                    out.add(phraseRule(file, family, tag, lang, ruleId, where, entry, defConf, defWindow, taxonomy));
                }
            });
        });
    }

    private static PhraseRule phraseRule(String file, String family, String tag, String lang, String ruleId, String where,
                                         PhraseEntry entry, double defConf, int defWindow, Taxonomy taxonomy) {
        if (entry == null || entry.phrase() == null) {
            throw new TaggingRulesException(file + ": " + where + ": missing 'phrase'");
        }
        String phrase = entry.phrase();
        double conf = orElse(entry.confidence(), defConf);
        if (conf < 0 || conf > 1) {
            throw new TaggingRulesException(file + ": " + where + ": confidence must be in [0, 1]");
        }
        List<String> articles = entry.articles() == null ? null
                : articleIds(file, where, entry.articles(), taxonomy);
        List<NearContext> requires = contexts(file, where + ".requires", entry.requires(), defWindow);
        List<NearContext> unless = contexts(file, where + ".unless", entry.unless(), defWindow);
        List<NearContext> mentionIf = contexts(file, where + ".mention_if", entry.mentionIf(), defWindow);
        boolean cs = Boolean.TRUE.equals(entry.caseSensitive());
        List<String> literal = List.of();
        try {
            TokenTrie<Boolean> probe = new TokenTrie<>();
            probe.addPhrase(phrase, Boolean.TRUE);
            if (cs) {
                literal = literalForms(phrase);
            }
        } catch (IllegalArgumentException e) {
            throw new TaggingRulesException(file + ": " + where + ": " + e.getMessage(), e);
        }
        return new PhraseRule(family, tag, lang, ruleId, phrase, conf, articles, requires, unless, mentionIf, cs, literal,
                Boolean.TRUE.equals(entry.paragraphInBody()));
    }

    /** Written forms of a case-sensitive phrase (case kept, words joined by one space); no prefixes. */
    private static List<String> literalForms(String phrase) {
        if (phrase.contains("*")) {
            throw new IllegalArgumentException("a case_sensitive phrase cannot use a prefix (*): " + phrase);
        }
        return List.copyOf(PhraseSyntax.writtenForms(phrase));
    }

    private static List<NearContext> contexts(String file, String where, List<Near> items, int defWindow) {
        List<NearContext> out = new ArrayList<>();
        for (Near near : orEmpty(items)) {
            TokenTrie<Boolean> trie = new TokenTrie<>();
            for (String p : orEmpty(near.near())) {
                addPhrase(trie, file, where, p, Boolean.TRUE);
            }
            if (trie.isEmpty()) {
                throw new TaggingRulesException(file + ": " + where + ": 'near' is empty");
            }
            String side = near.side() == null ? "both" : near.side().toLowerCase(Locale.ROOT);
            NearContext.Side s = switch (side) {
                case "before" -> NearContext.Side.BEFORE;
                case "after" -> NearContext.Side.AFTER;
                case "both" -> NearContext.Side.BOTH;
                default -> throw new TaggingRulesException(file + ": " + where + ": side must be before, after or both");
            };
            out.add(new NearContext(trie, orElse(near.window(), defWindow), s));
        }
        return List.copyOf(out);
    }

    private static Map<String, TokenTrie<NegationCue>> loadNegation(NegationFile doc, Set<String> crimeIds,
                                                                    Set<String> ccIds, Taxonomy taxonomy,
                                                                    Set<String> languages) {
        String file = NEGATION;
        int defWindow = orElse(doc.window(), 15);
        double defConf = orElse(doc.confidence(), 0.85);
        if (doc.cues() == null) {
            throw new TaggingRulesException(file + ": expected 'cues:' with one list per language");
        }
        Map<String, List<NegationCue>> byLang = new LinkedHashMap<>();
        doc.cues().forEach((key, entries) -> {
            String lang = checkLang(file, key);
            int n = 0;
            for (CueEntry entry : orEmpty(entries)) {
                n++;
                String where = "cues." + lang + "[" + n + "]";
                if (entry == null || entry.phrase() == null) {
                    throw new TaggingRulesException(file + ": " + where + ": missing 'phrase'");
                }
                String side = entry.side() == null ? "after" : entry.side();
                if (!"after".equals(side) && !"before".equals(side)) {
                    throw new TaggingRulesException(file + ": " + where + ": side must be 'after' or 'before', not '" + side + "'");
                }
                Object list = entry.list() == null ? false : entry.list();
                if (!(list instanceof Boolean acrossSentences)) {
                    throw new TaggingRulesException(file + ": " + where + ": list must be true or false, not '" + list + "'");
                }
                Set<String> scope = null;
                if (entry.scope() != null) {
                    for (String id : entry.scope()) {
                        if (!crimeIds.contains(id) && !ccIds.contains(id)) {
                            throw new TaggingRulesException(file + ": " + where + ": unknown tag id '" + id + "' (not in the taxonomy)");
                        }
                    }
                    scope = Set.copyOf(entry.scope());
                }
                for (String id : orEmpty(entry.except())) {
                    if (!crimeIds.contains(id) && !ccIds.contains(id)) {
                        throw new TaggingRulesException(file + ": " + where + ": unknown tag id '" + id + "' in except (not in the taxonomy)");
                    }
                }
                Set<String> except = entry.except() == null ? Set.of() : Set.copyOf(entry.except());
                List<String> articles = entry.articles() == null ? List.of() : articleIds(file, where, entry.articles(), taxonomy);
                byLang.computeIfAbsent(lang, k -> new ArrayList<>())
                        .add(new NegationCue(file + ":" + lang + ":" + n, entry.phrase(), orElse(entry.window(), defWindow),
                                scope, except, articles, defConf, "before".equals(side), acrossSentences));
            }
        });
        Map<String, TokenTrie<NegationCue>> out = new HashMap<>();
        Set<String> langs = new LinkedHashSet<>(languages);
        langs.addAll(byLang.keySet());
        langs.remove(ALL_LANGUAGES);
        for (String lang : langs) {
            TokenTrie<NegationCue> t = new TokenTrie<>();
            for (Map.Entry<String, List<NegationCue>> e : byLang.entrySet()) {
                if (e.getKey().equals(lang) || e.getKey().equals(ALL_LANGUAGES)) {
                    for (NegationCue c : e.getValue()) {
                        addPhrase(t, file, c.ruleId(), c.phrase(), c);
                    }
                }
            }
            out.put(lang, t);
        }
        TokenTrie<NegationCue> any = new TokenTrie<>();
        for (List<NegationCue> l : byLang.values()) {
            for (NegationCue c : l) {
                addPhrase(any, file, c.ruleId(), c.phrase(), c);
            }
        }
        out.put(ANY, any);
        return Map.copyOf(out);
    }

    private static CitationParser loadCitations(CitationFile doc, Taxonomy taxonomy, TokenTrie<String> instruments,
                                                List<String> instrumentNames) {
        String file = CITATIONS;
        Set<String> specific = new HashSet<>();
        for (Instrument i : taxonomy.instruments()) {
            specific.add(i.id());
            for (String name : i.names().values()) {
                addPhrase(instruments, file, "taxonomy name of " + i.id(), name, i.id());
                instrumentNames.add(name);
            }
            for (String name : i.shortNames().values()) {
                addPhrase(instruments, file, "taxonomy short name of " + i.id(), name, i.id());
                instrumentNames.add(name);
            }
        }
        if (doc.instruments() == null) {
            throw new TaggingRulesException(file + ": expected 'instruments:' mapping instrument ids to their names");
        }
        doc.instruments().forEach((id, names) -> {
            if (!specific.contains(id)) {
                throw new TaggingRulesException(file + ": unknown instrument '" + id + "' (not in the taxonomy)");
            }
            int n = 0;
            for (String name : orEmpty(names)) {
                n++;
                addPhrase(instruments, file, "instruments." + id + "[" + n + "]", name, id);
                instrumentNames.add(name);
            }
        });
        for (String g : required(file, "generic_convention", doc.genericConvention())) {
            addPhrase(instruments, file, "generic_convention", g, CitationParser.GENERIC_CONVENTION);
        }
        for (String g : required(file, "generic_protocol", doc.genericProtocol())) {
            addPhrase(instruments, file, "generic_protocol", g, CitationParser.GENERIC_PROTOCOL);
        }
        for (String g : required(file, "other_instruments", doc.otherInstruments())) {
            addPhrase(instruments, file, "other_instruments", g, CitationParser.OTHER);
            instrumentNames.add(g);
        }
        CitationConfidence conf = doc.confidence() == null ? CitationConfidence.NONE : doc.confidence();
        return new CitationParser(taxonomy, required(file, "article_words", doc.articleWords()),
                required(file, "paragraph_words", doc.paragraphWords()), required(file, "list_words", doc.listWords()),
                required(file, "range_words", doc.rangeWords()), required(file, "paragraph_of", doc.paragraphOf()),
                new HashSet<>(required(file, "connectors", doc.connectors())),
                new HashSet<>(required(file, "not_generic_after", doc.notGenericAfter())), instruments, specific,
                orElse(conf.explicit(), 0.95), orElse(conf.genericConvention(), 0.85), orElse(conf.genericProtocol(), 0.8));
    }

    // ---------------------------------------------------------------------------------- helpers

    private static <T> void addPhrase(TokenTrie<T> trie, String file, String where, String phrase, T value) {
        if (phrase == null) {
            throw new TaggingRulesException(file + ": " + where + ": empty phrase");
        }
        try {
            trie.addPhrase(phrase, value);
        } catch (IllegalArgumentException e) {
            throw new TaggingRulesException(file + ": " + where + ": " + e.getMessage(), e);
        }
    }

    private static String checkLang(String where, String lang) {
        if (lang == null || !(lang.equals(ALL_LANGUAGES) || lang.matches("[a-z]{2,3}"))) {
            throw new TaggingRulesException(where + ": '" + lang + "' is not a language code (en, fr, es, … or all)");
        }
        return lang;
    }

    private static List<String> articleIds(String file, String where, List<String> ids, Taxonomy taxonomy) {
        for (String id : ids) {
            if (!taxonomy.isValidArticleId(id)) {
                throw new TaggingRulesException(file + ": " + where + ": unknown article id '" + id + "'");
            }
        }
        return List.copyOf(ids);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static List<String> required(String file, String key, List<String> values) {
        if (values == null || values.isEmpty()) {
            throw new TaggingRulesException(file + ": '" + key + "' is missing or empty");
        }
        return values;
    }

    private static <N extends Number> N orElse(N value, N otherwise) {
        return value == null ? otherwise : value;
    }
}
