package org.mycroft.curation.tags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.index.IndexQueries;

/**
 * Units whose machine tags nobody has reviewed yet, for a curator working through one State or
 * one article at a time: filtered by State, tag and the tagger's confidence.
 */
public record ReviewQueue(SolrClient solr) {

    /** How many candidate units one index read brings. */
    static final int CANDIDATES = 400;
    /** Reads per queue page at most: a strict filter on a large index pages on instead of scanning it all at once. */
    static final int MAX_READS = 25;
    private static final ObjectMapper JSON = new ObjectMapper();

    public record Suggestion(String tag, double confidence) {}

    public record Item(String unitId, String title, String parentTitle, String country, List<Suggestion> suggestions) {}

    /** One page of the queue; {@code next} is the id to continue after, null at the end. */
    public record Page(List<Item> items, String next) {}

    /** The first {@code max} units waiting (see {@link #page}). */
    public List<Item> find(String country, String tag, double minConfidence, int max) {
        return page(country, tag, minConfidence, null, max).items();
    }

    /**
     * Units in id order after {@code after} (null: from the start), so a curator can page through a
     * whole State or article: keyset paging, stable while decisions take units out of the queue.
     * @param country ISO alpha-3 or null; @param tag a tag id (articles match their paragraphs) or null;
     * @param minConfidence only suggestions the tagger gave at least this confidence (0 to 1)
     */
    public Page page(String country, String tag, double minConfidence, String after, int max) {
        List<Item> items = new ArrayList<>();
        String cursor = after;
        for (int read = 0; read < MAX_READS; read++) {
            SolrDocumentList batch = read(country, tag, cursor);
            for (SolrDocument doc : batch) {
                cursor = (String) doc.getFieldValue(IndexFields.ID);
                Item item = item(doc, tag, minConfidence);
                if (item != null) {
                    items.add(item);
                    if (items.size() >= max) {
                        return new Page(items, cursor);
                    }
                }
            }
            if (batch.size() < CANDIDATES) {
                return new Page(items, null);
            }
        }
        return new Page(items, cursor); // read enough for one request: the next page goes on from here
    }

    private SolrDocumentList read(String country, String tag, String after) {
        SolrQuery query = new SolrQuery("*:*")
                .addFilterQuery("-" + IndexFields.TAGS_CURATED + ":true")
                .addFilterQuery("-" + IndexFields.SOURCE_KIND + ":[* TO *]")
                .addFilterQuery(IndexFields.ARTICLES + ":[* TO *] OR " + IndexFields.CRIME_TYPES + ":[* TO *] OR "
                        + IndexFields.CROSS_CUTTING + ":[* TO *]")
                .setFields(IndexFields.ID, IndexFields.TITLE, IndexFields.PARENT_TITLE, IndexFields.COUNTRY, IndexFields.ARTICLES,
                        IndexFields.CRIME_TYPES, IndexFields.CROSS_CUTTING, IndexFields.TAGS_CONFIRMED, IndexFields.TAG_EVIDENCE)
                .addSort(IndexFields.ID, SolrQuery.ORDER.asc)
                .setRows(CANDIDATES);
        if (country != null) {
            query.addFilterQuery(IndexFields.COUNTRY + ":" + quoted(country));
        }
        if (tag != null) {
            query.addFilterQuery(IndexFields.ARTICLES_EXPANDED + ":" + quoted(tag) + " OR " + IndexFields.CRIME_TYPES_EXPANDED + ":"
                    + quoted(tag) + " OR " + IndexFields.CROSS_CUTTING + ":" + quoted(tag));
        }
        if (after != null) {
            query.addFilterQuery(IndexQueries.after(IndexFields.ID, after));
        }
        try {
            return solr.query(query).getResults();
        } catch (SolrServerException | IOException e) {
            throw new IllegalStateException("Could not read the review queue: " + e.getMessage(), e);
        }
    }

    /** The unit with its unreviewed suggestions that pass the filters, or null when none does. */
    private static Item item(SolrDocument doc, String tag, double minConfidence) {
        Set<String> tags = new LinkedHashSet<>();
        for (String field : List.of(IndexFields.ARTICLES, IndexFields.CRIME_TYPES, IndexFields.CROSS_CUTTING)) {
            tags.addAll(strings(doc, field));
        }
        tags.removeAll(strings(doc, IndexFields.TAGS_CONFIRMED));
        Map<String, Double> confidence = confidence((String) doc.getFieldValue(IndexFields.TAG_EVIDENCE));
        List<Suggestion> suggestions = tags.stream()
                .map(t -> new Suggestion(t, confidence.getOrDefault(t, 0.0)))
                .filter(s -> s.confidence() >= minConfidence)
                .filter(s -> tag == null || s.tag().equals(tag) || s.tag().startsWith(tag + "."))
                .toList();
        return suggestions.isEmpty() ? null : new Item((String) doc.getFieldValue(IndexFields.ID), (String) doc.getFieldValue(IndexFields.TITLE),
                (String) doc.getFieldValue(IndexFields.PARENT_TITLE), (String) doc.getFieldValue(IndexFields.COUNTRY), suggestions);
    }

    /** The highest confidence the tagger's evidence gives each tag. */
    public static Map<String, Double> confidence(String evidenceJson) {
        Map<String, Double> best = new HashMap<>();
        if (evidenceJson == null || evidenceJson.isBlank()) {
            return best;
        }
        try {
            for (JsonNode e : JSON.readTree(evidenceJson)) {
                best.merge(e.path("tag").asText(), e.path("confidence").asDouble(), Math::max);
            }
        } catch (IOException e) {
            return best;
        }
        return best;
    }

    private static List<String> strings(SolrDocument doc, String field) {
        var values = doc.getFieldValues(field);
        return values == null ? List.of() : values.stream().map(String::valueOf).toList();
    }

    private static String quoted(String value) {
        return "\"" + ClientUtils.escapeQueryChars(value) + "\"";
    }
}
