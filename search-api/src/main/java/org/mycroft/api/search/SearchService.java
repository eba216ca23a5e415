package org.mycroft.api.search;

import java.io.IOException;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;
import org.mycroft.api.system.SearchBackendException;
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
        try {
            return results.map(request, solr.query(queries.build(request)));
        } catch (SolrServerException | IOException | SolrException e) {
            // Solr down or failing; programming errors are left to surface as 500s.
            throw new SearchBackendException("The search could not be run", e);
        }
    }
}
