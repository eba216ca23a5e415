package org.mycroft.ingest.indexing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.solr.common.SolrInputDocument;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.index.Provenance;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.ingest.dedup.MinHash;
import org.mycroft.tagging.TagEvidence;

/** Maps an {@link IndexUnit} to the Solr document of the schema in solr-config: the one place a unit's document is built. */
public final class UnitDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Taxonomy taxonomy;

    public UnitDocuments(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /**
     * What only the ingest run knows when it writes a unit: the folder it read, the earlier document
     * this one nearly duplicates, and the document's signature (stored on its first unit, for later
     * runs to compare against). {@link #NONE} for units that come from elsewhere (curated cases).
     */
    public record Placement(String sourceRoot, String duplicateOf, MinHash minHash) {
        public static final Placement NONE = new Placement(null, null, null);
    }

    /** The unit's complete Solr document: every field of the schema it has is set here and nowhere else. */
    public SolrInputDocument toSolr(IndexUnit unit, Placement placement) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField(IndexFields.ID, unit.id());
        set(doc, IndexFields.TITLE, unit.title());
        set(doc, IndexFields.PROVISION_NUMBER, unit.provisionNumber());
        set(doc, IndexFields.HEADING, unit.heading());
        doc.setField(IndexFields.POSITION, unit.position());
        doc.setField(IndexFields.textField(unit.language()), unit.text());
        set(doc, IndexFields.LANGUAGE, unit.language());
        parent(doc, unit.parent());
        tags(doc, unit.tags());
        provenance(doc, unit.provenance());
        caseDetails(doc, unit.caseDetails());
        set(doc, IndexFields.SOURCE_ROOT, placement.sourceRoot());
        set(doc, IndexFields.DUPLICATE_OF, placement.duplicateOf());
        if (unit.position() == 0 && placement.minHash() != null) {
            doc.setField(IndexFields.DEDUP_BANDS, placement.minHash().bandKeys());
            doc.setField(IndexFields.DEDUP_SIGNATURE, placement.minHash().encode());
            doc.setField(IndexFields.DEDUP_SHINGLES, placement.minHash().shingleCount());
        }
        return doc;
    }

    private static void parent(SolrInputDocument doc, IndexUnit.Parent parent) {
        doc.setField(IndexFields.PARENT_ID, parent.id());
        set(doc, IndexFields.PARENT_TITLE, parent.title());
        doc.setField(IndexFields.DOC_TYPE, parent.docType());
        set(doc, IndexFields.COUNTRY, parent.country());
        set(doc, IndexFields.REGION, parent.region());
        set(doc, IndexFields.YEAR, parent.year());
        if (parent.date() != null && parent.date().matches("\\d{4}-\\d{2}-\\d{2}")) {
            doc.setField(IndexFields.DATE, parent.date() + "T00:00:00Z");
        }
    }

    private void tags(SolrInputDocument doc, IndexUnit.Tags tags) {
        setAll(doc, IndexFields.ARTICLES, tags.articles());
        setAll(doc, IndexFields.ARTICLES_EXPANDED, expandArticles(tags.articles()));
        setAll(doc, IndexFields.CRIME_TYPES, tags.crimeTypes());
        setAll(doc, IndexFields.CRIME_TYPES_EXPANDED, expandCrimeTypes(tags.crimeTypes()));
        setAll(doc, IndexFields.CROSS_CUTTING, tags.crossCutting());
        setAll(doc, IndexFields.MENTIONS, tags.mentions());
        doc.setField(IndexFields.TAG_EVIDENCE, evidenceJson(tags.evidence()));
        doc.setField(IndexFields.TAGS_CURATED, tags.curated());
    }

    private static void provenance(SolrInputDocument doc, Provenance p) {
        set(doc, IndexFields.SOURCE_URL, p.sourceUrl());
        set(doc, IndexFields.SOURCE_PATH, p.sourcePath());
        set(doc, IndexFields.LICENCE, p.licence());
        doc.setField(IndexFields.CONTENT_HASH, p.contentHash());
        doc.setField(IndexFields.INGESTED_AT, Date.from(p.ingestedAt()));
        if (p.retrievedAt() != null) {
            doc.setField(IndexFields.RETRIEVED_AT, Date.from(p.retrievedAt()));
        }
        set(doc, IndexFields.NOTICE, p.notice());
    }

    private static void caseDetails(SolrInputDocument doc, CaseDetails c) {
        set(doc, IndexFields.COURT, c.court());
        set(doc, IndexFields.COOPERATION_FORM, c.cooperationForm());
        set(doc, IndexFields.REQUESTING_STATE, c.requestingState());
        set(doc, IndexFields.REQUESTED_STATE, c.requestedState());
        set(doc, IndexFields.LEGAL_BASIS, c.legalBasis());
        set(doc, IndexFields.OUTCOME, c.outcome());
        set(doc, IndexFields.COURT_LEVEL, c.courtLevel());
        set(doc, IndexFields.CONFISCATION_TYPE, c.confiscationType());
        setAll(doc, IndexFields.LEGAL_BASIS_ARTICLES, c.legalBasisArticles());
    }

    private static List<String> expandArticles(List<String> articles) {
        Set<String> all = new LinkedHashSet<>();
        articles.forEach(a -> all.addAll(Taxonomy.withAncestors(a)));
        return List.copyOf(all);
    }

    private List<String> expandCrimeTypes(List<String> crimeTypes) {
        Set<String> all = new LinkedHashSet<>();
        for (String type : crimeTypes) {
            if (taxonomy.crimeType(type).isPresent()) {
                all.addAll(taxonomy.crimeTypeWithAncestors(type));
            } else {
                all.add(type);
            }
        }
        return List.copyOf(all);
    }

    private static String evidenceJson(List<TagEvidence> evidence) {
        try {
            return JSON.writeValueAsString(evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(SolrInputDocument doc, String field, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            doc.setField(field, value);
        }
    }

    private static void setAll(SolrInputDocument doc, String field, List<String> values) {
        if (!values.isEmpty()) {
            doc.setField(field, values);
        }
    }
}
