package org.mycroft.core.taxonomy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shared vocabulary (TAXONOMY.md): instruments and articles, crime types, cross-cutting issues,
 * document types, regions, languages, and their labels in every UI language ({@link UiLanguages}). Read from the TSV files under
 * {@code /mycroft/taxonomy/} on the classpath, validated once (a bad edit fails at startup, not in a
 * page), then immutable and shared.
 */
public final class Taxonomy {

    /**
     * INSTRUMENT-N, then optionally a paragraph (".13") and a sub-paragraph (".c" or ".2"). UNTOC
     * art. 2 has lettered sub-paragraphs without a numbered paragraph, hence a letter is allowed
     * directly after the article ("UNTOC-2.b").
     */
    private static final Pattern ID = Pattern.compile(
            "([A-Z]{2,10})-([1-9][0-9]{0,2})((?:\\.(?:[1-9][0-9]{0,2}|[a-z]{1,4})){0,2})");

    private final List<Instrument> instruments;
    private final Map<String, Instrument> instrumentById;
    private final List<Article> articles;
    private final Map<String, Article> articleById;
    private final Map<String, List<Article>> articlesByInstrument;
    private final List<CrimeType> crimeTypes;
    private final Map<String, CrimeType> crimeTypeById;
    private final Map<String, List<String>> crimeTypeChildren;
    private final List<CrossCuttingIssue> crossCutting;
    private final Map<String, CrossCuttingIssue> crossCuttingById;
    private final List<String> docTypes;
    private final Map<String, Map<String, String>> docTypeLabels;
    private final Map<String, Map<String, String>> docTypePluralLabels;
    private final List<Region> regions;
    private final Map<String, Region> regionById;
    private final Map<String, Map<String, String>> languagesByLang;

    private static final class Holder {
        static final Taxonomy INSTANCE = new Taxonomy();
    }

    /** The taxonomy from the classpath; parsed and validated once, then shared (it is immutable). */
    public static Taxonomy load() {
        return Holder.INSTANCE;
    }

    private Taxonomy() {
        // Instruments.
        List<Instrument> ins = new ArrayList<>();
        for (Map<String, String> row : Tsv.read("instruments.tsv")) {
            ins.add(new Instrument(row.get("id"), Integer.parseInt(row.get("article_count")),
                    Labels.of(row, "name"), Labels.of(row, "short")));
        }
        this.instruments = List.copyOf(ins);
        this.instrumentById = index(instruments, Instrument::id, "instruments.tsv");

        // Articles, sorted by instrument (file order of instruments.tsv) then number.
        List<Article> arts = new ArrayList<>();
        for (Map<String, String> row : Tsv.read("articles.tsv")) {
            String where = "articles.tsv:" + row.get("#line") + ": ";
            String instrument = row.get("instrument");
            int number = Integer.parseInt(row.get("number"));
            Article a = new Article(row.get("id"), instrument, number, Labels.of(row, "title"));
            if (!instrumentById.containsKey(instrument)) {
                throw new IllegalStateException(where + "unknown instrument " + instrument);
            }
            if (!a.id().equals(instrument + "-" + number)) {
                throw new IllegalStateException(where + "id " + a.id() + " is not " + instrument + "-" + number);
            }
            arts.add(a);
        }
        List<String> order = instruments.stream().map(Instrument::id).toList();
        arts.sort(Comparator.comparingInt((Article a) -> order.indexOf(a.instrument())).thenComparingInt(Article::number));
        this.articles = List.copyOf(arts);
        this.articleById = index(articles, Article::id, "articles.tsv");
        Map<String, List<Article>> byIns = new LinkedHashMap<>();
        for (Instrument i : instruments) {
            byIns.put(i.id(), articles.stream().filter(a -> a.instrument().equals(i.id())).toList());
        }
        this.articlesByInstrument = Collections.unmodifiableMap(byIns);
        for (Instrument i : instruments) {
            // Every article 1..N present, so the facet and the validator agree with the treaty text.
            for (int n = 1; n <= i.articleCount(); n++) {
                if (!articleById.containsKey(i.id() + "-" + n)) {
                    throw new IllegalStateException("articles.tsv: missing " + i.id() + "-" + n);
                }
            }
            if (byIns.get(i.id()).size() != i.articleCount()) {
                throw new IllegalStateException("articles.tsv: " + i.id() + " has " + byIns.get(i.id()).size()
                        + " articles, instruments.tsv says " + i.articleCount());
            }
        }

        // Crime types.
        List<CrimeType> cts = new ArrayList<>();
        for (Map<String, String> row : Tsv.read("crime-types.tsv")) {
            String parent = row.get("parent");
            cts.add(new CrimeType(row.get("id"), parent == null || parent.isBlank() ? null : parent,
                    Boolean.parseBoolean(row.get("emerging")), Tsv.list(row.get("usual_articles"), ","),
                    Labels.of(row, "label")));
        }
        this.crimeTypes = List.copyOf(cts);
        this.crimeTypeById = index(crimeTypes, CrimeType::id, "crime-types.tsv");
        Map<String, List<String>> children = new HashMap<>();
        for (CrimeType c : crimeTypes) {
            if (c.parent() != null) {
                if (!crimeTypeById.containsKey(c.parent())) {
                    throw new IllegalStateException("crime-types.tsv: " + c.id() + " has unknown parent " + c.parent());
                }
                children.computeIfAbsent(c.parent(), k -> new ArrayList<>()).add(c.id());
            }
        }
        children.replaceAll((k, v) -> List.copyOf(v));
        this.crimeTypeChildren = Map.copyOf(children);
        for (CrimeType c : crimeTypes) {
            crimeTypeWithAncestors(c.id()); // fails on a parent cycle
        }

        // Cross-cutting issues.
        List<CrossCuttingIssue> cc = new ArrayList<>();
        for (Map<String, String> row : Tsv.read("cross-cutting.tsv")) {
            cc.add(new CrossCuttingIssue(row.get("id"), Tsv.list(row.get("articles"), ","), Labels.of(row, "label")));
        }
        this.crossCutting = List.copyOf(cc);
        this.crossCuttingById = index(crossCutting, CrossCuttingIssue::id, "cross-cutting.tsv");
        for (String id : crossCuttingById.keySet()) {
            if (crimeTypeById.containsKey(id)) {
                // impliedArticles() takes either kind of id, so they must not overlap.
                throw new IllegalStateException(id + " is both a crime type and a cross-cutting issue");
            }
        }
        for (CrimeType c : crimeTypes) {
            checkArticles("crime-types.tsv", c.id(), c.usualArticles());
        }
        for (CrossCuttingIssue c : crossCutting) {
            checkArticles("cross-cutting.tsv", c.id(), c.articles());
        }

        // Document types.
        List<String> dts = new ArrayList<>();
        Map<String, Map<String, String>> dtl = new HashMap<>();
        Map<String, Map<String, String>> dtp = new HashMap<>();
        for (Map<String, String> row : Tsv.read("doc-types.tsv")) {
            dts.add(row.get("id"));
            dtl.put(row.get("id"), Labels.of(row, "label"));
            dtp.put(row.get("id"), Labels.of(row, "plural"));
        }
        List<String> declared = Arrays.stream(DocType.values()).map(DocType::id).toList();
        if (!new HashSet<>(dts).equals(new HashSet<>(declared))) {
            throw new IllegalStateException("doc-types.tsv lists " + dts + " but DocType declares " + declared);
        }
        this.docTypes = List.copyOf(dts);
        this.docTypeLabels = Map.copyOf(dtl);
        this.docTypePluralLabels = Map.copyOf(dtp);

        // Regions.
        List<Region> rs = new ArrayList<>();
        for (Map<String, String> row : Tsv.read("regions.tsv")) {
            rs.add(new Region(row.get("id"), Labels.of(row, "label")));
        }
        this.regions = List.copyOf(rs);
        this.regionById = index(regions, Region::id, "regions.tsv");

        // Languages: one ordered code -> label map per UI language.
        Map<String, Map<String, String>> langs = new HashMap<>();
        List<Map<String, String>> langRows = Tsv.read("languages.tsv");
        for (String ui : Labels.LANGUAGES) {
            Map<String, String> m = new LinkedHashMap<>();
            for (Map<String, String> row : langRows) {
                m.put(row.get("code"), Labels.pick(Labels.of(row, "label"), ui));
            }
            langs.put(ui, Collections.unmodifiableMap(m));
        }
        this.languagesByLang = Map.copyOf(langs);
    }

    private void checkArticles(String file, String owner, List<String> ids) {
        for (String a : ids) {
            if (!isValidArticleId(a)) {
                throw new IllegalStateException(file + ": " + owner + " refers to invalid article " + a);
            }
        }
    }

    private static <T> Map<String, T> index(List<T> values, java.util.function.Function<T, String> id, String file) {
        Map<String, T> m = new LinkedHashMap<>();
        for (T v : values) {
            String k = id.apply(v);
            if (k == null || k.isBlank()) {
                throw new IllegalStateException(file + ": empty id");
            }
            if (m.put(k, v) != null) {
                throw new IllegalStateException(file + ": duplicate id " + k);
            }
        }
        return Collections.unmodifiableMap(m);
    }

    // ---- instruments and articles -------------------------------------------------------------

    public List<Instrument> instruments() {
        return instruments;
    }

    public Optional<Instrument> instrument(String id) {
        return Optional.ofNullable(id == null ? null : instrumentById.get(id));
    }

    /** Every article, in instrument then number order. */
    public List<Article> articles() {
        return articles;
    }

    /** Articles of one instrument; empty for an unknown id. */
    public List<Article> articlesOf(String instrumentId) {
        return instrumentId == null ? List.of() : articlesByInstrument.getOrDefault(instrumentId, List.of());
    }

    /** The article for an article id ("UNTOC-18") or a paragraph id ("UNTOC-18.13"). */
    public Optional<Article> article(String articleId) {
        if (articleId == null || !ID.matcher(articleId).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(articleById.get(articleOf(articleId)));
    }

    /**
     * True for an existing article, optionally with a paragraph and a sub-paragraph (UNTOC-18,
     * UNTOC-18.13, UNTOC-30.2.c, SOM-8.6). The article must exist; paragraphs are not checked against
     * the treaty text (we do not hold paragraph counts).
     */
    public boolean isValidArticleId(String id) {
        return id != null && ID.matcher(id).matches() && articleById.containsKey(articleOf(id));
    }

    /** "UNTOC-18.13" -> "UNTOC-18"; "UNTOC-18" -> "UNTOC-18". Syntax only, no existence check. */
    public static String articleOf(String articleOrParagraphId) {
        Matcher m = match(articleOrParagraphId);
        return m.group(1) + "-" + m.group(2);
    }

    /**
     * The id preceded by its ancestors, outermost first: "UNTOC-18.13" -> [UNTOC-18, UNTOC-18.13];
     * "UNTOC-30.2.c" -> [UNTOC-30, UNTOC-30.2, UNTOC-30.2.c]. This is what the articles_expanded
     * field holds, so a filter on an article finds its paragraphs.
     */
    public static List<String> withAncestors(String articleOrParagraphId) {
        Matcher m = match(articleOrParagraphId);
        List<String> out = new ArrayList<>();
        String cur = m.group(1) + "-" + m.group(2);
        out.add(cur);
        String rest = m.group(3);
        if (!rest.isEmpty()) {
            for (String part : rest.substring(1).split("\\.")) {
                cur = cur + "." + part;
                out.add(cur);
            }
        }
        return List.copyOf(out);
    }

    private static Matcher match(String id) {
        Matcher m = id == null ? null : ID.matcher(id);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("Not an article or paragraph id: " + id);
        }
        return m;
    }

    // ---- crime types and cross-cutting issues -------------------------------------------------

    public List<CrimeType> crimeTypes() {
        return crimeTypes;
    }

    public Optional<CrimeType> crimeType(String id) {
        return Optional.ofNullable(id == null ? null : crimeTypeById.get(id));
    }

    /** Ancestors first, then the id itself: "wildlife-crime" -> [environmental-crime, wildlife-crime]. */
    public List<String> crimeTypeWithAncestors(String id) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String cur = id;
        while (cur != null) {
            CrimeType c = crimeTypeById.get(cur);
            if (c == null) {
                throw new IllegalArgumentException("Unknown crime type: " + cur);
            }
            if (!seen.add(cur)) {
                throw new IllegalStateException("crime-types.tsv: parent cycle at " + cur);
            }
            out.add(0, cur);
            cur = c.parent();
        }
        return List.copyOf(out);
    }

    /** The id itself then all its descendants (depth first): what a filter on a parent must match. */
    public List<String> crimeTypeWithDescendants(String id) {
        if (id == null || !crimeTypeById.containsKey(id)) {
            throw new IllegalArgumentException("Unknown crime type: " + id);
        }
        List<String> out = new ArrayList<>();
        addDescendants(id, out);
        return List.copyOf(out);
    }

    private void addDescendants(String id, List<String> out) {
        out.add(id);
        for (String child : crimeTypeChildren.getOrDefault(id, List.of())) {
            addDescendants(child, out);
        }
    }

    public List<CrossCuttingIssue> crossCutting() {
        return crossCutting;
    }

    public Optional<CrossCuttingIssue> crossCuttingIssue(String id) {
        return Optional.ofNullable(id == null ? null : crossCuttingById.get(id));
    }

    /**
     * Articles (or paragraphs) a crime type or a cross-cutting issue implies: money-laundering ->
     * [UNTOC-6, UNTOC-7]. Empty when the vocabulary names none; unknown id -> IllegalArgumentException.
     */
    public List<String> impliedArticles(String crimeTypeOrCrossCuttingId) {
        CrimeType c = crimeTypeOrCrossCuttingId == null ? null : crimeTypeById.get(crimeTypeOrCrossCuttingId);
        if (c != null) {
            return c.usualArticles();
        }
        CrossCuttingIssue x = crimeTypeOrCrossCuttingId == null ? null : crossCuttingById.get(crimeTypeOrCrossCuttingId);
        if (x != null) {
            return x.articles();
        }
        throw new IllegalArgumentException("Unknown crime type or cross-cutting issue: " + crimeTypeOrCrossCuttingId);
    }

    // ---- document types, regions, languages, countries ----------------------------------------

    /** legislation, case, authority, reference (file order). */
    public List<String> docTypes() {
        return docTypes;
    }

    /** Plural label of a document type ("Cases"), for facet headings and tabs; the id itself when unknown. */
    public String docTypePluralLabel(String id, String lang) {
        Map<String, String> m = docTypePluralLabels.get(id);
        return m == null || m.isEmpty() ? label("doc_type", id, lang) : Labels.pick(m, lang);
    }

    public List<Region> regions() {
        return regions;
    }

    /** The region ids in file order, comma-separated, for messages ("african, asia-pacific, …"). */
    public String regionIds() {
        return String.join(", ", regions.stream().map(Region::id).toList());
    }

    public Optional<Region> region(String id) {
        return Optional.ofNullable(id == null ? null : regionById.get(id));
    }

    /** Language code -> its name in the UI language lang (others read English), file order. */
    public Map<String, String> languages(String lang) {
        return languagesByLang.get(Labels.lang(lang));
    }

    public Countries countries() {
        return Countries.load();
    }

    /** Label of a tag id of any family: an article (or paragraph), a crime type, else a cross-cutting issue. */
    public String tagLabel(String tag, String lang) {
        String family = isValidArticleId(tag) ? "articles" : crimeType(tag).isPresent() ? "crime_types" : "cross_cutting";
        return label(family, tag, lang);
    }

    /**
     * Label of a facet value in the UI language. facet is one of doc_type, country, region, year,
     * language, crime_types, articles, cross_cutting (the *_expanded variants and requesting_state /
     * requested_state are accepted too). Articles read "UNTOC art. 18 — Mutual legal assistance",
     * a paragraph "UNTOC art. 18(13) — Mutual legal assistance". Unknown value -> the value itself,
     * so a facet never hides a bucket just because the vocabulary lags behind the index.
     */
    public String label(String facet, String value, String lang) {
        if (value == null) {
            return "";
        }
        if (facet == null) {
            return value;
        }
        String f = facet.endsWith("_expanded") ? facet.substring(0, facet.length() - "_expanded".length()) : facet;
        String l = Labels.lang(lang);
        String out = switch (f) {
            case "doc_type" -> {
                Map<String, String> m = docTypeLabels.get(value);
                yield m == null ? null : Labels.pick(m, l);
            }
            case "country", "requesting_state", "requested_state", "either_state" ->
                    countries().byIso3(value).map(c -> c.name(l)).orElse(null);
            case "region" -> region(value).map(r -> r.label(l)).orElse(null);
            case "language" -> languages(l).get(value);
            case "crime_types" -> crimeType(value).map(c -> c.label(l)).orElse(null);
            case "cross_cutting" -> crossCuttingIssue(value).map(c -> c.label(l)).orElse(null);
            case "articles", "legal_basis_articles", "legal_basis_article" -> articleLabel(value, l);
            case "cooperation_form", "legal_basis", "outcome", "court_level", "confiscation_type" ->
                    CaseVocabulary.get().label(f, value, l).orElse(null);
            default -> null; // year and anything else: the value is its own label
        };
        return out == null || out.isBlank() ? value : out;
    }

    private String articleLabel(String id, String lang) {
        if (!isValidArticleId(id)) {
            return null;
        }
        Matcher m = match(id);
        Article a = articleById.get(articleOf(id));
        StringBuilder number = new StringBuilder().append(a.number());
        String rest = m.group(3);
        if (!rest.isEmpty()) {
            for (String part : rest.substring(1).split("\\.")) {
                number.append('(').append(part).append(')');
            }
        }
        return UiLanguages.articleName(instrumentById.get(a.instrument()).shortName(lang), number.toString(), lang)
                + " — " + a.title(lang);
    }
}
