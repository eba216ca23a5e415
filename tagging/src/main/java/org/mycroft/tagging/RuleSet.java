package org.mycroft.tagging;

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
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

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

    private RuleSet(Map<String, TokenTrie<PhraseRule>> tagTries, TokenTrie<String> stopTrie,
                    Map<String, TokenTrie<NegationCue>> negationTries, CitationParser citations) {
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
        Map<String, Map<String, Object>> docs = new LinkedHashMap<>();
        for (String f : FILES) {
            String text;
            try {
                text = source.read(f);
            } catch (IOException e) {
                throw new TaggingRulesException(f + ": cannot read rule file from " + source.describe() + ": " + e.getMessage(), e);
            }
            Object y;
            try {
                // A second "nl:" under the same tag would silently replace the first: refuse it.
                LoaderOptions options = new LoaderOptions();
                options.setAllowDuplicateKeys(false);
                y = new Yaml(new SafeConstructor(options)).load(text);
            } catch (RuntimeException e) {
                throw new TaggingRulesException(f + ": not valid YAML: " + e.getMessage(), e);
            }
            if (!(y instanceof Map<?, ?> map)) {
                throw new TaggingRulesException(f + ": expected a mapping at the top level");
            }
            docs.put(f, cast(map));
        }

        List<PhraseRule> rules = new ArrayList<>();
        Set<String> crimeIds = new HashSet<>();
        taxonomy.crimeTypes().forEach(c -> crimeIds.add(c.id()));
        Set<String> ccIds = new HashSet<>();
        taxonomy.crossCutting().forEach(c -> ccIds.add(c.id()));
        loadTags(CRIME_TYPES, "crime-types", docs.get(CRIME_TYPES), crimeIds, "crime type", taxonomy, rules);
        loadTags(CROSS_CUTTING, "cross-cutting", docs.get(CROSS_CUTTING), ccIds, "cross-cutting issue", taxonomy, rules);

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
        Map<String, Object> cit = docs.get(CITATIONS);
        TokenTrie<String> instruments = new TokenTrie<>();
        List<String> instrumentNames = new ArrayList<>();
        CitationParser parser = loadCitations(cit, taxonomy, instruments, instrumentNames);

        TokenTrie<String> stop = new TokenTrie<>();
        Map<String, Object> stopDoc = docs.get(STOP_PHRASES);
        Object phrases = stopDoc.get("phrases");
        if (!(phrases instanceof Map<?, ?> pm)) {
            throw new TaggingRulesException(STOP_PHRASES + ": expected 'phrases:' with one list per language");
        }
        for (Map.Entry<String, Object> e : cast(pm).entrySet()) {
            String lang = checkLang(STOP_PHRASES, e.getKey());
            int n = 0;
            for (Object p : list(STOP_PHRASES, "phrases." + lang, e.getValue())) {
                n++;
                addPhrase(stop, STOP_PHRASES, "phrases." + lang + "[" + n + "]", string(p), STOP_PHRASES + ":" + lang + ":" + n);
            }
        }
        for (String name : instrumentNames) {
            addPhrase(stop, STOP_PHRASES, "instrument name", name, "instrument-name");
        }

        Map<String, TokenTrie<NegationCue>> neg = loadNegation(docs.get(NEGATION), crimeIds, ccIds, taxonomy, languages);
        return new RuleSet(Map.copyOf(tries), stop, neg, parser);
    }

    private static void loadTags(String file, String family, Map<String, Object> doc, Set<String> validIds, String kind,
                                 Taxonomy taxonomy, List<PhraseRule> out) {
        Map<String, Object> defaults = doc.get("defaults") instanceof Map<?, ?> d ? cast(d) : Map.of();
        double defConf = number(file, "defaults.confidence", defaults.get("confidence"), 0.9);
        int defWindow = (int) number(file, "defaults.window", defaults.get("window"), 5);
        Object tags = doc.get("tags");
        if (!(tags instanceof Map<?, ?> tm)) {
            throw new TaggingRulesException(file + ": expected 'tags:' mapping each " + kind + " id to its phrases");
        }
        for (Map.Entry<String, Object> te : cast(tm).entrySet()) {
            String tag = te.getKey();
            if (!validIds.contains(tag)) {
                throw new TaggingRulesException(file + ": unknown " + kind + " '" + tag + "' (not in the taxonomy)");
            }
            if (!(te.getValue() instanceof Map<?, ?> langs)) {
                throw new TaggingRulesException(file + ": " + tag + ": expected one list of phrases per language");
            }
            for (Map.Entry<String, Object> le : cast(langs).entrySet()) {
                String lang = checkLang(file + ": " + tag, le.getKey());
                int n = 0;
                for (Object entry : list(file, tag + "." + lang, le.getValue())) {
                    n++;
                    String where = tag + "." + lang + "[" + n + "]";
                    String ruleId = file + ":" + tag + ":" + lang + ":" + n;
                    out.add(phraseRule(file, family, tag, lang, ruleId, where, entry, defConf, defWindow, taxonomy));
                }
            }
        }
    }

    private static PhraseRule phraseRule(String file, String family, String tag, String lang, String ruleId, String where,
                                         Object entry, double defConf, int defWindow, Taxonomy taxonomy) {
        String phrase;
        double conf = defConf;
        List<String> articles = null;
        List<NearContext> requires = List.of();
        List<NearContext> unless = List.of();
        boolean cs = false;
        if (entry instanceof String s) {
            phrase = s;
        } else if (entry instanceof Map<?, ?> m0) {
            Map<String, Object> m = cast(m0);
            for (String k : m.keySet()) {
                if (!Set.of("phrase", "confidence", "articles", "requires", "unless", "case_sensitive", "note").contains(k)) {
                    throw new TaggingRulesException(file + ": " + where + ": unknown key '" + k + "'");
                }
            }
            phrase = string(m.get("phrase"));
            if (phrase == null) {
                throw new TaggingRulesException(file + ": " + where + ": missing 'phrase'");
            }
            conf = number(file, where + ".confidence", m.get("confidence"), defConf);
            if (m.containsKey("articles")) {
                articles = new ArrayList<>();
                for (Object a : list(file, where + ".articles", m.get("articles"))) {
                    String id = string(a);
                    if (!taxonomy.isValidArticleId(id)) {
                        throw new TaggingRulesException(file + ": " + where + ": unknown article id '" + id + "'");
                    }
                    articles.add(id);
                }
                articles = List.copyOf(articles);
            }
            requires = contexts(file, where + ".requires", m.get("requires"), defWindow);
            unless = contexts(file, where + ".unless", m.get("unless"), defWindow);
            cs = Boolean.TRUE.equals(m.get("case_sensitive"));
        } else {
            throw new TaggingRulesException(file + ": " + where + ": expected a phrase or a mapping with 'phrase:'");
        }
        if (conf < 0 || conf > 1) {
            throw new TaggingRulesException(file + ": " + where + ": confidence must be in [0, 1]");
        }
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
        return new PhraseRule(family, tag, lang, ruleId, phrase, conf, articles, requires, unless, cs, literal);
    }

    /** Written forms of a case-sensitive phrase (case kept, words joined by one space); no prefixes. */
    private static List<String> literalForms(String phrase) {
        if (phrase.contains("*")) {
            throw new IllegalArgumentException("a case_sensitive phrase cannot use a prefix (*): " + phrase);
        }
        return List.copyOf(PhraseSyntax.writtenForms(phrase));
    }

    private static List<NearContext> contexts(String file, String where, Object v, int defWindow) {
        if (v == null) {
            return List.of();
        }
        List<Object> items = v instanceof List<?> l ? new ArrayList<>(l) : List.of(v);
        List<NearContext> out = new ArrayList<>();
        for (Object o : items) {
            if (!(o instanceof Map<?, ?> m0)) {
                throw new TaggingRulesException(file + ": " + where + ": expected {near: [...], window: N, side: before|after|both}");
            }
            Map<String, Object> m = cast(m0);
            for (String k : m.keySet()) {
                if (!Set.of("near", "window", "side").contains(k)) {
                    throw new TaggingRulesException(file + ": " + where + ": unknown key '" + k + "'");
                }
            }
            TokenTrie<Boolean> trie = new TokenTrie<>();
            for (Object p : list(file, where + ".near", m.get("near"))) {
                addPhrase(trie, file, where, string(p), Boolean.TRUE);
            }
            if (trie.isEmpty()) {
                throw new TaggingRulesException(file + ": " + where + ": 'near' is empty");
            }
            int window = (int) number(file, where + ".window", m.get("window"), defWindow);
            String side = m.get("side") == null ? "both" : string(m.get("side")).toLowerCase(Locale.ROOT);
            NearContext.Side s = switch (side) {
                case "before" -> NearContext.Side.BEFORE;
                case "after" -> NearContext.Side.AFTER;
                case "both" -> NearContext.Side.BOTH;
                default -> throw new TaggingRulesException(file + ": " + where + ": side must be before, after or both");
            };
            out.add(new NearContext(trie, window, s));
        }
        return List.copyOf(out);
    }

    private static Map<String, TokenTrie<NegationCue>> loadNegation(Map<String, Object> doc, Set<String> crimeIds,
                                                                    Set<String> ccIds, Taxonomy taxonomy,
                                                                    Set<String> languages) {
        String file = NEGATION;
        int defWindow = (int) number(file, "window", doc.get("window"), 15);
        double defConf = number(file, "confidence", doc.get("confidence"), 0.85);
        Object cues = doc.get("cues");
        if (!(cues instanceof Map<?, ?> cm)) {
            throw new TaggingRulesException(file + ": expected 'cues:' with one list per language");
        }
        Map<String, List<NegationCue>> byLang = new LinkedHashMap<>();
        for (Map.Entry<String, Object> le : cast(cm).entrySet()) {
            String lang = checkLang(file, le.getKey());
            int n = 0;
            for (Object entry : list(file, "cues." + lang, le.getValue())) {
                n++;
                String where = "cues." + lang + "[" + n + "]";
                String phrase;
                int window = defWindow;
                boolean before = false;
                boolean acrossSentences = false;
                Set<String> scope = null;
                List<String> articles = List.of();
                if (entry instanceof String s) {
                    phrase = s;
                } else if (entry instanceof Map<?, ?> m0) {
                    Map<String, Object> m = cast(m0);
                    phrase = string(m.get("phrase"));
                    window = (int) number(file, where + ".window", m.get("window"), defWindow);
                    Object side = m.getOrDefault("side", "after");
                    if (!"after".equals(side) && !"before".equals(side)) {
                        throw new TaggingRulesException(file + ": " + where + ": side must be 'after' or 'before', not '" + side + "'");
                    }
                    before = "before".equals(side);
                    Object list = m.getOrDefault("list", false);
                    if (!(list instanceof Boolean b)) {
                        throw new TaggingRulesException(file + ": " + where + ": list must be true or false, not '" + list + "'");
                    }
                    acrossSentences = b;
                    if (m.get("scope") != null) {
                        scope = new HashSet<>();
                        for (Object o : list(file, where + ".scope", m.get("scope"))) {
                            String id = string(o);
                            if (!crimeIds.contains(id) && !ccIds.contains(id)) {
                                throw new TaggingRulesException(file + ": " + where + ": unknown tag id '" + id + "' (not in the taxonomy)");
                            }
                            scope.add(id);
                        }
                        scope = Set.copyOf(scope);
                    }
                    if (m.get("articles") != null) {
                        List<String> a = new ArrayList<>();
                        for (Object o : list(file, where + ".articles", m.get("articles"))) {
                            String id = string(o);
                            if (!taxonomy.isValidArticleId(id)) {
                                throw new TaggingRulesException(file + ": " + where + ": unknown article id '" + id + "'");
                            }
                            a.add(id);
                        }
                        articles = List.copyOf(a);
                    }
                } else {
                    throw new TaggingRulesException(file + ": " + where + ": expected a phrase or a mapping with 'phrase:'");
                }
                if (phrase == null) {
                    throw new TaggingRulesException(file + ": " + where + ": missing 'phrase'");
                }
                byLang.computeIfAbsent(lang, k -> new ArrayList<>())
                        .add(new NegationCue(file + ":" + lang + ":" + n, phrase, window, scope, articles, defConf, before, acrossSentences));
            }
        }
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

    private static CitationParser loadCitations(Map<String, Object> doc, Taxonomy taxonomy, TokenTrie<String> instruments,
                                                List<String> instrumentNames) {
        String file = CITATIONS;
        List<String> articleWords = strings(file, "article_words", doc.get("article_words"));
        List<String> paragraphWords = strings(file, "paragraph_words", doc.get("paragraph_words"));
        List<String> listWords = strings(file, "list_words", doc.get("list_words"));
        List<String> rangeWords = strings(file, "range_words", doc.get("range_words"));
        List<String> paragraphOf = strings(file, "paragraph_of", doc.get("paragraph_of"));
        Set<String> connectors = new HashSet<>(strings(file, "connectors", doc.get("connectors")));
        Set<String> notGenericAfter = new HashSet<>(strings(file, "not_generic_after", doc.get("not_generic_after")));

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
        Object ins = doc.get("instruments");
        if (!(ins instanceof Map<?, ?> im)) {
            throw new TaggingRulesException(file + ": expected 'instruments:' mapping instrument ids to their names");
        }
        for (Map.Entry<String, Object> e : cast(im).entrySet()) {
            String id = e.getKey();
            if (!specific.contains(id)) {
                throw new TaggingRulesException(file + ": unknown instrument '" + id + "' (not in the taxonomy)");
            }
            int n = 0;
            for (Object p : list(file, "instruments." + id, e.getValue())) {
                n++;
                String name = string(p);
                addPhrase(instruments, file, "instruments." + id + "[" + n + "]", name, id);
                instrumentNames.add(name);
            }
        }
        for (String g : strings(file, "generic_convention", doc.get("generic_convention"))) {
            addPhrase(instruments, file, "generic_convention", g, CitationParser.GENERIC_CONVENTION);
        }
        for (String g : strings(file, "generic_protocol", doc.get("generic_protocol"))) {
            addPhrase(instruments, file, "generic_protocol", g, CitationParser.GENERIC_PROTOCOL);
        }
        for (String g : strings(file, "other_instruments", doc.get("other_instruments"))) {
            addPhrase(instruments, file, "other_instruments", g, CitationParser.OTHER);
            instrumentNames.add(g);
        }
        Map<String, Object> conf = doc.get("confidence") instanceof Map<?, ?> c ? cast(c) : Map.of();
        return new CitationParser(taxonomy, articleWords, paragraphWords, listWords, rangeWords, paragraphOf, connectors,
                notGenericAfter, instruments, specific,
                number(file, "confidence.explicit", conf.get("explicit"), 0.95),
                number(file, "confidence.generic_convention", conf.get("generic_convention"), 0.85),
                number(file, "confidence.generic_protocol", conf.get("generic_protocol"), 0.8));
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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        for (Object k : m.keySet()) {
            if (!(k instanceof String)) {
                throw new TaggingRulesException("rule files: keys must be strings, found " + k);
            }
        }
        return (Map<String, Object>) m;
    }

    private static List<?> list(String file, String where, Object v) {
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> l)) {
            throw new TaggingRulesException(file + ": " + where + ": expected a list");
        }
        return l;
    }

    private static List<String> strings(String file, String where, Object v) {
        List<String> out = new ArrayList<>();
        for (Object o : list(file, where, v)) {
            out.add(string(o));
        }
        if (out.isEmpty()) {
            throw new TaggingRulesException(file + ": '" + where + "' is missing or empty");
        }
        return out;
    }

    private static String string(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    private static double number(String file, String where, Object v, double def) {
        if (v == null) {
            return def;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new TaggingRulesException(file + ": " + where + ": expected a number, found '" + v + "'");
    }

}
