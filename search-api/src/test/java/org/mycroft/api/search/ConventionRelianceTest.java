package org.mycroft.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.SimpleOrderedMap;
import org.junit.jupiter.api.Test;
import org.mycroft.core.taxonomy.CaseVocabulary;

/** When a search's own answer spares it the reliance query, decided from the answer alone (no Solr). */
class ConventionRelianceTest {

    private static QueryResponse answer(NamedList<Object> legalBasis) {
        NamedList<Object> fields = new SimpleOrderedMap<>();
        if (legalBasis != null) {
            fields.add(Facet.LEGAL_BASIS.parameter(), legalBasis);
        }
        NamedList<Object> facetCounts = new NamedList<>();
        facetCounts.add("facet_fields", fields);
        NamedList<Object> body = new NamedList<>();
        body.add("facet_counts", facetCounts);
        return new QueryResponse(body, null);
    }

    private static NamedList<Object> counts(Object... nameCount) {
        NamedList<Object> list = new NamedList<>();
        for (int i = 0; i < nameCount.length; i += 2) {
            list.add((String) nameCount[i], nameCount[i + 1]);
        }
        return list;
    }

    @Test
    void aSearchWhoseResultsHoldNoConventionCaseNeedsNoSecondQuery() {
        assertThat(ConventionReliance.possible(answer(counts()))).isFalse();
        assertThat(ConventionReliance.possible(answer(counts("bilateral-treaty", 3L)))).isFalse();
    }

    @Test
    void aConventionCaseOrAnAnswerWithoutTheFacetKeepsTheQuery() {
        assertThat(ConventionReliance.possible(answer(counts("bilateral-treaty", 3L, CaseVocabulary.CONVENTION, 1L)))).isTrue();
        assertThat(ConventionReliance.possible(answer(null))).isTrue();
    }
}
