package org.mycroft.curation.versions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.mycroft.core.index.IndexFields;

/**
 * A provision's index document to and from the JSON kept with each version, and the superseded
 * version's own index document (its own id, {@code in_force=false}, when and by what it was superseded).
 */
final class VersionDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Not kept: Solr's own, the copyField targets (Solr fills them again) and the near-duplicate
     * fields, so an old text never makes a new one look like a duplicate.
     */
    private static final Set<String> LEFT_OUT = Set.of("_version_", "title_sort", "text_all", IndexFields.DEDUP_BANDS,
            IndexFields.DEDUP_SIGNATURE, IndexFields.DEDUP_SHINGLES, IndexFields.DUPLICATE_OF, IndexFields.IN_FORCE,
            IndexFields.SUPERSEDED_ON, IndexFields.AMENDED_BY, IndexFields.VERSION_OF, IndexFields.VERSION_NUMBER);

    private VersionDocuments() {}

    /** The unit's stored fields as JSON (dates as ISO instants, which Solr reads back). */
    static String fieldsOf(SolrDocument unit) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String name : unit.getFieldNames()) {
            if (LEFT_OUT.contains(name)) {
                continue;
            }
            Collection<Object> values = unit.getFieldValues(name);
            List<Object> plain = new ArrayList<>();
            values.forEach(v -> plain.add(v instanceof Date d ? d.toInstant().toString() : v));
            fields.put(name, plain.size() == 1 ? plain.getFirst() : plain);
        }
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unit " + unit.getFieldValue(IndexFields.ID) + " cannot be written as JSON", e);
        }
    }

    /** The index document of a superseded version. */
    static SolrInputDocument superseded(ProvisionVersion v) {
        Map<String, Object> fields;
        try {
            fields = JSON.readValue(v.indexFields(), new TypeReference<LinkedHashMap<String, Object>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored fields of " + v.indexId() + " are not JSON", e);
        }
        SolrInputDocument doc = new SolrInputDocument();
        fields.forEach(doc::setField);
        doc.setField(IndexFields.ID, v.indexId());
        doc.setField(IndexFields.IN_FORCE, false);
        doc.setField(IndexFields.SUPERSEDED_ON, Date.from(v.supersededOn()));
        if (v.amendedBy() != null) {
            doc.setField(IndexFields.AMENDED_BY, v.amendedBy());
        }
        doc.setField(IndexFields.VERSION_OF, v.unitId());
        doc.setField(IndexFields.VERSION_NUMBER, v.version());
        return doc;
    }

    /** The unit's body text: the first stored text field (one per language). */
    static String text(SolrDocument unit) {
        for (String field : IndexFields.TEXT_FIELDS) {
            Object value = unit.getFirstValue(field);
            if (value != null) {
                return value.toString();
            }
        }
        return "";
    }

    /** Heading and text with white space collapsed: a re-extraction that only re-wraps lines is no new version. */
    static String textHash(String heading, String text) {
        String normal = ((heading == null ? "" : heading) + "\n" + text).strip().replaceAll("\\s+", " ");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
