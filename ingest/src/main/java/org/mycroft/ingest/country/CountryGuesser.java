package org.mycroft.ingest.country;

import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
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
    /** The first words' hashes, folded to 16 bits: a word whose slot is unset is no first word, and costs no String. */
    private final boolean[] firstWordSlots = new boolean[1 << 16];

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
        firstWords.forEach(w -> firstWordSlots[slot(w.hashCode())] = true);
    }

    private static int slot(int hash) {
        return (hash ^ hash >>> 16) & 0xFFFF;
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
        // Word n-grams looked up in a map: linear in the text, whatever the number of names. The words
        // are folded into one buffer, a space between each, so an n-gram is a substring of it; a word
        // becomes a String only when its hash is a first word's (most words of a law are not).
        Map<String, Integer> mentions = new HashMap<>();
        FoldedWords words = FoldedWords.of(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        for (int i = 0; i < words.count(); i++) {
            if (!firstWordSlots[slot(words.hash(i))] || !firstWords.contains(words.join(i, 1))) {
                continue;
            }
            for (int n = Math.min(longestName, words.count() - i); n >= 1; n--) { // longest name wins
                String iso = isoByName.get(words.join(i, n));
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
        FoldedWords folded = FoldedWords.of(text);
        List<String> words = new ArrayList<>(folded.count());
        for (int i = 0; i < folded.count(); i++) {
            words.add(folded.join(i, 1));
        }
        return words;
    }

    /**
     * The words of a text as {@link #words} reads them, folded into one buffer with a space between
     * each (so {@code join(i, n)} is {@code String.join(" ", words.subList(i, i + n))}), with each
     * word's {@link String#hashCode}.
     */
    private record FoldedWords(String folded, int[] starts, int[] ends, int[] hashes, int count) {

        static FoldedWords of(String text) {
            StringBuilder out = new StringBuilder(text.length());
            int[] starts = new int[16];
            int[] ends = new int[16];
            int[] hashes = new int[16];
            int count = 0;
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                char c = i < text.length() ? text.charAt(i) : ' ';
                if (c < 128) {
                    if (Character.isLetterOrDigit(c)) {
                        out.append(Character.toLowerCase(c));
                        continue;
                    }
                } else if (Character.isLetterOrDigit(c)) {
                    for (char d : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).toCharArray()) {
                        if (Character.getType(d) != Character.NON_SPACING_MARK) {
                            out.append(Character.toLowerCase(d));
                        }
                    }
                    continue;
                } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                    continue; // a combining accent already separate in the text
                }
                if (out.length() > start) { // a word ends here
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                        ends = Arrays.copyOf(ends, count * 2);
                        hashes = Arrays.copyOf(hashes, count * 2);
                    }
                    int h = 0;
                    for (int k = start; k < out.length(); k++) {
                        h = 31 * h + out.charAt(k);
                    }
                    starts[count] = start;
                    ends[count] = out.length();
                    hashes[count++] = h;
                    out.append(' ');
                    start = out.length();
                }
            }
            return new FoldedWords(out.toString(), starts, ends, hashes, count);
        }

        int hash(int word) {
            return hashes[word];
        }

        String join(int from, int n) {
            return folded.substring(starts[from], ends[from + n - 1]);
        }
    }
}
