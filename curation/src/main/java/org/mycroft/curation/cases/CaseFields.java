package org.mycroft.curation.cases;

import java.util.List;

/**
 * The public fields of a cooperation case, as a curator typed them (ids as in TAXONOMY.md). Tags
 * (articles, crime types, cross-cutting issues) stay suggestions until a reviewer confirms them.
 */
public record CaseFields(
        String title,
        String summary,
        String language,
        String court,
        String cooperationForm,
        String requestingState,
        String requestedState,
        String legalBasis,
        String legalBasisDetail,
        List<String> articles,
        List<String> crimeTypes,
        List<String> crossCutting,
        Integer year,
        String outcome,
        Provenance provenance) implements CuratedTable.Written {

    public CaseFields {
        articles = List.copyOf(articles == null ? List.of() : articles);
        crimeTypes = List.copyOf(crimeTypes == null ? List.of() : crimeTypes);
        crossCutting = List.copyOf(crossCutting == null ? List.of() : crossCutting);
        provenance = provenance == null ? Provenance.NONE : provenance;
    }

    /** Every tag of the case, in one list (articles, then crime types, then cross-cutting issues). */
    public List<String> tags() {
        return java.util.stream.Stream.of(articles, crimeTypes, crossCutting).flatMap(List::stream).toList();
    }
}
