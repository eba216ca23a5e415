package org.mycroft.ingest.country;

import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
    /** Every spelling of every State, as space-joined folded words ("cote d ivoire"). */
    private final Map<String, String> isoByName = new HashMap<>();
    private final int longestName;
    /** First words of the names, so most words of a text cost one set lookup. */
    private final java.util.Set<String> firstWords = new java.util.HashSet<>();

    public CountryGuesser(Countries countries) {
        this.countries = countries;
        int longest = 1;
        for (Country c : countries.all()) {
            List<String> spellings = new ArrayList<>(c.names().values());
            spellings.addAll(c.aliases());
            for (String name : spellings) {
                List<String> words = words(name);
                String key = String.join(" ", words);
                // Short names ("Chad", "Peru") are fine; two-letter aliases would match words.
                if (key.length() >= 4) {
                    isoByName.putIfAbsent(key, c.iso3());
                    firstWords.add(words.getFirst());
                    longest = Math.max(longest, words.size());
                }
            }
        }
        this.longestName = longest;
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
            String iso = isoByName.get(String.join(" ", words(folder)));
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
        // Word n-grams looked up in a map: linear in the text, whatever the number of names.
        Map<String, Integer> mentions = new HashMap<>();
        List<String> words = words(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        for (int i = 0; i < words.size(); i++) {
            if (!firstWords.contains(words.get(i))) {
                continue;
            }
            for (int n = Math.min(longestName, words.size() - i); n >= 1; n--) { // longest name wins
                String iso = isoByName.get(String.join(" ", words.subList(i, i + n)));
                if (iso != null) {
                    mentions.merge(iso, 1, Integer::sum);
                    i += n - 1;
                    break;
                }
            }
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

    /** Lower-case words without accents; any other character separates words. */
    private static List<String> words(String text) {
        // One pass over the characters; only a non-ASCII letter pays for a Unicode decomposition.
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                if (Character.isLetterOrDigit(c)) {
                    word.append(Character.toLowerCase(c));
                    continue;
                }
            } else if (Character.isLetterOrDigit(c)) {
                for (char d : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).toCharArray()) {
                    if (Character.getType(d) != Character.NON_SPACING_MARK) {
                        word.append(Character.toLowerCase(d));
                    }
                }
                continue;
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue; // a combining accent already separate in the text
            }
            if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }
}
