package org.mycroft.api.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.mycroft.core.index.IndexQueries;

/**
 * The phrase proximity boost of a search: a unit whose words stand near each other (slop
 * {@link IndexQueries#PHRASE_SLOP}) in {@link IndexQueries#PHRASE_FIELDS} ranks higher, by the same
 * score edismax's {@code pf} adds. Applied to every match ({@code pf}), it walks the positions of
 * the words in every unit that holds them all: for common words half of a search's Solr CPU
 * ("offence person": 52 ms, 27 ms without it, at 100,000 units). A reader only sees it on the pages
 * ranked by relevance, so a page is ranked with it as a rerank of the top {@link #WINDOW} matches
 * (Solr's {@code rq}): their scores, and so their order, are those {@code pf} gave; beyond the
 * window the order is the one without the boost. The phrase is the same words {@code pf} takes
 * (those outside quotes, not AND/OR/NOT/TO), sent as a parameter that the fixed local params only
 * reference, so the user's text never becomes syntax.
 */
final class PhraseBoost {

    /** Matches reranked: the first 10 pages of 20, 2 of 100. A cursor walks with {@link #everyMatch} instead. */
    static final int WINDOW = 200;
    /** The phrase, quoted, of the user's words (escaped by {@link UserQuery}). */
    static final String PHRASE = "mycroft_phrase";
    static final String RERANK_QUERY = "mycroft_rerank";

    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "TO");

    private PhraseBoost() {}

    /** No phrase boost: for an order where the score takes no part (dates, counts only). */
    static void none(SolrQuery query) {
        query.set("pf", ""); // empty, or edismax takes the handler's default pf
    }

    /** The boost on every match, as edismax's {@code pf}: for a cursor walk, whose pages follow the sort values. */
    static void everyMatch(SolrQuery query) {
        query.set("pf", IndexQueries.PHRASE_FIELDS);
    }

    /** The boost as a rerank of the top {@link #WINDOW} matches; none when the text has fewer than two words to join. */
    static void topMatches(SolrQuery query, String escapedText) {
        none(query);
        phrase(escapedText).ifPresent(phrase -> {
            query.set(PHRASE, phrase);
            // As pf builds its phrase: the fields' boosts, slop, the stop words kept; tie from the handler.
            query.set(RERANK_QUERY, "{!edismax qf='" + IndexQueries.PHRASE_FIELDS + "' qs=" + IndexQueries.PHRASE_SLOP
                    + " stopwords=false mm=100% pf='' v=$" + PHRASE + "}");
            query.set("rq", "{!rerank reRankQuery=$" + RERANK_QUERY + " reRankDocs=" + WINDOW + " reRankWeight=1}");
        });
    }

    /**
     * The words edismax's {@code pf} would join into one phrase, quoted: the text's words outside
     * quoted phrases, without the operators; empty with fewer than two (pf makes no phrase of one word).
     */
    static Optional<String> phrase(String escapedText) {
        List<String> words = new ArrayList<>();
        boolean inQuotes = false;
        for (String part : escapedText.split("\"", -1)) {
            if (!inQuotes) {
                for (String word : part.strip().split("\\s+")) {
                    if (!word.isEmpty() && !OPERATORS.contains(word)) {
                        words.add(word);
                    }
                }
            }
            inQuotes = !inQuotes;
        }
        return words.size() < 2 ? Optional.empty() : Optional.of("\"" + String.join(" ", words) + "\"");
    }
}
