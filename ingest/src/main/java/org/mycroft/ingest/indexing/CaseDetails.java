package org.mycroft.ingest.indexing;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Fields only cases have, as a sidecar gives them (snake_case keys) and as a unit carries them
 * to the index; {@link #NONE} for laws.
 */
public record CaseDetails(
        String court,
        @JsonProperty("cooperation_form") String cooperationForm,
        @JsonProperty("requesting_state") String requestingState,
        @JsonProperty("requested_state") String requestedState,
        @JsonProperty("legal_basis") String legalBasis,
        String outcome,
        @JsonProperty("court_level") String courtLevel,
        @JsonProperty("confiscation_type") String confiscationType,
        @JsonProperty("legal_basis_articles") List<String> legalBasisArticles) {

    public static final CaseDetails NONE = new CaseDetails(null, null, null, null, null, null, null, null, List.of());

    public CaseDetails {
        legalBasisArticles = legalBasisArticles == null ? List.of() : List.copyOf(legalBasisArticles);
    }

    /** The same details with both States resolved (a name or ISO2 code to ISO3, say). */
    public CaseDetails withStates(java.util.function.UnaryOperator<String> resolve) {
        return new CaseDetails(court, cooperationForm, resolve.apply(requestingState), resolve.apply(requestedState),
                legalBasis, outcome, courtLevel, confiscationType, legalBasisArticles);
    }
}
