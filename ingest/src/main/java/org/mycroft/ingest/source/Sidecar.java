package org.mycroft.ingest.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Curated metadata next to a document ({@code law.pdf.json}). Every field is optional; what it
 * gives wins over what extraction and detection guess. {@code retrieved_at} is written by the
 * harvester: when the document was fetched from its source.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Sidecar(
        String id,
        String title,
        @JsonProperty("doc_type") String docType,
        String country,
        String language,
        Integer year,
        String date,
        @JsonProperty("source_url") String sourceUrl,
        String licence,
        String notice,
        String court,
        @JsonProperty("cooperation_form") String cooperationForm,
        @JsonProperty("requesting_state") String requestingState,
        @JsonProperty("requested_state") String requestedState,
        @JsonProperty("legal_basis") String legalBasis,
        String outcome,
        @JsonProperty("court_level") String courtLevel,
        @JsonProperty("confiscation_type") String confiscationType,
        @JsonProperty("legal_basis_articles") List<String> legalBasisArticles,
        List<String> articles,
        @JsonProperty("crime_types") List<String> crimeTypes,
        @JsonProperty("cross_cutting") List<String> crossCutting,
        @JsonProperty("retrieved_at") String retrievedAt) {

    public static final Sidecar EMPTY = new Sidecar(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null);

    public Sidecar {
        legalBasisArticles = legalBasisArticles == null ? List.of() : List.copyOf(legalBasisArticles);
        articles = articles == null ? List.of() : List.copyOf(articles);
        crimeTypes = crimeTypes == null ? List.of() : List.copyOf(crimeTypes);
        crossCutting = crossCutting == null ? List.of() : List.copyOf(crossCutting);
    }

    public boolean hasCuratedTags() {
        return !articles.isEmpty() || !crimeTypes.isEmpty() || !crossCutting.isEmpty();
    }
}
