package org.mycroft.curation.tags;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.ingest.dedup.MinHash;

/**
 * Puts reviewers' decisions into the indexed units of ingested laws: a rejected tag leaves the
 * unit, an added or confirmed one is on it and listed in {@code tags_confirmed}. Run after every
 * decision and after every ingest, reindex or harvest, so a new rule or a re-read file never
 * undoes a human decision. The unit is rebuilt from its stored fields (the near-duplicate band
 * keys, which are not stored, from the stored signature).
 */
public record UnitTagApplier(SolrClient solr, TagDecisionRepository decisions, Taxonomy taxonomy) {

    /** Fields the schema fills by copyField (solr-config managed-schema.xml): Solr makes them again. */
    static final Set<String> COPY_FIELD_TARGETS = Set.of("title_sort", "text_all");

    /** The stored unit, or null when the index does not have it. */
    public SolrDocument stored(String unitId) {
        try {
            var results = solr.query(new SolrQuery("*:*").addFilterQuery(IndexFields.ID + ":\"" + ClientUtils.escapeQueryChars(unitId) + "\"")
                    .setFields("*").setRows(1)).getResults();
            return results.isEmpty() ? null : results.getFirst();
        } catch (SolrServerException | IOException e) {
            throw new IllegalStateException("Could not read unit " + unitId + ": " + e.getMessage(), e);
        }
    }

    /** Applies the decisions on one ingested unit and commits; false if the unit is not indexed or is a curated case. */
    public boolean apply(String unitId) {
        boolean applied = applyWithoutCommit(unitId);
        commit();
        return applied;
    }

    /** Applies every decision on ingested units (curated cases are rebuilt by their own indexer); returns how many units. */
    public int applyAll() {
        int count = 0;
        for (String unitId : decisions.all().stream().map(TagDecision::unitId).distinct().toList()) {
            if (applyWithoutCommit(unitId)) {
                count++;
            }
        }
        commit();
        return count;
    }

    private boolean applyWithoutCommit(String unitId) {
        SolrDocument stored = stored(unitId);
        if (stored == null || stored.getFieldValue(IndexFields.SOURCE_KIND) != null) {
            return false;
        }
        SolrInputDocument doc = rebuild(stored);
        apply(doc, decisions.forUnit(unitId), taxonomy);
        try {
            solr.add(doc);
        } catch (SolrServerException | IOException e) {
            throw new IllegalStateException("Could not update unit " + unitId + ": " + e.getMessage(), e);
        }
        return true;
    }

    /** The decisions on a unit's tag fields: rejected out, added and confirmed in, ancestors recomputed. */
    static void apply(SolrInputDocument doc, List<TagDecision> unitDecisions, Taxonomy taxonomy) {
        Set<String> articles = values(doc, IndexFields.ARTICLES);
        Set<String> crimeTypes = values(doc, IndexFields.CRIME_TYPES);
        Set<String> crossCutting = values(doc, IndexFields.CROSS_CUTTING);
        Set<String> confirmed = new LinkedHashSet<>();
        for (TagDecision d : unitDecisions) {
            Set<String> family = taxonomy.isValidArticleId(d.tag()) ? articles
                    : taxonomy.crimeType(d.tag()).isPresent() ? crimeTypes
                    : taxonomy.crossCuttingIssue(d.tag()).isPresent() ? crossCutting : null;
            if (family == null) {
                continue;
            }
            if (d.decision().keeps()) {
                family.add(d.tag());
                confirmed.add(d.tag());
            } else {
                family.remove(d.tag());
            }
        }
        set(doc, IndexFields.ARTICLES, articles);
        Set<String> articlesExpanded = new LinkedHashSet<>();
        articles.forEach(a -> articlesExpanded.addAll(Taxonomy.withAncestors(a)));
        set(doc, IndexFields.ARTICLES_EXPANDED, articlesExpanded);
        set(doc, IndexFields.CRIME_TYPES, crimeTypes);
        Set<String> crimesExpanded = new LinkedHashSet<>();
        crimeTypes.forEach(c -> crimesExpanded.addAll(taxonomy.crimeType(c).isPresent() ? taxonomy.crimeTypeWithAncestors(c) : List.of(c)));
        set(doc, IndexFields.CRIME_TYPES_EXPANDED, crimesExpanded);
        set(doc, IndexFields.CROSS_CUTTING, crossCutting);
        set(doc, IndexFields.TAGS_CONFIRMED, confirmed);
        // A rejected tag's evidence goes too: the page shows evidence even for tags the lists lack.
        Set<String> rejected = new LinkedHashSet<>();
        unitDecisions.stream().filter(d -> !d.decision().keeps()).forEach(d -> rejected.add(d.tag()));
        Object evidence = doc.getFieldValue(IndexFields.TAG_EVIDENCE);
        if (!rejected.isEmpty() && evidence instanceof String json && !json.isBlank()) {
            try {
                com.fasterxml.jackson.databind.node.ArrayNode kept = JSON.createArrayNode();
                for (com.fasterxml.jackson.databind.JsonNode e : JSON.readTree(json)) {
                    if (!rejected.contains(e.path("tag").asText())) {
                        kept.add(e);
                    }
                }
                doc.setField(IndexFields.TAG_EVIDENCE, JSON.writeValueAsString(kept));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                // unreadable evidence stays as it was: the page ignores malformed evidence anyway
            }
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** Every stored field; the fields filled by copyField are left to Solr, the band keys come from the signature. */
    static SolrInputDocument rebuild(SolrDocument stored) {
        SolrInputDocument doc = new SolrInputDocument();
        for (String name : stored.getFieldNames()) {
            if (name.equals("_version_") || COPY_FIELD_TARGETS.contains(name)) {
                continue;
            }
            Collection<Object> values = stored.getFieldValues(name);
            doc.setField(name, values.size() == 1 ? values.iterator().next() : new ArrayList<>(values));
        }
        Object signature = stored.getFieldValue(IndexFields.DEDUP_SIGNATURE);
        Object shingles = stored.getFieldValue(IndexFields.DEDUP_SHINGLES);
        if (signature instanceof String s && shingles instanceof Number n) {
            doc.setField(IndexFields.DEDUP_BANDS, MinHash.decode(s, n.intValue()).bandKeys());
        }
        return doc;
    }

    private static Set<String> values(SolrInputDocument doc, String field) {
        Set<String> values = new LinkedHashSet<>();
        Collection<Object> current = doc.getFieldValues(field);
        if (current != null) {
            current.forEach(v -> values.add(String.valueOf(v)));
        }
        return values;
    }

    private static void set(SolrInputDocument doc, String field, Set<String> values) {
        if (values.isEmpty()) {
            doc.removeField(field);
        } else {
            doc.setField(field, new ArrayList<>(values));
        }
    }

    private void commit() {
        try {
            solr.commit();
        } catch (SolrServerException | IOException e) {
            throw new IllegalStateException("Could not commit tag decisions: " + e.getMessage(), e);
        }
    }
}
