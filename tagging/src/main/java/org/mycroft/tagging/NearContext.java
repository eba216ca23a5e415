package org.mycroft.tagging;

/**
 * Words or phrases looked for near a match, within the same sentence.
 *
 * @param trie   the phrases
 * @param window how many tokens before / after the match are searched
 * @param side   before, after or both
 */
record NearContext(TokenTrie<Boolean> trie, int window, Side side) {

    enum Side { BEFORE, AFTER, BOTH }

    /** True when one of the phrases lies within the window of match [start, end). */
    boolean presentAround(NormalizedText nt, int start, int end, boolean[] blocked) {
        int sent = nt.sentence[start];
        if (side != Side.AFTER) {
            int from = start;
            while (from > 0 && start - from < window && nt.sentence[from - 1] == sent) {
                from--;
            }
            if (from < start && trie.anyStartingIn(nt, from, start, start, blocked)) {
                return true;
            }
        }
        if (side != Side.BEFORE) {
            int lastSent = nt.sentence[end - 1];
            int to = end;
            while (to < nt.tokenCount && to - end < window && nt.sentence[to] == lastSent) {
                to++;
            }
            if (to > end && trie.anyStartingIn(nt, end, to, to, blocked)) {
                return true;
            }
        }
        return false;
    }
}
