package org.mycroft.api.unit;

/**
 * The fields only cases have (court, form of cooperation, the requesting and requested States,
 * legal basis, outcome), as one part of a unit; all null for a law.
 */
public record CaseFields(String court, String cooperationForm, String requestingState, String requestedState,
                         String legalBasis, String outcome) {}
