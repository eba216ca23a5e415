package org.mycroft.api.search;

import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.index.IndexQueries;
import org.springframework.stereotype.Component;

/**
 * Builds the Solr request of a search. User text only ever reaches Solr escaped (see
 * {@link UserQuery}) and filter values only as escaped terms; local params are written here,
 * never taken from the request. A text that names concepts is searched with them ({@link ConceptQuery}). Facets are multi-select: each facet's counts ignore its own
 * filter, so the alternatives stay visible and can be OR-ed.
 */
@Component
public class SearchQueryBuilder {

    static final String RESULT_FIELDS = String.join(",", IndexFields.ID, IndexFields.PARENT_ID, IndexFields.PARENT_TITLE,
            IndexFields.DOC_TYPE, IndexFields.TITLE, IndexFields.PROVISION_NUMBER, IndexFields.HEADING,
            IndexFields.COUNTRY, IndexFields.YEAR, IndexFields.LANGUAGE, IndexFields.ARTICLES, IndexFields.CRIME_TYPES,
            IndexFields.CROSS_CUTTING, IndexFields.MENTIONS, IndexFields.TEXT_EN, IndexFields.TEXT_FR, IndexFields.TEXT_ES,
            IndexFields.TEXT_GENERAL, IndexFields.IN_FORCE, IndexFields.SUPERSEDED_ON);
    private static final int SNIPPET_CHARS = 240;
    /** Values of a facet in a search answer, most frequent first: what the search page lists (8 shown, the rest behind "more"). */
    public static final int FACET_VALUES = 30;
    /** Bound on the values of one facet even when all are asked for ({@code more}). */
    public static final int MAX_FACET_VALUES = 1000;
    /** Plus every per-language text field (text_ar, text_zh, text_ru…), the snippet's fallback when nothing is highlighted. */
    private static final String RETURNED_FIELDS = RESULT_FIELDS + "," + String.join(",", IndexFields.TEXT_FIELDS);

    /**
     * The request of a page of results: ranked by relevance, the phrase boost reranks the top
     * matches ({@link PhraseBoost#topMatches}); sorted by date, where the score takes no part, none.
     */
    public SolrQuery build(SearchRequest request) {
        SolrQuery query = unboosted(request);
        if (request.hasQuery() && request.sort() == SearchSort.RELEVANCE) {
            PhraseBoost.topMatches(query, UserQuery.toEdismax(request.query()));
        }
        return query;
    }

    /**
     * The request of a walk through every result with {@code cursorMark}: a cursor pages by the sort
     * values, which a rerank's window would not respect, so the phrase boost is on every match (pf).
     */
    public SolrQuery walk(SearchRequest request) {
        SolrQuery query = unboosted(request);
        if (request.hasQuery() && request.sort() == SearchSort.RELEVANCE) {
            PhraseBoost.everyMatch(query);
        }
        return query;
    }

    /**
     * The request without the phrase boost: for counts (facets, rows=0) and orders that do not use
     * the score (the feed's newest first).
     */
    public SolrQuery unboosted(SearchRequest request) {
        SolrQuery query = new SolrQuery();
        if (request.hasQuery()) {
            String text = UserQuery.toEdismax(request.query());
            if (request.searchedConcepts().isEmpty()) {
                query.setQuery(text);
                query.set("defType", "edismax");
            } else { // the same edismax text query, OR-ed with the concepts (its params below apply to both)
                ConceptQuery.apply(query, text, request.searchedConcepts());
            }
            query.set("qf", IndexQueries.QUERY_FIELDS);
            PhraseBoost.none(query);
            query.set("uf", "-*"); // no field queries from users
            query.set("sow", "false"); // lets multi-word synonyms (MLA => mutual legal assistance) match
            query.set("mm", "2<-1 5<80%");
        } else {
            query.setQuery("*:*");
        }
        for (Map.Entry<Facet, List<String>> filter : request.filters().entrySet()) {
            query.addFilterQuery(filterQuery(filter.getKey(), filter.getValue()));
        }
        if (request.history()) { // superseded versions through the handler's in-force filter (solrconfig.xml)
            IndexQueries.withHistory(query);
        }
        if (!request.mentions().isEmpty()) { // not a facet: mentions are never counted
            query.addFilterQuery(IndexQueries.anyOf(IndexFields.MENTIONS, request.mentions()));
        }
        for (Facet facet : Facet.values()) {
            if (!facet.counted()) {
                continue;
            }
            query.addFacetField("{!ex=" + facet.parameter() + " key=" + facet.parameter() + "}" + facet.field());
            query.set("f." + facet.field() + ".facet.limit", requestedValues(request, facet));
        }
        query.setFacetMinCount(1);
        query.setFacetSort("count");
        query.set("f." + IndexFields.YEAR + ".facet.sort", "index");
        query.setFields(RETURNED_FIELDS);
        switch (request.sort()) {
            case RELEVANCE -> query.addSort("score", SolrQuery.ORDER.desc).addSort(IndexFields.YEAR, SolrQuery.ORDER.desc);
            case NEWEST -> query.addSort(IndexFields.YEAR, SolrQuery.ORDER.desc).addSort(IndexFields.DATE, SolrQuery.ORDER.desc);
            case OLDEST -> query.addSort(IndexFields.YEAR, SolrQuery.ORDER.asc).addSort(IndexFields.DATE, SolrQuery.ORDER.asc);
        }
        // A stable order for ties so paging never shows a unit twice.
        query.addSort(IndexFields.PARENT_ID, SolrQuery.ORDER.asc).addSort(IndexFields.POSITION, SolrQuery.ORDER.asc)
                .addSort(IndexFields.ID, SolrQuery.ORDER.asc);
        query.setStart((request.page() - 1) * request.size());
        query.setRows(request.size());
        if (request.hasQuery()) {
            query.setHighlight(true);
            query.set("hl.method", "unified");
            query.set("hl.fl", String.join(",", highlightedFields(request)));
            // Only the terms that matched in a field are marked in it (not another language's stems),
            // read from the offsets stored in the postings (storeOffsetsWithPositions in the schema).
            query.set("hl.requireFieldMatch", true);
            query.set("hl.offsetSource", "POSTINGS");
            // Terms (and phrases, by position) straight from the field's postings: Weight.matches, the
            // default, rebuilt the whole query for every hit and field and cost 60% of the highlighting (JFR).
            query.set("hl.weightMatches", false);
            query.set("hl.encoder", "html");
            query.set("hl.tag.pre", "<mark>");
            query.set("hl.tag.post", "</mark>");
            query.set("hl.fragsize", SNIPPET_CHARS);
            query.set("hl.snippets", 2);
            query.set("hl.bs.type", "SENTENCE");
        }
        return query;
    }

    /**
     * How many values Solr returns for a facet. The page shows {@link #FACET_VALUES} at most (eight, the
     * rest behind "more"), so counting every value of every facet on each search only costs Solr's
     * time and the answer's size; one more than shown says whether the list goes on. The facets
     * named in {@code more}, those with a selection (whose selected values must keep their counts)
     * and the years (listed in order, not by count) give all their values, up to {@link #MAX_FACET_VALUES}.
     */
    public static int requestedValues(SearchRequest request, Facet facet) {
        return listsAll(request, facet) ? MAX_FACET_VALUES : FACET_VALUES + 1;
    }

    /** Whether a facet's list is whole (up to {@link #MAX_FACET_VALUES}) rather than its most frequent values. */
    public static boolean listsAll(SearchRequest request, Facet facet) {
        return facet == Facet.YEAR || request.more().contains(facet) || !request.filter(facet).isEmpty();
    }

    /**
     * The text fields whose snippets can show a match: with a language filter, only those languages'
     * fields; otherwise every language's (a unit's text is in one of them).
     */
    static List<String> highlightedFields(SearchRequest request) {
        List<String> languages = request.filter(Facet.LANGUAGE);
        return languages.isEmpty() ? IndexFields.TEXT_FIELDS
                : languages.stream().map(IndexFields::textField).distinct().toList();
    }

    static String filterQuery(Facet facet, List<String> values) {
        // Tagged so that the facet's own counts can ignore it (multi-select faceting).
        return "{!tag=" + facet.parameter() + "}" + switch (facet) {
            case EITHER_STATE -> "(" + IndexQueries.anyOf(IndexFields.REQUESTING_STATE, values) + " OR "
                    + IndexQueries.anyOf(IndexFields.REQUESTED_STATE, values) + ")";
            // Validated as four-digit years; several bounds: the widest range.
            case YEAR_FROM -> IndexFields.YEAR + ":[" + values.stream().mapToInt(Integer::parseInt).min().orElseThrow() + " TO *]";
            case YEAR_TO -> IndexFields.YEAR + ":[* TO " + values.stream().mapToInt(Integer::parseInt).max().orElseThrow() + "]";
            default -> IndexQueries.anyOf(facet.field(), values);
        };
    }
}
