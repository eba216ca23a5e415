package org.mycroft.api.export;

import java.util.List;
import org.apache.solr.common.SolrDocument;
import org.mycroft.api.route.Page;
import org.mycroft.api.solr.SolrSupport;
import org.mycroft.core.index.IndexFields;

/** One exported result: the fields shown on screen (and a case's cooperation fields), with an absolute link. */
public record ExportRecord(
        String id,
        String docType,
        String title,
        String partOf,
        String provision,
        String country,
        Integer year,
        String date,
        String language,
        List<String> articles,
        List<String> crimeTypes,
        List<String> crossCutting,
        String court,
        String cooperationForm,
        String requestingState,
        String requestedState,
        String legalBasis,
        String outcome,
        String url) {

    /** The Solr fields an export reads. */
    static final String FIELDS = String.join(",", IndexFields.ID, IndexFields.DOC_TYPE, IndexFields.TITLE,
            IndexFields.PARENT_TITLE, IndexFields.PROVISION_NUMBER, IndexFields.COUNTRY, IndexFields.YEAR,
            IndexFields.DATE, IndexFields.LANGUAGE, IndexFields.ARTICLES, IndexFields.CRIME_TYPES,
            IndexFields.CROSS_CUTTING, IndexFields.COURT, IndexFields.COOPERATION_FORM, IndexFields.REQUESTING_STATE,
            IndexFields.REQUESTED_STATE, IndexFields.LEGAL_BASIS, IndexFields.OUTCOME);

    static ExportRecord of(SolrDocument doc, String baseUrl) {
        String id = SolrSupport.str(doc, IndexFields.ID);
        String title = SolrSupport.str(doc, IndexFields.TITLE);
        String parent = SolrSupport.str(doc, IndexFields.PARENT_TITLE);
        return new ExportRecord(id, SolrSupport.str(doc, IndexFields.DOC_TYPE), title,
                parent == null || parent.equals(title) ? null : parent,
                SolrSupport.str(doc, IndexFields.PROVISION_NUMBER), SolrSupport.str(doc, IndexFields.COUNTRY),
                SolrSupport.integer(doc, IndexFields.YEAR), SolrSupport.day(doc, IndexFields.DATE),
                SolrSupport.str(doc, IndexFields.LANGUAGE), SolrSupport.list(doc, IndexFields.ARTICLES),
                SolrSupport.list(doc, IndexFields.CRIME_TYPES), SolrSupport.list(doc, IndexFields.CROSS_CUTTING),
                SolrSupport.str(doc, IndexFields.COURT), SolrSupport.str(doc, IndexFields.COOPERATION_FORM),
                SolrSupport.str(doc, IndexFields.REQUESTING_STATE), SolrSupport.str(doc, IndexFields.REQUESTED_STATE),
                SolrSupport.str(doc, IndexFields.LEGAL_BASIS), SolrSupport.str(doc, IndexFields.OUTCOME),
                baseUrl + Page.DOCUMENT.of(id));
    }
}
