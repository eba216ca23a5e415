package org.mycroft.ingest.country;

import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mycroft.core.taxonomy.Countries;
import org.mycroft.core.taxonomy.Country;

/**
 * The State a document belongs to when its sidecar does not say: first from its source (the
 * official publisher's host, or a folder named after a State), then from its text (the State
 * named clearly more often than any other). No answer is better than a wrong one.
 */
public final class CountryGuesser {

    /** Official publishers whose host does not end in the State's country-code domain. */
    private static final Map<String, String> PUBLISHER_HOSTS = Map.ofEntries(
            Map.entry("uscode.house.gov", "USA"), Map.entry("www.congress.gov", "USA"), Map.entry("www.govinfo.gov", "USA"),
            Map.entry("www.law.cornell.edu", "USA"), Map.entry("www.justice.gov", "USA"),
            Map.entry("laws-lois.justice.gc.ca", "CAN"), Map.entry("www.legislation.gov.uk", "GBR"),
            Map.entry("www.legifrance.gouv.fr", "FRA"), Map.entry("www.boe.es", "ESP"), Map.entry("wetten.overheid.nl", "NLD"));
    private static final int MIN_MENTIONS = 2;
    private static final int MAX_TEXT = 50_000;
    private static final Pattern GENERIC_TLDS = Pattern.compile("(com|org|net|int|edu|gov|eu|info)");

    private final Countries countries;
    private final Pattern names;
    private final Map<String, String> isoByName = new HashMap<>();

    public CountryGuesser(Countries countries) {
        this.countries = countries;
        List<String> alternatives = new ArrayList<>();
        for (Country c : countries.all()) {
            List<String> spellings = new ArrayList<>(c.names().values());
            spellings.addAll(c.aliases());
            for (String name : spellings) {
                String key = fold(name);
                // Short names ("Chad", "Peru") are fine; two-letter aliases would match words.
                if (key.length() >= 4 && isoByName.putIfAbsent(key, c.iso3()) == null) {
                    alternatives.add(Pattern.quote(key));
                }
            }
        }
        alternatives.sort(Comparator.comparingInt(String::length).reversed()); // longest name wins
        names = Pattern.compile("\\b(" + String.join("|", alternatives) + ")\\b");
    }

    public Optional<String> guess(String sourceUrl, String sourcePath, String text) {
        return fromUrl(sourceUrl).or(() -> fromPath(sourcePath)).or(() -> fromText(text));
    }

    Optional<String> fromUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return Optional.empty();
            }
            host = host.toLowerCase(Locale.ROOT);
            if (PUBLISHER_HOSTS.containsKey(host)) {
                return Optional.of(PUBLISHER_HOSTS.get(host));
            }
            String tld = host.substring(host.lastIndexOf('.') + 1);
            if (tld.length() == 2 && !GENERIC_TLDS.matcher(tld).matches()) {
                return countries.resolve(tld.equals("uk") ? "GB" : tld).map(Country::iso3);
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    Optional<String> fromPath(String path) {
        if (path == null) {
            return Optional.empty();
        }
        String[] parts = path.replace('\\', '/').split("/");
        for (int i = parts.length - 2; i >= 0; i--) { // folders only, nearest first
            String folder = parts[i];
            if (folder.length() == 3 && folder.chars().allMatch(Character::isLetter)) {
                Optional<Country> byCode = countries.byIso3(folder.toUpperCase(Locale.ROOT));
                if (byCode.isPresent()) {
                    return byCode.map(Country::iso3);
                }
            }
            String iso = isoByName.get(fold(folder.replace('-', ' ').replace('_', ' ')));
            if (iso != null) {
                return Optional.of(iso);
            }
        }
        return Optional.empty();
    }

    Optional<String> fromText(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Map<String, Integer> mentions = new HashMap<>();
        Matcher m = names.matcher(fold(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text));
        while (m.find()) {
            mentions.merge(isoByName.get(m.group(1)), 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> ranked = mentions.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        if (ranked.isEmpty() || ranked.getFirst().getValue() < MIN_MENTIONS) {
            return Optional.empty();
        }
        // A treaty between two States, or a case naming both, is not clearly one State's document.
        if (ranked.size() > 1 && ranked.get(1).getValue() * 2 > ranked.getFirst().getValue()) {
            return Optional.empty();
        }
        return Optional.of(ranked.getFirst().getKey());
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[’'`]", " ").replaceAll("\\s+", " ").strip();
    }
}
