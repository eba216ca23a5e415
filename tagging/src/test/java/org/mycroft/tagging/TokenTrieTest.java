package org.mycroft.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A trie finds the same phrases whether its root is small (plain lookups) or a vocabulary (its token filter set). */
class TokenTrieTest {

    private static List<String> matches(TokenTrie<String> trie, String text) {
        NormalizedText nt = new NormalizedText(text);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < nt.tokenCount; i++) {
            trie.matchAt(nt, i, nt.tokenCount, null, (s, e, v) -> found.add(v));
        }
        return found;
    }

    @Test
    void everyPhraseOfALargeVocabularyIsFoundAndNoOther() {
        for (int size : new int[] {10, 63, 64, 65, 2_000}) {
            TokenTrie<String> trie = new TokenTrie<>();
            for (int i = 0; i < size; i++) {
                trie.addPhrase("word" + i + " of crime", "exact-" + i);
            }
            trie.addPhrase("launder*", "prefix");
            for (int i = 0; i < size; i++) {
                assertThat(matches(trie, "Every Word" + i + " of crime is laundering.")).as("size %d, phrase %d", size, i)
                        .containsExactly("exact-" + i, "prefix");
            }
            assertThat(matches(trie, "word" + size + " of crime, wordless of crime")).as("size %d", size).isEmpty();
        }
    }

    /** Prefixes at the root: ASCII and other first letters, and a root with only non-ASCII prefixes read by an ASCII token. */
    @Test
    void prefixesAreFoundWhateverTheirFirstLetter() {
        TokenTrie<String> trie = new TokenTrie<>();
        trie.addPhrase("launder*", "latin");
        trie.addPhrase("отмыва*", "cyrillic");
        assertThat(matches(trie, "laundering; отмывание")).containsExactly("latin", "cyrillic");
        TokenTrie<String> cyrillicOnly = new TokenTrie<>();
        cyrillicOnly.addPhrase("отмыва*", "cyrillic");
        assertThat(matches(cyrillicOnly, "laundering")).isEmpty();
        assertThat(matches(cyrillicOnly, "Отмывания")).containsExactly("cyrillic");
    }
}
