package org.mycroft.api.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.SimpleOrderedMap;
import org.junit.jupiter.api.Test;
import org.mycroft.api.system.SearchBackendException;

/**
 * A response without results is what SolrCloud sent once during {@code CloudFailoverTest}'s node kill; it
 * surfaced as a NullPointerException in the result mapper. The shapes are built as SolrJ parses them.
 */
class SolrSupportTest {

    @Test
    void aResponseWithoutResultsOrGroupsIsABackendFailureTheClientMayRetry() {
        NamedList<Object> onlyHeader = new NamedList<>();
        onlyHeader.add("responseHeader", new SimpleOrderedMap<>());

        assertThatThrownBy(() -> SolrSupport.answered(new QueryResponse(onlyHeader, null)))
                .isInstanceOf(SearchBackendException.class)
                .hasMessageContaining("without results");
    }

    @Test
    void resultsOrGroupsPassUnchanged() {
        NamedList<Object> withResults = new NamedList<>();
        withResults.add("response", new SolrDocumentList());
        QueryResponse results = new QueryResponse(withResults, null);
        assertThat(SolrSupport.answered(results)).isSameAs(results);

        NamedList<Object> withGroups = new NamedList<>();
        withGroups.add("grouped", new SimpleOrderedMap<>());
        QueryResponse groups = new QueryResponse(withGroups, null);
        assertThat(SolrSupport.answered(groups)).isSameAs(groups);
    }
}
