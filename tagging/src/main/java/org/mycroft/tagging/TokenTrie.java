package org.mycroft.tagging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over folded tokens (an Aho–Corasick-like dictionary walked from every token): all phrases
 * of a rule family are matched in one pass, in time proportional to the number of tokens times the
 * depth actually walked, with no per-phrase scan of the text.
 */
final class TokenTrie<T> {

    private static final class Node<T> {
        Map<String, Node<T>> exact;
        List<String> prefixKeys;
        List<Node<T>> prefixNodes;
        /**
         * Indexes into prefixKeys by the key's first char, in the order the keys were added: a token
         * is compared only with the keys that can start it (the root of a vocabulary holds dozens).
         */
        Map<Character, List<Integer>> prefixesByFirst;
        List<T> values;
    }

    /** Receives one match: tokens [start, end) and the value stored for the phrase. */
    interface Hit<T> {
        void hit(int start, int end, T value);
    }

    private final Node<T> root = new Node<>();
    /**
     * A bit per hash slot of the root's exact tokens, once the root holds a vocabulary: a text token whose
     * slot is clear starts no exact phrase, and most tokens of a text start none, so they skip the root
     * map's lookup (a cache miss into a table of the whole vocabulary, for every token of every text,
     * once per trie). Null for the small tries of rule contexts.
     */
    private long[] rootTokens;
    private static final int ROOT_SLOTS = 1 << 16;
    private static final int ROOT_FILTER_FROM = 64;
    /** The root's prefix keys by an ASCII first char (the same lists as its map holds), read without boxing the char. */
    private List<Integer>[] rootPrefixesByAscii;
    private int size;

    private void markRootToken(String token) {
        if (rootTokens == null && root.exact.size() + 1 >= ROOT_FILTER_FROM) {
            rootTokens = new long[ROOT_SLOTS / 64];
            root.exact.keySet().forEach(this::markRootToken);
        }
        if (rootTokens != null) {
            int slot = rootSlot(token);
            rootTokens[slot >>> 6] |= 1L << slot;
        }
    }

    @SuppressWarnings("unchecked")
    private void rememberRootPrefixes(char first, List<Integer> keys) {
        if (rootPrefixesByAscii == null) {
            rootPrefixesByAscii = new List[128];
        }
        rootPrefixesByAscii[first] = keys;
    }

    /** The prefix keys of node n that a token starting with this char may match (null: none). */
    private List<Integer> prefixesStartingWith(Node<T> n, char first) {
        if (n.prefixesByFirst == null) {
            return null;
        }
        if (n == root && first < 128) {
            return rootPrefixesByAscii == null ? null : rootPrefixesByAscii[first]; // null: no key starts with an ASCII char
        }
        return n.prefixesByFirst.get(first);
    }

    private boolean mayStartExact(String token) {
        if (rootTokens == null) {
            return true;
        }
        int slot = rootSlot(token);
        return (rootTokens[slot >>> 6] & 1L << slot) != 0;
    }

    private static int rootSlot(String token) {
        int h = token.hashCode();
        return (h ^ h >>> 16) & (ROOT_SLOTS - 1);
    }

    void add(List<PhraseSyntax.Tok> phrase, T value) {
        Node<T> n = root;
        for (PhraseSyntax.Tok t : phrase) {
            if (t.prefix()) {
                if (n.prefixKeys == null) {
                    n.prefixKeys = new ArrayList<>();
                    n.prefixNodes = new ArrayList<>();
                    n.prefixesByFirst = new HashMap<>();
                }
                int i = n.prefixKeys.indexOf(t.text());
                if (i < 0) {
                    n.prefixKeys.add(t.text());
                    n.prefixNodes.add(new Node<>());
                    i = n.prefixKeys.size() - 1;
                    List<Integer> byFirst = n.prefixesByFirst.computeIfAbsent(t.text().charAt(0), c -> new ArrayList<>(2));
                    byFirst.add(i);
                    if (n == root && t.text().charAt(0) < 128) {
                        rememberRootPrefixes(t.text().charAt(0), byFirst);
                    }
                }
                n = n.prefixNodes.get(i);
            } else {
                if (n.exact == null) {
                    n.exact = new HashMap<>();
                }
                if (n == root) {
                    markRootToken(t.text());
                }
                n = n.exact.computeIfAbsent(t.text(), k -> new Node<>());
            }
        }
        if (n.values == null) {
            n.values = new ArrayList<>(1);
        }
        n.values.add(value);
        size++;
    }

    /** Adds every variant of a phrase written in {@link PhraseSyntax}. */
    void addPhrase(String phrase, T value) {
        for (List<PhraseSyntax.Tok> v : PhraseSyntax.expand(phrase)) {
            add(v, value);
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    /**
     * Reports every phrase that starts at token start, within tokens [start, limit); a token for which
     * blocked[token] is true cannot be part of a match (blocked may be null). A token matches as itself
     * or as one of its {@link NormalizedText#alternativesOf alternatives}; a match runs across a
     * {@link NormalizedText#barrierBefore barrier} only where the phrase has punctuation too.
     */
    void matchAt(NormalizedText text, int start, int limit, boolean[] blocked, Hit<T> hit) {
        walk(root, text, start, start, limit, blocked, hit);
    }

    private void walk(Node<T> n, NormalizedText text, int start, int i, int limit, boolean[] blocked, Hit<T> hit) {
        if (n.values != null && i > start) {
            for (T v : n.values) {
                hit.hit(start, i, v);
            }
        }
        if (i >= limit || (blocked != null && blocked[i])) {
            return;
        }
        if (i > start && text.barrierBefore(i)) {
            // Punctuation between two Han characters: only a phrase with punctuation there goes on.
            step(n, NormalizedText.GAP + text.tokens[i], null, text, start, i, limit, blocked, hit);
            return;
        }
        String[] alternatives = text.alternativesOf(i);
        if (alternatives == null) {
            step(n, text.tokens[i], null, text, start, i, limit, blocked, hit);
            return;
        }
        List<Node<T>> visited = new ArrayList<>(4);
        step(n, text.tokens[i], visited, text, start, i, limit, blocked, hit);
        for (String form : alternatives) {
            step(n, form, visited, text, start, i, limit, blocked, hit);
        }
    }

    /** Walks on from node n with token i read as tok; visited (when not null) keeps one form from reaching a node twice. */
    private void step(Node<T> n, String tok, List<Node<T>> visited, NormalizedText text, int start, int i, int limit,
                      boolean[] blocked, Hit<T> hit) {
        if (n.exact != null && (n != root || mayStartExact(tok))) {
            Node<T> next = n.exact.get(tok);
            if (next != null && firstVisit(visited, next)) {
                walk(next, text, start, i + 1, limit, blocked, hit);
            }
        }
        List<Integer> keys = tok.isEmpty() ? null : prefixesStartingWith(n, tok.charAt(0));
        if (keys != null) {
            for (int k : keys) {
                Node<T> next = n.prefixNodes.get(k);
                if (tok.startsWith(n.prefixKeys.get(k)) && firstVisit(visited, next)) {
                    walk(next, text, start, i + 1, limit, blocked, hit);
                }
            }
        }
    }

    private static <T> boolean firstVisit(List<Node<T>> visited, Node<T> next) {
        if (visited == null) {
            return true;
        }
        for (Node<T> v : visited) {
            if (v == next) {
                return false;
            }
        }
        visited.add(next);
        return true;
    }

    /** True when some phrase starts at a token in [from, to) and ends at or before limit. */
    boolean anyStartingIn(NormalizedText text, int from, int to, int limit, boolean[] blocked) {
        boolean[] found = {false};
        for (int s = Math.max(0, from); s < to && !found[0]; s++) {
            matchAt(text, s, limit, blocked, (a, b, v) -> found[0] = true);
        }
        return found[0];
    }

    /** Longest match starting at start, or null. Returns {end, value}. */
    Object[] longestAt(NormalizedText text, int start, int limit, boolean[] blocked) {
        Object[] best = {null, null};
        int[] bestEnd = {-1};
        matchAt(text, start, limit, blocked, (a, b, v) -> {
            if (b > bestEnd[0]) {
                bestEnd[0] = b;
                best[0] = b;
                best[1] = v;
            }
        });
        return bestEnd[0] < 0 ? null : best;
    }
}
