package org.mycroft.core.index;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.mycroft.core.taxonomy.DocType;

/**
 * How ingest and the API write queries on the index: every value escaped, so an id, a path or a
 * user's filter is always one term and never Solr syntax. The one place that knows the query syntax
 * of a term, an any-of list and a prefix, and the query fields with their boosts.
 */
public final class IndexQueries {

    /** Fields a user's words are searched in, with their boosts (edismax {@code qf}). */
    public static final String QUERY_FIELDS = boosts(
            IndexFields.TITLE + "^3", IndexFields.HEADING + "^2", IndexFields.PARENT_TITLE + "^1.5",
            String.join(" ", IndexFields.TEXT_FIELDS), IndexFields.TEXT_ALL + "^0.3");
    /** Fields where the words found together as a phrase lift a unit (edismax {@code pf}). */
    public static final String PHRASE_FIELDS = boosts(
            IndexFields.TITLE + "^4", IndexFields.HEADING + "^2",
            String.join(" ", IndexFields.TEXT_FIELDS.stream().map(f -> f + "^2").toList()));
    /** How far apart the words of {@link #PHRASE_FIELDS}' phrase may stand: the {@code /select} handler's {@code ps} (solrconfig.xml). */
    public static final int PHRASE_SLOP = 3;

    /**
     * The request parameter that lets superseded versions through the {@code /select} handler's
     * default filter (solrconfig.xml): absent, only the text in force is seen.
     */
    public static final String VERSIONS_PARAM = "versions";
    public static final String ALL_VERSIONS = "all";

    private IndexQueries() {}

    /** The query with superseded versions of provisions as well as the text in force. */
    public static SolrQuery withHistory(SolrQuery query) {
        query.set(VERSIONS_PARAM, ALL_VERSIONS);
        return query;
    }

    /** A query for every unit, to narrow with filters. */
    public static SolrQuery everything() {
        return new SolrQuery("*:*");
    }

    /** {@code field:"value"}, the value escaped. */
    public static String is(String field, String value) {
        return field + ":" + quoted(value);
    }

    /** {@code "words"}: a text searched as one phrase in whatever fields the parser is given, escaped. */
    public static String phrase(String text) {
        return quoted(text);
    }

    /** {@code field:("a" OR "b")}, every value escaped; the values must be non-empty. */
    public static String anyOf(String field, Collection<String> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("No value for " + field);
        }
        return field + ":(" + values.stream().map(IndexQueries::quoted).collect(Collectors.joining(" OR ")) + ")";
    }

    /** Units of the given document types. */
    public static String docType(DocType... types) {
        List<String> ids = Arrays.stream(types).map(DocType::id).toList();
        return ids.size() == 1 ? is(IndexFields.DOC_TYPE, ids.getFirst()) : anyOf(IndexFields.DOC_TYPE, ids);
    }

    /** {@code field:prefix*}, the prefix escaped: every value that starts with it. */
    public static String startsWith(String field, String prefix) {
        return field + ":" + ClientUtils.escapeQueryChars(prefix) + "*";
    }

    /** {@code field:{"value" TO *]}, the value escaped: every value that sorts after it (keyset paging). */
    public static String after(String field, String value) {
        return field + ":{" + quoted(value) + " TO *]";
    }

    /** {@code field:value} for a number field. */
    public static String is(String field, int value) {
        return field + ":" + value;
    }

    /** Units not matching {@code clause} (one field clause, as made here), e.g. as a filter. */
    public static String not(String clause) {
        return "-" + clause;
    }

    /** Units matching any of the queries. */
    public static String or(String... queries) {
        return "(" + String.join(" OR ", queries) + ")";
    }

    private static String quoted(String value) {
        return "\"" + ClientUtils.escapeQueryChars(value) + "\"";
    }

    private static String boosts(String... fields) {
        return String.join(" ", fields);
    }
}
