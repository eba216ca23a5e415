package org.mycroft.ingest.indexing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.solr.common.SolrInputDocument;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.taxonomy.Taxonomy;

/** Maps an {@link IndexUnit} to the Solr document of the schema in solr-config. */
public final class UnitDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Taxonomy taxonomy;

    public UnitDocuments(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public SolrInputDocument toSolr(IndexUnit unit) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField(IndexFields.ID, unit.id());
        doc.setField(IndexFields.PARENT_ID, unit.parentId());
        set(doc, IndexFields.PARENT_TITLE, unit.parentTitle());
        doc.setField(IndexFields.DOC_TYPE, unit.docType());
        set(doc, IndexFields.TITLE, unit.title());
        set(doc, IndexFields.PROVISION_NUMBER, unit.provisionNumber());
        set(doc, IndexFields.HEADING, unit.heading());
        doc.setField(IndexFields.POSITION, unit.position());
        doc.setField(IndexFields.textField(unit.language()), unit.text());
        set(doc, IndexFields.LANGUAGE, unit.language());
        set(doc, IndexFields.COUNTRY, unit.country());
        set(doc, IndexFields.REGION, unit.region());
        set(doc, IndexFields.YEAR, unit.year());
        if (unit.date() != null && unit.date().matches("\\d{4}-\\d{2}-\\d{2}")) {
            doc.setField(IndexFields.DATE, unit.date() + "T00:00:00Z");
        }
        setAll(doc, IndexFields.ARTICLES, unit.articles());
        setAll(doc, IndexFields.ARTICLES_EXPANDED, expandArticles(unit.articles()));
        setAll(doc, IndexFields.CRIME_TYPES, unit.crimeTypes());
        setAll(doc, IndexFields.CRIME_TYPES_EXPANDED, expandCrimeTypes(unit.crimeTypes()));
        setAll(doc, IndexFields.CROSS_CUTTING, unit.crossCutting());
        setAll(doc, IndexFields.MENTIONS, unit.mentions());
        doc.setField(IndexFields.TAG_EVIDENCE, evidenceJson(unit));
        doc.setField(IndexFields.TAGS_CURATED, unit.tagsCurated());
        set(doc, IndexFields.SOURCE_URL, unit.sourceUrl());
        set(doc, IndexFields.SOURCE_PATH, unit.sourcePath());
        set(doc, IndexFields.LICENCE, unit.licence());
        doc.setField(IndexFields.CONTENT_HASH, unit.contentHash());
        doc.setField(IndexFields.INGESTED_AT, Date.from(unit.ingestedAt()));
        if (unit.retrievedAt() != null) {
            try {
                doc.setField(IndexFields.RETRIEVED_AT, Date.from(java.time.Instant.parse(unit.retrievedAt())));
            } catch (java.time.format.DateTimeParseException e) {
                // a hand-edited sidecar with a malformed date: the document is still worth indexing
            }
        }
        set(doc, IndexFields.NOTICE, unit.notice());
        IndexUnit.CaseDetails c = unit.caseDetails();
        set(doc, IndexFields.COURT, c.court());
        set(doc, IndexFields.COOPERATION_FORM, c.cooperationForm());
        set(doc, IndexFields.REQUESTING_STATE, c.requestingState());
        set(doc, IndexFields.REQUESTED_STATE, c.requestedState());
        set(doc, IndexFields.LEGAL_BASIS, c.legalBasis());
        set(doc, IndexFields.OUTCOME, c.outcome());
        set(doc, IndexFields.COURT_LEVEL, c.courtLevel());
        set(doc, IndexFields.CONFISCATION_TYPE, c.confiscationType());
        setAll(doc, IndexFields.LEGAL_BASIS_ARTICLES, c.legalBasisArticles());
        return doc;
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

    private static String evidenceJson(IndexUnit unit) {
        try {
            return JSON.writeValueAsString(unit.evidence());
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
