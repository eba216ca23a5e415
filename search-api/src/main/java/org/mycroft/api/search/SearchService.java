package org.mycroft.api.search;

import org.apache.solr.client.solrj.SolrClient;
import org.mycroft.api.solr.SolrSupport;
import org.springframework.stereotype.Service;

/** Runs a validated search against Solr. */
@Service
public class SearchService {

    private final SolrClient solr;
    private final SearchQueryBuilder queries;
    private final SearchResultMapper results;

    public SearchService(SolrClient solr, SearchQueryBuilder queries, SearchResultMapper results) {
        this.solr = solr;
        this.queries = queries;
        this.results = results;
    }

    public SearchResponse search(SearchRequest request) {
        return results.map(request, SolrSupport.query(solr, queries.build(request)));
    }
}
