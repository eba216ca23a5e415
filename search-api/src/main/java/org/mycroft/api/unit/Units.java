package org.mycroft.api.unit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.mycroft.api.solr.SolrSupport;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.common.SolrDocument;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.api.route.Page;
import org.mycroft.tagging.TagEvidence;

/** Maps stored units to the list records of the workbench. */
public final class Units {

    /** Fields needed for a {@link ProvisionRef}. */
    public static final String PROVISION_FIELDS = String.join(",", IndexFields.ID, IndexFields.PARENT_ID,
            IndexFields.PARENT_TITLE, IndexFields.PROVISION_NUMBER, IndexFields.HEADING, IndexFields.COUNTRY,
            IndexFields.LANGUAGE, IndexFields.YEAR, IndexFields.DATE);
    /** Fields needed for a {@link CaseRef}. */
    public static final String CASE_FIELDS = String.join(",", IndexFields.ID, IndexFields.TITLE, IndexFields.COUNTRY,
            IndexFields.LANGUAGE, IndexFields.YEAR, IndexFields.DATE, IndexFields.COURT, IndexFields.COOPERATION_FORM,
            IndexFields.REQUESTING_STATE, IndexFields.REQUESTED_STATE, IndexFields.OUTCOME);
    /** Newest law first, then the order of the provisions inside their law. */
    public static final String NEWEST_LAW_FIRST = IndexFields.YEAR + " desc," + IndexFields.DATE + " desc,"
            + IndexFields.PARENT_ID + " asc," + IndexFields.POSITION + " asc," + IndexFields.ID + " asc";
    public static final String NEWEST_CASE_FIRST = IndexFields.DATE + " desc," + IndexFields.YEAR + " desc,"
            + IndexFields.ID + " asc";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Units() {}

    /**
     * The stored {@code tag_evidence} JSON (what the tagger wrote); empty when absent, blank or
     * malformed: evidence is an aid to the reader, a malformed record must not hide the unit.
     */
    public static List<TagEvidence> evidence(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<TagEvidence>>() {});
        } catch (IOException e) {
            return List.of();
        }
    }

    public static ProvisionRef provision(SolrDocument doc) {
        String id = SolrSupport.str(doc, IndexFields.ID);
        return new ProvisionRef(id, SolrSupport.str(doc, IndexFields.PARENT_ID), SolrSupport.str(doc, IndexFields.PARENT_TITLE),
                SolrSupport.str(doc, IndexFields.PROVISION_NUMBER), SolrSupport.str(doc, IndexFields.HEADING),
                SolrSupport.str(doc, IndexFields.COUNTRY), SolrSupport.str(doc, IndexFields.LANGUAGE),
                SolrSupport.integer(doc, IndexFields.YEAR), SolrSupport.day(doc, IndexFields.DATE), Page.DOCUMENT.of(id));
    }

    /** A case; {@code state} (may be null) is the State whose roles are listed. */
    public static CaseRef caseRef(SolrDocument doc, Taxonomy taxonomy, String lang, String state) {
        String id = SolrSupport.str(doc, IndexFields.ID);
        String country = SolrSupport.str(doc, IndexFields.COUNTRY);
        String requesting = SolrSupport.str(doc, IndexFields.REQUESTING_STATE);
        String requested = SolrSupport.str(doc, IndexFields.REQUESTED_STATE);
        List<String> roles = new ArrayList<>();
        if (state != null) {
            if (state.equals(country)) {
                roles.add("court");
            }
            if (state.equals(requesting)) {
                roles.add("requesting");
            }
            if (state.equals(requested)) {
                roles.add("requested");
            }
        }
        String title = SolrSupport.str(doc, IndexFields.TITLE);
        return new CaseRef(id, title == null || title.isBlank() ? id : title, country,
                country == null ? null : taxonomy.label("country", country, lang),
                SolrSupport.str(doc, IndexFields.LANGUAGE), SolrSupport.integer(doc, IndexFields.YEAR),
                SolrSupport.day(doc, IndexFields.DATE), SolrSupport.str(doc, IndexFields.COURT),
                SolrSupport.str(doc, IndexFields.COOPERATION_FORM), requesting, requested,
                SolrSupport.str(doc, IndexFields.OUTCOME), List.copyOf(roles), Page.DOCUMENT.of(id));
    }

    /** The case fields of a stored unit (all null for a law). */
    public static CaseFields caseFields(SolrDocument doc) {
        return new CaseFields(SolrSupport.str(doc, IndexFields.COURT), SolrSupport.str(doc, IndexFields.COOPERATION_FORM),
                SolrSupport.str(doc, IndexFields.REQUESTING_STATE), SolrSupport.str(doc, IndexFields.REQUESTED_STATE),
                SolrSupport.str(doc, IndexFields.LEGAL_BASIS), SolrSupport.str(doc, IndexFields.OUTCOME));
    }

    /** Article-level ids of a unit's expanded tags ("UNTOC-18.13" is left out, "UNTOC-18" kept). */
    public static boolean isArticleLevel(String id) {
        return id.indexOf('.') < 0;
    }
}
