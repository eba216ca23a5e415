package org.mycroft.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;
import org.mycroft.core.index.IndexQueries;

/** The Solr request of a search, checked parameter by parameter without starting Solr. */
class SearchQueryBuilderTest {

    private final SearchQueryBuilder builder = new SearchQueryBuilder();

    private static SearchRequest request(String q, Map<Facet, List<String>> filters, SearchSort sort, int page) {
        return new SearchRequest(q, filters, sort, page, 20, "en");
    }

    @Test
    void userTextGoesToEdismaxEscapedWithFieldQueriesForbidden() {
        SolrQuery q = builder.build(request("{!terms f=id}x", Map.of(), SearchSort.RELEVANCE, 1));
        assertThat(q.getQuery()).isEqualTo("\\{\\!terms f=id\\}x");
        assertThat(q.get("defType")).isEqualTo("edismax");
        assertThat(q.get("uf")).isEqualTo("-*");
        assertThat(q.get("qf")).isEqualTo(IndexQueries.QUERY_FIELDS);
        assertThat(q.get("pf")).as("the phrase boost is a rerank, never on every match").isEmpty();
        assertThat(q.getHighlight()).isTrue();
        assertThat(q.get("hl.encoder")).isEqualTo("html");
        assertThat(q.getSortField()).startsWith("score desc,year desc");
    }

    @Test
    void aPageRankedByRelevanceRerankItsTopMatchesByThePhraseOnlyReferencingTheUserText() {
        SolrQuery q = builder.build(request("extradition {!join} \"legal assistance\" AND request", Map.of(), SearchSort.RELEVANCE, 2));
        assertThat(q.get("pf")).isEmpty();
        assertThat(q.get("rq")).isEqualTo("{!rerank reRankQuery=$mycroft_rerank reRankDocs=" + PhraseBoost.WINDOW + " reRankWeight=1}");
        assertThat(q.get("mycroft_rerank")).isEqualTo("{!edismax qf='" + IndexQueries.PHRASE_FIELDS + "' qs=" + IndexQueries.PHRASE_SLOP
                + " stopwords=false mm=100% pf='' v=$mycroft_phrase}");
        // The words pf took: outside the quoted phrase, without the operator, escaped.
        assertThat(q.get("mycroft_phrase")).isEqualTo("\"extradition \\{\\!join\\} request\"");
        assertThat(q.getStart()).isEqualTo(20);
    }

    @Test
    void noPhraseBoostWhereTheScoreTakesNoPartOrThereIsNoPhraseAndOnEveryMatchForACursorWalk() {
        for (SolrQuery q : List.of(builder.build(request("extradition request", Map.of(), SearchSort.NEWEST, 1)),
                builder.build(request("extradition", Map.of(), SearchSort.RELEVANCE, 1)),
                builder.build(request("\"extradition request\"", Map.of(), SearchSort.RELEVANCE, 1)),
                builder.unboosted(request("extradition request", Map.of(), SearchSort.RELEVANCE, 1)))) {
            assertThat(q.get("pf")).as(q.toString()).isEmpty();
            assertThat(q.get("rq")).as(q.toString()).isNull();
        }
        SolrQuery walk = builder.walk(request("extradition request", Map.of(), SearchSort.RELEVANCE, 1));
        assertThat(walk.get("pf")).isEqualTo(IndexQueries.PHRASE_FIELDS);
        assertThat(walk.get("rq")).isNull();
    }

    @Test
    void thePhraseIsTheWordsOutsideQuotesWithoutOperatorsAndNeedsTwo() {
        assertThat(PhraseBoost.phrase("person migrant")).hasValue("\"person migrant\"");
        assertThat(PhraseBoost.phrase("  a   b  c ")).hasValue("\"a b c\"");
        assertThat(PhraseBoost.phrase("a OR b NOT c TO d")).hasValue("\"a b c d\"");
        assertThat(PhraseBoost.phrase("\"a b\" c \"d e\" f")).hasValue("\"c f\"");
        assertThat(PhraseBoost.phrase("\"a b\" c")).isEmpty();
        assertThat(PhraseBoost.phrase("word")).isEmpty();
        assertThat(PhraseBoost.phrase("*:*")).isEmpty();
        assertThat(PhraseBoost.phrase("AND OR")).isEmpty();
    }

    @Test
    void anEmptyQueryListsEverythingNewestFirstWithoutHighlighting() {
        SolrQuery q = builder.build(request("", Map.of(), SearchSort.NEWEST, 3));
        assertThat(q.getQuery()).isEqualTo("*:*");
        assertThat(q.get("defType")).isNull();
        assertThat(q.getHighlight()).isFalse();
        assertThat(q.getStart()).isEqualTo(40);
        assertThat(q.getRows()).isEqualTo(20);
        assertThat(q.getSortField()).isEqualTo("year desc,date desc,parent_id asc,position asc,id asc");
    }

    @Test
    void filtersAreTaggedEscapedTermsAndEveryFacetExcludesItsOwnFilter() {
        Map<Facet, List<String>> filters = new LinkedHashMap<>();
        filters.put(Facet.COUNTRY, List.of("CAN", "FRA"));
        filters.put(Facet.ARTICLES, List.of("UNTOC-18"));
        SolrQuery q = builder.build(request("", filters, SearchSort.OLDEST, 1));
        assertThat(q.getFilterQueries()).containsExactlyInAnyOrder(
                "{!tag=country}country:(\"CAN\" OR \"FRA\")",
                "{!tag=articles}articles_expanded:(\"UNTOC\\-18\")");
        assertThat(q.getFacetFields()).hasSize((int) java.util.Arrays.stream(Facet.values()).filter(Facet::counted).count())
                .contains("{!ex=crime_types key=crime_types}crime_types_expanded");
        assertThat(q.get("f.year.facet.sort")).isEqualTo("index");
        assertThat(q.getSortField()).startsWith("year asc,date asc");
    }

    @Test
    void recognisedConceptsAreOredWithTheSameTextQueryTheirValuesEscapedAndTheUserTextOnlyReferenced() {
        QueryConcept tip = new QueryConcept("trafficking-in-persons", Facet.CRIME_TYPES,
                List.of("Trafficking in persons", "Traite des personnes", "Trata de personas"));
        SearchRequest on = new SearchRequest("{!join from=id}trata de personas", Map.of(), SearchSort.RELEVANCE, 1, 20, "en",
                List.of(), false, List.of(tip), true);
        SolrQuery q = builder.build(on);
        assertThat(q.getQuery()).isEqualTo("{!bool should=$mycroft_text should=$mycroft_tag0 should=$mycroft_names0}");
        assertThat(q.get("defType")).isEqualTo("lucene");
        assertThat(q.get("mycroft_user")).isEqualTo("\\{\\!join from=id\\}trata de personas");
        assertThat(q.get("mycroft_text")).isEqualTo("{!edismax v=$mycroft_user}");
        assertThat(q.get("mycroft_tag0")).startsWith("{!lucene}crime_types_expanded:\"trafficking\\-in\\-persons\"^");
        assertThat(q.get("mycroft_phrases0"))
                .isEqualTo("\"Trafficking\\ in\\ persons\" \"Traite\\ des\\ personnes\" \"Trata\\ de\\ personas\"");
        // The text's own parameters are the same as without concepts, and the user never reaches q.
        SolrQuery off = builder.build(new SearchRequest(on.query(), Map.of(), SearchSort.RELEVANCE, 1, 20, "en",
                List.of(), false, List.of(tip), false));
        assertThat(off.getQuery()).isEqualTo(q.get("mycroft_user"));
        assertThat(off.get("defType")).isEqualTo("edismax");
        for (String p : List.of("qf", "pf", "uf", "mm", "sow")) {
            assertThat(q.get(p)).as(p).isEqualTo(off.get(p));
        }
        assertThat(off.get("mycroft_user")).isNull();
    }

    @Test
    void facetsListWhatThePageShowsAndAllValuesOnlyForMoreASelectionOrTheYears() {
        SearchRequest plain = request("", Map.of(Facet.ARTICLES, List.of("UNTOC-18")), SearchSort.NEWEST, 1)
                .withAllValuesOf(java.util.Set.of(Facet.COUNTRY));
        SolrQuery q = builder.build(plain);
        // One more than the page lists: its presence says the list goes on.
        assertThat(q.get("f.crime_types_expanded.facet.limit")).isEqualTo(String.valueOf(SearchQueryBuilder.FACET_VALUES + 1));
        assertThat(q.get("f.region.facet.limit")).isEqualTo(String.valueOf(SearchQueryBuilder.FACET_VALUES + 1));
        for (String all : List.of("f.country.facet.limit", "f.articles_expanded.facet.limit", "f.year.facet.limit")) {
            assertThat(q.get(all)).as(all).isEqualTo(String.valueOf(SearchQueryBuilder.MAX_FACET_VALUES));
        }
        assertThat(q.get("facet.limit")).as("no unbounded default").isNull();
    }

    @Test
    void onlyTheTextFieldsThatCanMatchAreHighlightedAndOnlyWithTheirOwnTerms() {
        SolrQuery any = builder.build(request("traite", Map.of(), SearchSort.RELEVANCE, 1));
        assertThat(any.get("hl.fl").split(",")).containsExactlyElementsOf(org.mycroft.core.index.IndexFields.TEXT_FIELDS);
        assertThat(any.get("hl.requireFieldMatch")).isEqualTo("true");
        assertThat(any.get("hl.method")).isEqualTo("unified");
        SolrQuery french = builder.build(request("traite", Map.of(Facet.LANGUAGE, List.of("fr", "es")), SearchSort.RELEVANCE, 1));
        assertThat(french.get("hl.fl")).isEqualTo("text_fr,text_es");
        SolrQuery other = builder.build(request("handel", Map.of(Facet.LANGUAGE, List.of("nl")), SearchSort.RELEVANCE, 1));
        assertThat(other.get("hl.fl")).isEqualTo("text_general");
    }
}
