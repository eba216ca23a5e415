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
    private final ConventionReliance reliance;

    public SearchService(SolrClient solr, SearchQueryBuilder queries, SearchResultMapper results,
            ConventionReliance reliance) {
        this.solr = solr;
        this.queries = queries;
        this.results = results;
        this.reliance = reliance;
    }

    public SearchResponse search(SearchRequest request) {
        SearchResponse page = results.map(request, SolrSupport.query(solr, queries.build(request)));
        return page.withConventionReliance(reliance.of(request));
    }
}
