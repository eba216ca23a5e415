package org.mycroft.api.document;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.mycroft.api.search.InvalidParameterException;
import org.mycroft.api.system.SearchBackendException;
import org.mycroft.core.index.IndexFields;
import org.springframework.stereotype.Service;

/** Reads one unit by id, with the list of its law's provisions for navigation. */
@Service
public class DocumentService {

    /** Ids are URL-safe by construction (see ingest's Ids); anything else cannot exist. */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_\\-]{0,199}");
    private static final int MAX_PROVISIONS = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SolrClient solr;

    public DocumentService(SolrClient solr) {
        this.solr = solr;
    }

    public Optional<UnitDocument> find(String id) {
        if (!ID.matcher(id).matches()) {
            throw new InvalidParameterException("id", "Invalid document id '" + id + "'.");
        }
        try {
            SolrQuery query = new SolrQuery("*:*").addFilterQuery(IndexFields.ID + ":" + ClientUtils.escapeQueryChars(id)).setRows(1);
            var results = solr.query(query).getResults();
            if (results.isEmpty()) {
                return Optional.empty();
            }
            SolrDocument doc = results.getFirst();
            return Optional.of(toUnit(doc, provisionsOf(str(doc, IndexFields.PARENT_ID), str(doc, IndexFields.DOC_TYPE))));
        } catch (SolrServerException | IOException | org.apache.solr.common.SolrException e) {
            throw new SearchBackendException("Document lookup failed", e);
        }
    }

    private List<UnitDocument.ProvisionRef> provisionsOf(String parentId, String docType) throws SolrServerException, IOException {
        if (!"legislation".equals(docType)) {
            return List.of();
        }
        SolrQuery query = new SolrQuery("*:*")
                .addFilterQuery(IndexFields.PARENT_ID + ":" + ClientUtils.escapeQueryChars(parentId))
                .setFields(IndexFields.ID, IndexFields.PROVISION_NUMBER, IndexFields.HEADING, IndexFields.TITLE)
                .addSort(IndexFields.POSITION, SolrQuery.ORDER.asc)
                .setRows(MAX_PROVISIONS);
        List<UnitDocument.ProvisionRef> refs = new ArrayList<>();
        for (SolrDocument d : solr.query(query).getResults()) {
            String id = str(d, IndexFields.ID);
            String number = str(d, IndexFields.PROVISION_NUMBER);
            refs.add(new UnitDocument.ProvisionRef(id, number, str(d, IndexFields.HEADING), str(d, IndexFields.TITLE),
                    "/documents/" + id));
        }
        return refs;
    }

    private static UnitDocument toUnit(SolrDocument doc, List<UnitDocument.ProvisionRef> provisions) {
        String text = null;
        for (String field : IndexFields.TEXT_FIELDS) {
            text = text == null ? str(doc, field) : text;
        }
        Date ingested = (Date) doc.getFieldValue(IndexFields.INGESTED_AT);
        Date retrieved = (Date) doc.getFieldValue(IndexFields.RETRIEVED_AT);
        Date date = (Date) doc.getFieldValue(IndexFields.DATE);
        return new UnitDocument(
                str(doc, IndexFields.ID), str(doc, IndexFields.PARENT_ID), str(doc, IndexFields.PARENT_TITLE),
                str(doc, IndexFields.DOC_TYPE), str(doc, IndexFields.TITLE), str(doc, IndexFields.PROVISION_NUMBER),
                str(doc, IndexFields.HEADING), text == null ? "" : text, str(doc, IndexFields.LANGUAGE),
                str(doc, IndexFields.COUNTRY), str(doc, IndexFields.REGION), (Integer) doc.getFieldValue(IndexFields.YEAR),
                date == null ? null : date.toInstant().toString().substring(0, 10),
                list(doc, IndexFields.ARTICLES), list(doc, IndexFields.CRIME_TYPES), list(doc, IndexFields.CROSS_CUTTING),
                evidence(str(doc, IndexFields.TAG_EVIDENCE)), Boolean.TRUE.equals(doc.getFieldValue(IndexFields.TAGS_CURATED)),
                str(doc, IndexFields.SOURCE_URL), str(doc, IndexFields.SOURCE_PATH), str(doc, IndexFields.LICENCE),
                str(doc, IndexFields.CONTENT_HASH), ingested == null ? null : ingested.toInstant(),
                retrieved == null ? null : retrieved.toInstant(),
                str(doc, IndexFields.NOTICE), str(doc, IndexFields.COURT), str(doc, IndexFields.COOPERATION_FORM),
                str(doc, IndexFields.REQUESTING_STATE), str(doc, IndexFields.REQUESTED_STATE),
                str(doc, IndexFields.LEGAL_BASIS), str(doc, IndexFields.OUTCOME), str(doc, IndexFields.DUPLICATE_OF),
                provisions);
    }

    private static List<UnitDocument.TagEvidence> evidence(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<UnitDocument.TagEvidence>>() {});
        } catch (IOException e) {
            return List.of(); // evidence is an aid to the reader; a malformed record must not hide the document
        }
    }

    private static String str(SolrDocument doc, String field) {
        Object value = doc.getFirstValue(field);
        return value == null ? null : value.toString();
    }

    private static List<String> list(SolrDocument doc, String field) {
        Collection<Object> values = doc.getFieldValues(field);
        return values == null ? List.of() : values.stream().map(Object::toString).toList();
    }
}
