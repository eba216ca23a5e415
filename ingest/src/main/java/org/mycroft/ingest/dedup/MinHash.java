package org.mycroft.ingest.dedup;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * MinHash signature of a text's word 5-shingles, after folding case, accents, punctuation and
 * layout (whitespace, line and page breaks, footnote markers) away. Two signatures estimate the
 * Jaccard similarity of the texts; LSH band keys let Solr find candidates without comparing
 * every pair.
 */
public record MinHash(int[] signature, int shingleCount) {

    public static final int HASHES = 128;
    public static final int ROWS_PER_BAND = 2;
    private static final int SHINGLE_WORDS = 5;
    /** Fixed seeds so signatures computed by different runs are comparable. */
    private static final long[] SEEDS = seeds();

    public static MinHash of(String text) {
        String[] words = normalise(text);
        Set<Long> shingles = new HashSet<>();
        for (int i = 0; i + SHINGLE_WORDS <= words.length; i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + SHINGLE_WORDS; j++) {
                h = 31 * h + words[j].hashCode();
            }
            shingles.add(h);
        }
        int[] signature = new int[HASHES];
        Arrays.fill(signature, Integer.MAX_VALUE);
        for (long shingle : shingles) {
            for (int k = 0; k < HASHES; k++) {
                int h = (int) (mix(shingle ^ SEEDS[k]) >>> 33);
                if (h < signature[k]) {
                    signature[k] = h;
                }
            }
        }
        return new MinHash(signature, shingles.size());
    }

    /** Estimated Jaccard similarity of the two shingle sets. */
    public double jaccard(MinHash other) {
        int same = 0;
        for (int k = 0; k < HASHES; k++) {
            if (signature[k] == other.signature[k]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    /** Estimated share of this text's shingles found in the other text (one document inside another). */
    public double containedIn(MinHash other) {
        double j = jaccard(other);
        if (j == 0 || shingleCount == 0) {
            return 0;
        }
        return Math.min(1.0, j * (shingleCount + other.shingleCount) / ((1 + j) * shingleCount));
    }

    /** LSH keys: one per band of {@link #ROWS_PER_BAND} signature values. */
    public List<String> bandKeys() {
        String[] keys = new String[HASHES / ROWS_PER_BAND];
        for (int b = 0; b < keys.length; b++) {
            StringBuilder key = new StringBuilder().append(b);
            for (int r = 0; r < ROWS_PER_BAND; r++) {
                key.append('_').append(Integer.toHexString(signature[b * ROWS_PER_BAND + r]));
            }
            keys[b] = key.toString();
        }
        return List.of(keys);
    }

    public String encode() {
        return Arrays.stream(signature).mapToObj(Integer::toHexString).collect(Collectors.joining(","));
    }

    public static MinHash decode(String encoded, int shingleCount) {
        int[] signature = Arrays.stream(encoded.split(",")).mapToInt(h -> Integer.parseUnsignedInt(h, 16)).toArray();
        return new MinHash(signature, shingleCount);
    }

    static String[] normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                // footnote markers and page numbers move with the layout: "crime.12", "[3]", "(4)", "- 17 -"
                .replaceAll("\\[\\d{1,3}\\]|\\(\\d{1,3}\\)|(?<=[a-z.,;])\\d{1,3}\\b|\\b\\d{1,4}\\b", " ");
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x = mix(x + 0x9E3779B97F4A7C15L);
            seeds[i] = x;
        }
        return seeds;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MinHash m && shingleCount == m.shingleCount && Arrays.equals(signature, m.signature);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(signature) + shingleCount;
    }

    @Override
    public String toString() {
        return "MinHash[" + shingleCount + " shingles]";
    }
}
