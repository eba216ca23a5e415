package org.mycroft.api.document;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.mycroft.api.system.InvalidParameterException;
import org.mycroft.api.solr.SolrSupport;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.index.Provenance;
import org.mycroft.core.index.IndexQueries;
import org.springframework.stereotype.Service;
import org.mycroft.api.route.Page;
import org.mycroft.api.unit.Units;
import org.mycroft.core.taxonomy.DocType;

/** Reads one unit by id, with the list of its law's provisions for navigation. */
@Service
public record DocumentService(SolrClient solr, SimilarCases similar) {

    /** Ids are URL-safe by construction (see ingest's Ids); anything else cannot exist. */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_\\-]{0,199}");
    private static final int MAX_PROVISIONS = 2000;

    public Optional<UnitDocument> find(String id) {
        if (!ID.matcher(id).matches()) {
            throw new InvalidParameterException("id", "Invalid document id '" + id + "'.");
        }
        // By id, a superseded version of a provision opens too: its page says so (see UnitDocument.Version).
        SolrQuery query = IndexQueries.withHistory(IndexQueries.everything().addFilterQuery(IndexQueries.is(IndexFields.ID, id)).setRows(1));
        var results = SolrSupport.query(solr, query).getResults();
        if (results.isEmpty()) {
            return Optional.empty();
        }
        SolrDocument doc = results.getFirst();
        String docType = SolrSupport.str(doc, IndexFields.DOC_TYPE);
        List<UnitDocument.LinkedUnit> cited = linked(SolrSupport.list(doc, IndexFields.CITED_PROVISIONS).stream()
                .filter(p -> ID.matcher(p).matches()).map(p -> IndexQueries.is(IndexFields.ID, p)).toList());
        List<UnitDocument.LinkedUnit> citing = "legislation".equals(docType)
                ? linked(List.of(IndexQueries.is(IndexFields.DOC_TYPE, "case") + " AND " + IndexQueries.is(IndexFields.CITED_PROVISIONS, id)))
                : List.of();
        // A case is always shown with its likes; a provision only when no case is linked to it yet.
        List<SimilarCase> like = DocType.CASE.is(docType) || (DocType.LEGISLATION.is(docType) && citing.isEmpty())
                ? similar.like(doc) : List.of();
        return Optional.of(toUnit(doc, provisionsOf(SolrSupport.str(doc, IndexFields.PARENT_ID), docType), cited, citing, like));
    }

    /** Units matching any of the filters (published cases and ingested provisions only: nothing else is indexed). */
    private List<UnitDocument.LinkedUnit> linked(List<String> filters) {
        if (filters.isEmpty()) {
            return List.of();
        }
        SolrQuery query = new SolrQuery("*:*").addFilterQuery(String.join(" OR ", filters))
                .setFields(IndexFields.ID, IndexFields.TITLE, IndexFields.PARENT_TITLE, IndexFields.DOC_TYPE)
                .addSort(IndexFields.ID, SolrQuery.ORDER.asc).setRows(200);
        List<UnitDocument.LinkedUnit> units = new ArrayList<>();
        for (SolrDocument d : SolrSupport.query(solr, query).getResults()) {
            String unitId = SolrSupport.str(d, IndexFields.ID);
            String title = SolrSupport.str(d, IndexFields.TITLE);
            String parent = SolrSupport.str(d, IndexFields.PARENT_TITLE);
            String label = "legislation".equals(SolrSupport.str(d, IndexFields.DOC_TYPE)) && parent != null && !parent.equals(title)
                    ? parent + " — " + title : title;
            units.add(new UnitDocument.LinkedUnit(unitId, label == null ? unitId : label, Page.DOCUMENT.of(unitId)));
        }
        return units;
    }

    /** Every tag of the unit with its status: confirmed by a reviewer (or curated in a sidecar), else suggested. */
    private static Map<String, String> tagStatus(SolrDocument doc) {
        boolean curated = Boolean.TRUE.equals(doc.getFieldValue(IndexFields.TAGS_CURATED));
        List<String> confirmed = SolrSupport.list(doc, IndexFields.TAGS_CONFIRMED);
        Map<String, String> status = new LinkedHashMap<>();
        for (String field : List.of(IndexFields.ARTICLES, IndexFields.CRIME_TYPES, IndexFields.CROSS_CUTTING)) {
            for (String tag : SolrSupport.list(doc, field)) {
                status.put(tag, curated || confirmed.contains(tag) ? UnitDocument.CONFIRMED : UnitDocument.SUGGESTED);
            }
        }
        return status;
    }

    private static UnitDocument.Curation curation(SolrDocument doc) {
        String kind = SolrSupport.str(doc, IndexFields.SOURCE_KIND);
        if (kind == null) {
            return null;
        }
        Date updated = (Date) doc.getFieldValue(IndexFields.UPDATED_AT);
        return new UnitDocument.Curation(kind, SolrSupport.str(doc, IndexFields.SOURCE_REFERENCE),
                SolrSupport.str(doc, IndexFields.SUBMITTED_BY), SolrSupport.str(doc, IndexFields.RECEIVED_ON),
                updated == null ? null : updated.toInstant());
    }

    private List<UnitDocument.ProvisionRef> provisionsOf(String parentId, String docType) {
        if (!DocType.LEGISLATION.is(docType)) {
            return List.of();
        }
        SolrQuery query = IndexQueries.everything()
                .addFilterQuery(IndexQueries.is(IndexFields.PARENT_ID, parentId))
                .setFields(IndexFields.ID, IndexFields.PROVISION_NUMBER, IndexFields.HEADING, IndexFields.TITLE)
                .addSort(IndexFields.POSITION, SolrQuery.ORDER.asc)
                .setRows(MAX_PROVISIONS);
        List<UnitDocument.ProvisionRef> refs = new ArrayList<>();
        for (SolrDocument d : SolrSupport.query(solr, query).getResults()) {
            String id = SolrSupport.str(d, IndexFields.ID);
            String number = SolrSupport.str(d, IndexFields.PROVISION_NUMBER);
            refs.add(new UnitDocument.ProvisionRef(id, number, SolrSupport.str(d, IndexFields.HEADING), SolrSupport.str(d, IndexFields.TITLE),
                    Page.DOCUMENT.of(id)));
        }
        return refs;
    }

    private static UnitDocument toUnit(SolrDocument doc, List<UnitDocument.ProvisionRef> provisions,
            List<UnitDocument.LinkedUnit> cited, List<UnitDocument.LinkedUnit> citing, List<SimilarCase> similarCases) {
        String text = SolrSupport.text(doc);
        Date ingested = (Date) doc.getFieldValue(IndexFields.INGESTED_AT);
        Date retrieved = (Date) doc.getFieldValue(IndexFields.RETRIEVED_AT);
        return new UnitDocument(
                SolrSupport.str(doc, IndexFields.ID), SolrSupport.str(doc, IndexFields.PARENT_ID), SolrSupport.str(doc, IndexFields.PARENT_TITLE),
                SolrSupport.str(doc, IndexFields.DOC_TYPE), SolrSupport.str(doc, IndexFields.TITLE), SolrSupport.str(doc, IndexFields.PROVISION_NUMBER),
                SolrSupport.str(doc, IndexFields.HEADING), text == null ? "" : text, SolrSupport.str(doc, IndexFields.LANGUAGE),
                SolrSupport.str(doc, IndexFields.COUNTRY), SolrSupport.str(doc, IndexFields.REGION), SolrSupport.integer(doc, IndexFields.YEAR),
                SolrSupport.day(doc, IndexFields.DATE),
                SolrSupport.list(doc, IndexFields.ARTICLES), SolrSupport.list(doc, IndexFields.CRIME_TYPES), SolrSupport.list(doc, IndexFields.CROSS_CUTTING),
                SolrSupport.list(doc, IndexFields.MENTIONS),
                Units.evidence(SolrSupport.str(doc, IndexFields.TAG_EVIDENCE)), Boolean.TRUE.equals(doc.getFieldValue(IndexFields.TAGS_CURATED)),
                new Provenance(SolrSupport.str(doc, IndexFields.SOURCE_URL), SolrSupport.str(doc, IndexFields.SOURCE_PATH),
                        SolrSupport.str(doc, IndexFields.LICENCE), SolrSupport.str(doc, IndexFields.CONTENT_HASH),
                        ingested == null ? null : ingested.toInstant(), retrieved == null ? null : retrieved.toInstant(),
                        SolrSupport.str(doc, IndexFields.NOTICE)),
                Units.caseFields(doc), SolrSupport.str(doc, IndexFields.DUPLICATE_OF),
                provisions, tagStatus(doc), curation(doc), cited, citing, similarCases, version(doc));
    }

    private static UnitDocument.Version version(SolrDocument doc) {
        if (!Boolean.FALSE.equals(doc.getFieldValue(IndexFields.IN_FORCE))) {
            return UnitDocument.Version.IN_FORCE;
        }
        return new UnitDocument.Version(false, SolrSupport.day(doc, IndexFields.SUPERSEDED_ON), SolrSupport.str(doc, IndexFields.AMENDED_BY),
                SolrSupport.str(doc, IndexFields.VERSION_OF), SolrSupport.integer(doc, IndexFields.VERSION_NUMBER));
    }
}
