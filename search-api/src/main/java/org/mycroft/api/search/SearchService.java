package org.mycroft.api.search;

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
}
