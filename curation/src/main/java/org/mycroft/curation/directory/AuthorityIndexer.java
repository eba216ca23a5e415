package org.mycroft.curation.directory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.index.IndexQueries;
import org.mycroft.core.taxonomy.Country;
import org.mycroft.core.taxonomy.DirectoryVocabulary;
import org.mycroft.core.taxonomy.DocType;
import org.mycroft.core.taxonomy.Taxonomy;

/**
 * Puts published PUBLIC directory entries into the search index as {@code doc_type:authority}
 * units, with their public fields only; anything else is taken out. Restricted entries are never
 * indexed at all, and restricted fields are out of this class's reach (the entry it receives holds
 * only public fields), so no search, snippet, facet or count can show them.
 */
public record AuthorityIndexer(SolrClient solr, Taxonomy taxonomy) {

    /** The free-text fields that full-text search reads, besides the names (here and in the directory's own search). */
    static final List<DirectoryField> TEXT_FIELDS = List.of(DirectoryField.ADDRESS, DirectoryField.URGENT_PROCEDURE,
            DirectoryField.OFFICE_HOURS, DirectoryField.REQUIREMENTS, DirectoryField.TREATIES, DirectoryField.ARRANGEMENTS,
            DirectoryField.GUIDANCE);

    /** The cross-cutting issue every entry is about (TAXONOMY.md). */
    static final String CENTRAL_AUTHORITIES = "central-authorities";
    /** Entries are indexed in English: their English name is the one every entry has. */
    private static final String LANGUAGE = "en";
    /**
     * The version of what {@link #toSolr} writes, part of each unit's marker: raise it when the
     * unit changes, so the first start after an upgrade rebuilds the directory in the index.
     */
    static final int FORMAT = 1;
    private static final int MAX_ENTRIES = 1_000_000;

    public void put(AuthorityEntry entry) {
        try {
            if (entry.isPublic()) {
                solr.add(toSolr(entry));
            } else {
                solr.deleteById(entry.id());
            }
            solr.commit();
        } catch (SolrServerException | IOException e) {
            throw new IllegalStateException("Could not update the index for directory entry " + entry.id() + ": " + e.getMessage(), e);
        }
    }

    /** Replaces every directory unit of the index by the given entries (those not public are skipped). */
    public void replaceAll(List<AuthorityEntry> entries) {
        try {
            solr.deleteByQuery(IndexQueries.docType(DocType.AUTHORITY));
            List<SolrInputDocument> docs = entries.stream().filter(AuthorityEntry::isPublic).map(this::toSolr).toList();
            if (!docs.isEmpty()) {
                solr.add(docs);
            }
            solr.commit();
        } catch (SolrServerException | IOException e) {
            throw new IllegalStateException("Could not rebuild the directory in the index: " + e.getMessage(), e);
        }
    }

    /** What the index holds of an entry once indexed: this indexer's format and the entry's version. */
    static String marker(AuthorityEntry entry) {
        return "directory-f" + FORMAT + "-v" + entry.version();
    }

    /** The marker of every directory unit in the index, by entry id. */
    public Map<String, String> indexedMarkers() {
        SolrQuery q = IndexQueries.everything().addFilterQuery(IndexQueries.docType(DocType.AUTHORITY))
                .setFields(IndexFields.ID, IndexFields.CONTENT_HASH).setRows(MAX_ENTRIES);
        try {
            Map<String, String> markers = new HashMap<>();
            for (SolrDocument d : solr.query(q).getResults()) {
                markers.put((String) d.getFieldValue(IndexFields.ID), String.valueOf(d.getFieldValue(IndexFields.CONTENT_HASH)));
            }
            return markers;
        } catch (SolrServerException | IOException e) {
            throw new IllegalStateException("Could not read the directory in the index: " + e.getMessage(), e);
        }
    }

    /**
     * The unit of an entry, written field by field with the index vocabulary: an entry has no
     * parts, passages or evidence, so it needs none of the ingest mapping of laws and cases.
     */
    SolrInputDocument toSolr(AuthorityEntry entry) {
        if (!entry.isPublic()) {
            throw new IllegalArgumentException("Only published public entries are indexed: " + entry.id());
        }
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField(IndexFields.ID, entry.id());
        doc.setField(IndexFields.PARENT_ID, entry.id());
        doc.setField(IndexFields.DOC_TYPE, DocType.AUTHORITY.id());
        doc.setField(IndexFields.TITLE, entry.nameEn());
        doc.setField(IndexFields.POSITION, 0);
        doc.setField(IndexFields.textField(LANGUAGE), text(entry));
        doc.setField(IndexFields.LANGUAGE, LANGUAGE);
        doc.setField(IndexFields.COUNTRY, entry.state());
        taxonomy.countries().byIso3(entry.state()).map(Country::region).ifPresent(r -> doc.setField(IndexFields.REGION, r));
        DirectoryVocabulary.get().article(entry.authorityType()).ifPresent(a -> {
            doc.setField(IndexFields.ARTICLES, List.of(a));
            doc.setField(IndexFields.ARTICLES_EXPANDED, Taxonomy.withAncestors(a));
        });
        doc.setField(IndexFields.CROSS_CUTTING, List.of(CENTRAL_AUTHORITIES));
        doc.setField(IndexFields.TAG_EVIDENCE, "[]");
        doc.setField(IndexFields.TAGS_CURATED, true);
        String website = entry.fields().get(DirectoryField.WEBSITE.id());
        if (website != null) {
            doc.setField(IndexFields.SOURCE_URL, website);
        }
        doc.setField(IndexFields.CONTENT_HASH, marker(entry));
        doc.setField(IndexFields.INGESTED_AT, Date.from(entry.updatedAt()));
        doc.setField(IndexFields.UPDATED_AT, Date.from(entry.updatedAt()));
        return doc;
    }

    /** What full-text search finds the entry by: its names and its public free-text fields. */
    private static String text(AuthorityEntry entry) {
        List<String> parts = new ArrayList<>();
        parts.add(entry.nameEn());
        if (entry.nameLocal() != null) {
            parts.add(entry.nameLocal());
        }
        for (DirectoryField field : TEXT_FIELDS) {
            String value = entry.fields().get(field.id());
            if (value != null) {
                parts.add(value);
            }
        }
        return String.join("\n\n", parts);
    }
}
