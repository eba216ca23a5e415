package org.mycroft.api.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.mycroft.api.solr.SolrSupport;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.index.IndexQueries;
import org.mycroft.core.taxonomy.CaseVocabulary;
import org.mycroft.core.taxonomy.Taxonomy;
import org.springframework.stereotype.Component;

/**
 * "Reliance on the provisions of the Convention" per State (asked for by the Conference): among
 * the cases of a result set whose legal basis is the Convention, how many each State requested
 * and how many it was requested in. One extra count-only query with the search's own query and
 * filters, so the table always describes the results above it. That query is only sent when the
 * search's own answer leaves room for such a case (see {@link #possible}): most searches find none,
 * and the second query cost a sixth of Solr's time on every search (JFR, bench search).
 */
@Component
public class ConventionReliance {

    private final SolrClient solr;
    private final SearchQueryBuilder queries;
    private final Taxonomy taxonomy;

    public ConventionReliance(SolrClient solr, SearchQueryBuilder queries, Taxonomy taxonomy) {
        this.solr = solr;
        this.queries = queries;
        this.taxonomy = taxonomy;
    }

    /** The table for a search whose own Solr answer is {@code page}: empty without a query when that answer rules it out. */
    public List<StateReliance> of(SearchRequest request, QueryResponse page) {
        return possible(page) ? of(request) : List.of();
    }

    /**
     * Whether a search's answer can hold a case with the Convention as legal basis. Its legal_basis
     * facet counts the results under every filter but legal_basis's own, so a Convention count of
     * zero there is zero in the narrower set the table counts. The vocabulary is small, so that list
     * is whole; an answer without it (no facets asked) proves nothing.
     */
    public static boolean possible(QueryResponse page) {
        FacetField legalBasis = page.getFacetField(Facet.LEGAL_BASIS.parameter());
        if (legalBasis == null || legalBasis.getValues() == null
                || legalBasis.getValues().size() > SearchQueryBuilder.FACET_VALUES) {
            return true;
        }
        return legalBasis.getValues().stream()
                .anyMatch(c -> CaseVocabulary.CONVENTION.equals(c.getName()) && c.getCount() > 0);
    }

    public List<StateReliance> of(SearchRequest request) {
        SolrQuery query = queries.unboosted(request);
        query.setRows(0);
        query.setHighlight(false);
        query.remove("facet.field");
        query.addFilterQuery(IndexQueries.is(IndexFields.DOC_TYPE, "case"),
                IndexQueries.is(IndexFields.LEGAL_BASIS, CaseVocabulary.CONVENTION));
        query.addFacetField(IndexFields.REQUESTING_STATE, IndexFields.REQUESTED_STATE);
        query.setFacetMinCount(1);
        query.setFacetLimit(-1);
        QueryResponse response = SolrSupport.query(solr, query);
        Map<String, long[]> counts = new LinkedHashMap<>();
        add(counts, response.getFacetField(IndexFields.REQUESTING_STATE), 0);
        add(counts, response.getFacetField(IndexFields.REQUESTED_STATE), 1);
        List<StateReliance> rows = new ArrayList<>();
        counts.forEach((state, c) -> rows.add(
                new StateReliance(state, taxonomy.label("country", state, request.lang()), c[0], c[1])));
        rows.sort(Comparator.comparingLong(StateReliance::total).reversed().thenComparing(StateReliance::label));
        return List.copyOf(rows);
    }

    private static void add(Map<String, long[]> counts, FacetField field, int column) {
        if (field == null || field.getValues() == null) {
            return;
        }
        for (FacetField.Count count : field.getValues()) {
            counts.computeIfAbsent(count.getName(), s -> new long[2])[column] = count.getCount();
        }
    }
}
