package org.mycroft.api.export;

import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.mycroft.api.search.SearchQueryBuilder;
import org.mycroft.api.search.SearchRequest;
import org.mycroft.api.solr.SolrSupport;
import org.springframework.stereotype.Component;

/**
 * Walks every result of a search with Solr's {@code cursorMark}, one page at a time, so an export
 * of 100,000 results holds one page in memory, never the whole set, and deep pages cost no more
 * than the first. The search's own query, filters and sort are used; the sort ends on the unique
 * key, as a cursor requires.
 */
@Component
public record ResultCursor(SolrClient solr, SearchQueryBuilder queries) {

    static final int PAGE = 500;

    /** Calls {@code each} for every result, in the search's order; returns how many there were. */
    public long forEach(SearchRequest request, Consumer<SolrDocument> each) {
        SolrQuery query = queries.walk(request);
        query.setStart(0);
        query.setRows(PAGE);
        query.setFacet(false);
        query.remove("facet.field");
        query.setHighlight(false);
        query.setFields(ExportRecord.FIELDS);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        long count = 0;
        while (true) {
            query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse response = SolrSupport.query(solr, query);
            for (SolrDocument doc : response.getResults()) {
                each.accept(doc);
                count++;
            }
            String next = response.getNextCursorMark();
            if (next == null || next.equals(cursor)) {
                return count;
            }
            cursor = next;
        }
    }
}
