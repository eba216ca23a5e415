package org.mycroft.api.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.json.JsonQueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.client.solrj.SolrQuery;
import org.mycroft.api.ops.SolrTiming;
import org.mycroft.api.system.SearchBackendException;
import org.mycroft.core.index.IndexFields;

/** Small helpers shared by the workbench services: running a query, writing filters, reading fields. */
public final class SolrSupport {

    private SolrSupport() {}

    /** Runs a query (POST: country lists can be long); any Solr failure becomes a 503, never a 500. */
    public static QueryResponse query(SolrClient solr, SolrQuery query) {
        return timed(() -> solr.query(query, SolrRequest.METHOD.POST));
    }

    /** Runs a JSON request (a query with its JSON facets); any Solr failure becomes a 503, never a 500. */
    public static QueryResponse query(SolrClient solr, JsonQueryRequest request) {
        return timed(() -> request.process(solr));
    }

    private interface SolrCall {
        QueryResponse run() throws SolrServerException, IOException;
    }

    /** Every Solr call of the API: timed for the operator's metrics, its failure a 503. */
    private static QueryResponse timed(SolrCall call) {
        long start = System.nanoTime();
        boolean failed = true;
        try {
            QueryResponse response = answered(call.run());
            failed = false;
            return response;
        } catch (SolrServerException | IOException | SolrException e) {
            throw new SearchBackendException("The index could not be queried", e);
        } finally {
            SolrTiming.record(System.nanoTime() - start, failed);
        }
    }

    /**
     * A response that carries neither a result list nor groups: SolrCloud can answer so while a node
     * fails over. It is a failure the client may retry (a 503), not a NullPointerException (a 500).
     */
    static QueryResponse answered(QueryResponse response) {
        if (response.getResults() == null && response.getGroupResponse() == null) {
            throw new SearchBackendException("The index answered without results", null);
        }
        return response;
    }

    /** Adds the sort clauses of a Solr sort string such as {@code "year desc,id asc"} (see {@code Units}). */
    public static void sort(SolrQuery query, String sorts) {
        for (String sort : sorts.split(",")) {
            String[] p = sort.split(" ");
            query.addSort(p[0], SolrQuery.ORDER.valueOf(p[1]));
        }
    }

    /** The buckets of a terms facet; empty when Solr left the facet out (no matching document). */
    public static List<BucketJsonFacet> buckets(NestableJsonFacet parent, String name) {
        if (parent == null) {
            return List.of();
        }
        BucketBasedJsonFacet facet = parent.getBucketBasedFacets(name);
        return facet == null ? List.of() : facet.getBuckets();
    }

    /** The count of a query facet, 0 when absent. */
    public static long count(NestableJsonFacet parent, String name) {
        NestableJsonFacet facet = parent == null ? null : parent.getQueryFacet(name);
        return facet == null ? 0 : facet.getCount();
    }

    public static String str(SolrDocument doc, String field) {
        Object value = doc.getFirstValue(field);
        return value == null ? null : value.toString();
    }

    public static List<String> list(SolrDocument doc, String field) {
        Collection<Object> values = doc.getFieldValues(field);
        if (values == null) {
            return List.of();
        }
        // A loop, not a stream: four lists for each of the twenty hits of every search.
        List<String> out = new ArrayList<>(values.size());
        for (Object value : values) {
            out.add(value.toString());
        }
        return Collections.unmodifiableList(out);
    }

    /** The unit's text: the first of {@link IndexFields#TEXT_FIELDS} that is stored, or null. */
    public static String text(SolrDocument doc) {
        for (String field : IndexFields.TEXT_FIELDS) {
            String text = str(doc, field);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    public static Integer integer(SolrDocument doc, String field) {
        Object value = doc.getFirstValue(field);
        return value instanceof Number n ? n.intValue() : null;
    }

    /** A date field as yyyy-MM-dd, or null. */
    public static String day(SolrDocument doc, String field) {
        return day(doc.getFirstValue(field));
    }

    public static String day(Object value) {
        return value instanceof Date d ? d.toInstant().toString().substring(0, 10) : null;
    }
}
