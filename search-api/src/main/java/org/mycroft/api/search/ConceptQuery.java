package org.mycroft.api.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;
import org.mycroft.core.index.IndexQueries;

/**
 * The query of a search whose text names concepts: the user's text exactly as without concepts
 * (edismax over the per-language fields, the request's {@code qf}/{@code pf}/{@code mm}), OR-ed
 * with, per concept, its tag and its names in every language searched as phrases. Scores add up,
 * so a unit matching the words keeps what it had and gains the concept's share; a unit in another
 * language is found by its tag and by the concept's name in its own language, with a score of the
 * same kind as a reader of that language would give it.
 *
 * <p>The tag clause is a BM25 term (its idf: a rare concept weighs more than a common one) with a
 * moderate boost, never a constant: a constant large enough to lift other languages also lifted
 * every tagged unit above the units whose text matched best. The local params are written here;
 * the user's text only ever reaches Solr escaped, through a parameter reference.
 */
final class ConceptQuery {

    /** Weight of a concept's tag (BM25 idf, ~1 to 3 on a real index, times this). */
    static final double TAG_BOOST = 1.0;
    /** Weight of the concept's names searched as text, relative to the user's own words (1). */
    static final double LABEL_BOOST = 0.25;

    static final String USER_TEXT = "mycroft_user";
    static final String TEXT = "mycroft_text";

    private ConceptQuery() {}

    /** Sets {@code q} and its parameters on the query; {@code escapedText} is the user's text made safe by {@link UserQuery}. */
    static void apply(SolrQuery query, String escapedText, List<QueryConcept> concepts) {
        List<String> should = new ArrayList<>();
        query.set(USER_TEXT, escapedText);
        query.set(TEXT, "{!edismax v=$" + USER_TEXT + "}");
        should.add(TEXT);
        for (int i = 0; i < concepts.size(); i++) {
            QueryConcept concept = concepts.get(i);
            String tag = "mycroft_tag" + i;
            String names = "mycroft_names" + i;
            String phrases = "mycroft_phrases" + i;
            query.set(tag, "{!lucene}" + IndexQueries.is(concept.facet().field(), concept.id()) + "^" + number(TAG_BOOST));
            // Any one name is enough (mm=1); no phrase boost over the list of names.
            query.set(names, "{!edismax mm=1 pf='' boost=" + number(LABEL_BOOST) + " v=$" + phrases + "}");
            query.set(phrases, concept.labels().stream().map(IndexQueries::phrase).collect(Collectors.joining(" ")));
            should.add(tag);
            should.add(names);
        }
        // The handler's default parser is edismax, which reads "{!bool ...}" as words: lucene reads our local params.
        query.set("defType", "lucene");
        query.setQuery("{!bool " + should.stream().map(p -> "should=$" + p).collect(Collectors.joining(" ")) + "}");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
