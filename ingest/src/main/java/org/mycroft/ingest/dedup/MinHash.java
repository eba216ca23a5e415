package org.mycroft.ingest.dedup;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * MinHash signature of a text's word 5-shingles, after folding case, accents, punctuation and
 * layout (whitespace, line and page breaks, footnote markers) away. Two signatures estimate the
 * Jaccard similarity of the texts; LSH band keys let Solr find candidates without comparing
 * every pair.
 */
public record MinHash(int[] signature, int shingleCount) {

    public static final int HASHES = 128;
    private static final int BIN_BITS = 7; // 2^7 = HASHES bins
    public static final int ROWS_PER_BAND = 2;
    private static final int SHINGLE_WORDS = 5;

    public static MinHash of(String text) {
        long[] shingles = shingles(text); // with repeats: they lower no bin further, and are not counted
        // One-permutation hashing: each shingle lands in one bin and only lowers that bin's
        // minimum, so a long statute costs one hash per shingle instead of one per bin.
        int[] signature = new int[HASHES];
        Arrays.fill(signature, Integer.MAX_VALUE);
        for (long h : shingles) {
            int bin = (int) (h >>> (64 - BIN_BITS));
            int value = (int) (h & 0x7fffffffL);
            if (value < signature[bin]) {
                signature[bin] = value;
            }
        }
        densify(signature);
        return new MinHash(signature, distinct(shingles));
    }

    /**
     * How many distinct values: an open-addressing set, linear in the count (sorting them to count
     * was most of the signature's time on a long statute).
     */
    static int distinct(long[] values) {
        int capacity = 2;
        while (capacity < values.length * 2) {
            capacity <<= 1;
        }
        long[] table = new long[capacity]; // 0 marks a free slot; the value 0 itself is counted apart
        int mask = capacity - 1;
        boolean zero = false;
        int count = 0;
        for (long v : values) {
            if (v == 0) {
                count += zero ? 0 : 1;
                zero = true;
                continue;
            }
            int slot = (int) (v ^ (v >>> 32)) & mask; // the values are already mixed hashes
            while (table[slot] != 0 && table[slot] != v) {
                slot = (slot + 1) & mask;
            }
            if (table[slot] == 0) {
                table[slot] = v;
                count++;
            }
        }
        return count;
    }

    /**
     * Empty bins (short texts) borrow the value of the next filled bin, salted by the distance,
     * so that two texts' empty bins do not count as agreeing.
     */
    private static void densify(int[] signature) {
        int filled = -1;
        for (int i = 0; i < HASHES; i++) {
            if (signature[i] != Integer.MAX_VALUE) {
                filled = i;
                break;
            }
        }
        if (filled < 0) {
            return;
        }
        int[] original = signature.clone();
        for (int i = 0; i < HASHES; i++) {
            if (original[i] == Integer.MAX_VALUE) {
                int distance = 1;
                while (original[(i + distance) % HASHES] == Integer.MAX_VALUE) {
                    distance++;
                }
                signature[i] = (int) (mix(original[(i + distance) % HASHES] + 0x9E3779B97F4A7C15L * distance) & 0x7fffffffL);
            }
        }
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

    /**
     * Hashes of the word 5-shingles (repeats included), in one pass without building strings: letters are
     * lower-cased and stripped of accents, digits and punctuation separate words, so page
     * numbers, footnote markers and line breaks do not matter.
     */
    static long[] shingles(String text) {
        long[] window = new long[SHINGLE_WORDS];
        int words = 0;
        long[] out = new long[Math.max(16, text.length() / 6)];
        int n = 0;
        long word = 0;
        boolean inWord = false;
        for (int i = 0, len = text.length(); i <= len; i++) {
            char c = i < len ? text.charAt(i) : ' ';
            char folded = Character.isLetter(c) ? fold(c) : 0;
            if (folded != 0) {
                word = word * 31 + folded;
                inWord = true;
            } else if (inWord) {
                window[words % SHINGLE_WORDS] = mix(word);
                words++;
                if (words >= SHINGLE_WORDS) {
                    long h = 1125899906842597L;
                    for (int k = words - SHINGLE_WORDS; k < words; k++) {
                        h = 31 * h + window[k % SHINGLE_WORDS];
                    }
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = mix(h);
                }
                word = 0;
                inWord = false;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Lower case without accents; cached for the Latin blocks that legal texts use. */
    private static char fold(char c) {
        if (c < FOLDED.length) {
            return FOLDED[c];
        }
        return Character.toLowerCase(c);
    }

    private static final char[] FOLDED = new char[0x250];

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            FOLDED[c] = base.isEmpty() ? c : Character.toLowerCase(base.charAt(0));
        }
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
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
