package org.mycroft.core.taxonomy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The countries of countries.tsv and a forgiving resolver from the names texts actually use (ISO
 * codes, names in every UI language, historical aliases) to one {@link Country}. Loaded once and immutable.
 */
public final class Countries {

    /** The region ids of regions.tsv: a country's region must be one of them. */
    private static final Set<String> REGIONS = Tsv.read("regions.tsv").stream().map(row -> row.get("id"))
            .collect(Collectors.toUnmodifiableSet());
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Unicode letters and digits, so names in Arabic, Chinese and Cyrillic make keys too. */
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{Alnum}]+", Pattern.UNICODE_CHARACTER_CLASS);

    private final List<Country> all;
    private final Map<String, Country> byIso3;
    private final Map<String, List<Country>> byRegion;
    private final Map<String, Country> byKey;

    private Countries(List<Country> countries) {
        List<Country> sorted = new ArrayList<>(countries);
        sorted.sort(Comparator.comparing((Country c) -> key(c.name("en"))));
        this.all = List.copyOf(sorted);
        Map<String, Country> iso3 = new HashMap<>();
        Map<String, List<Country>> region = new LinkedHashMap<>();
        Map<String, Country> keys = new HashMap<>();
        for (Country c : all) {
            if (iso3.put(c.iso3(), c) != null) {
                throw new IllegalStateException("countries.tsv: duplicate iso3 " + c.iso3());
            }
            region.computeIfAbsent(c.region(), r -> new ArrayList<>()).add(c);
            List<String> texts = new ArrayList<>();
            texts.add(c.iso3());
            texts.add(c.iso2());
            texts.addAll(c.names().values());
            texts.addAll(c.aliases());
            for (String t : texts) {
                String k = key(t);
                if (k.isEmpty()) {
                    continue;
                }
                Country prev = keys.putIfAbsent(k, c);
                // One spelling must never mean two States: the resolver would silently pick one.
                if (prev != null && !prev.iso3().equals(c.iso3())) {
                    throw new IllegalStateException("countries.tsv: \"" + t + "\" maps to both "
                            + prev.iso3() + " and " + c.iso3());
                }
            }
        }
        region.replaceAll((r, l) -> List.copyOf(l));
        this.byIso3 = Map.copyOf(iso3);
        this.byRegion = Map.copyOf(region);
        this.byKey = Map.copyOf(keys);
    }

    private static final class Holder {
        static final Countries INSTANCE = new Countries(parse());
    }

    /** The countries from the classpath; parsed once, then shared (the value is immutable). */
    public static Countries load() {
        return Holder.INSTANCE;
    }

    private static List<Country> parse() {
        List<Country> out = new ArrayList<>();
        for (Map<String, String> row : Tsv.read("countries.tsv")) {
            String where = "countries.tsv:" + row.get("#line") + ": ";
            String iso3 = row.get("iso3");
            String iso2 = row.get("iso2");
            String region = row.get("region");
            if (!ISO3.matcher(iso3).matches() || !ISO2.matcher(iso2).matches()) {
                throw new IllegalStateException(where + "bad iso codes " + iso3 + "/" + iso2);
            }
            if (!REGIONS.contains(region)) {
                throw new IllegalStateException(where + "unknown region " + region);
            }
            Map<String, String> names = Labels.of(row, "name");
            if (!names.containsKey("en")) {
                throw new IllegalStateException(where + "name_en missing");
            }
            out.add(new Country(iso3, iso2, region, names, Tsv.list(row.get("aliases"), "\\|")));
        }
        return out;
    }

    /** All countries, sorted by English name (accents ignored). */
    public List<Country> all() {
        return all;
    }

    /** Countries of one UN regional group; empty for an unknown id. */
    public List<Country> inRegion(String regionId) {
        return byRegion.getOrDefault(regionId, List.of());
    }

    /** Exact lookup by upper-case ISO alpha-3 code (the id stored in the index). */
    public Optional<Country> byIso3(String iso3) {
        return iso3 == null ? Optional.empty() : Optional.ofNullable(byIso3.get(iso3));
    }

    /**
     * Resolves free text to a country: iso3, iso2, any name (every UI language) or alias, ignoring case,
     * accents and punctuation ("cote d ivoire", "etats-unis", "gb").
     */
    public Optional<Country> resolve(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String k = key(text);
        if (k.isEmpty()) {
            return Optional.empty();
        }
        Country c = byKey.get(k);
        if (c == null && k.matches("(\\p{Alnum} )+\\p{Alnum}")) {
            c = byKey.get(k.replace(" ", "")); // "U.K.", "U.S.A."
        }
        if (c == null && k.startsWith("the ")) {
            c = byKey.get(k.substring(4)); // "the Gambia", "the Philippines"
        }
        return Optional.ofNullable(c);
    }

    /** Package-private so tests can reason about collisions the way the resolver does. */
    static String key(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace("ß", "ss").replace("æ", "ae").replace("Æ", "ae").replace("œ", "oe").replace("Œ", "oe");
        s = s.toLowerCase(Locale.ROOT);
        // Apostrophes, hyphens, dots and commas all become one space: "d'Ivoire" = "d Ivoire", "U.K." = "u k" (see resolve).
        s = NON_ALNUM.matcher(s).replaceAll(" ").strip();
        return s;
    }
}
