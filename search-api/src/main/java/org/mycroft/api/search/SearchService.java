package org.mycroft.api.search;

import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.mycroft.api.solr.SolrSupport;
import org.springframework.stereotype.Service;

/** Runs a validated search against Solr. */
@Service
public class SearchService {

    private final SolrClient solr;
    private final SearchQueryBuilder queries;
    private final SearchResultMapper results;
    private final ConventionReliance reliance;

    public SearchService(SolrClient solr, SearchQueryBuilder queries, SearchResultMapper results,
            ConventionReliance reliance) {
        this.solr = solr;
        this.queries = queries;
        this.results = results;
        this.reliance = reliance;
    }

    public SearchResponse search(SearchRequest request) {
        QueryResponse response = SolrSupport.query(solr, queries.build(request));
        return results.map(request, response).withConventionReliance(reliance.of(request, response));
    }

    /** One batch of a cursor walk: the results and the mark of the next batch (null after the last). */
    public record CursorBatch(SearchResponse page, String next) {}

    /** The batch of {@code request}'s results at Solr's {@code cursor} mark ({@code *} for the first). */
    public CursorBatch cursor(SearchRequest request, String cursor) {
        var query = queries.walk(request);
        query.setStart(0);
        query.setFacet(false);
        query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
        var response = SolrSupport.query(solr, query);
        String next = response.getNextCursorMark();
        return new CursorBatch(results.map(request, response), next == null || next.equals(cursor) ? null : next);
    }
}
