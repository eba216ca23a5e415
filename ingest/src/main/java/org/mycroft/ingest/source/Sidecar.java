package org.mycroft.ingest.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.mycroft.ingest.indexing.CaseDetails;

/**
 * Curated metadata next to a document ({@code law.pdf.json}), a flat JSON object read into named
 * parts. Every field is optional; what it gives wins over what extraction and detection guess.
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
        @JsonUnwrapped Source source,
        @JsonUnwrapped CuratedTags tags,
        @JsonUnwrapped CaseDetails caseDetails) {

    public static final Sidecar EMPTY = new Sidecar(null, null, null, null, null, null, null, null, null, null);

    /**
     * Where the document comes from; {@code retrieved_at} is written by the harvester: when the
     * document was fetched from its source.
     */
    public record Source(@JsonProperty("source_url") String sourceUrl, String licence, String notice,
                         @JsonProperty("retrieved_at") String retrievedAt) {
        static final Source NONE = new Source(null, null, null, null);

        /** {@code retrieved_at} as an instant; null when absent or malformed (a hand-edited sidecar is still worth indexing). */
        public Instant retrieved() {
            try {
                return retrievedAt == null ? null : Instant.parse(retrievedAt);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    /** Tags a curator gives the document. */
    public record CuratedTags(List<String> articles, @JsonProperty("crime_types") List<String> crimeTypes,
                              @JsonProperty("cross_cutting") List<String> crossCutting) {
        public static final CuratedTags NONE = new CuratedTags(null, null, null);

        public CuratedTags {
            articles = articles == null ? List.of() : List.copyOf(articles);
            crimeTypes = crimeTypes == null ? List.of() : List.copyOf(crimeTypes);
            crossCutting = crossCutting == null ? List.of() : List.copyOf(crossCutting);
        }

        public boolean isEmpty() {
            return articles.isEmpty() && crimeTypes.isEmpty() && crossCutting.isEmpty();
        }
    }

    public Sidecar {
        source = source == null ? Source.NONE : source;
        tags = tags == null ? CuratedTags.NONE : tags;
        caseDetails = caseDetails == null ? CaseDetails.NONE : caseDetails;
    }

    public boolean hasCuratedTags() {
        return !tags.isEmpty();
    }

    /** The sidecar of an archive as it applies to each member: everything except its id and title. */
    public Sidecar forMember() {
        return new Sidecar(null, null, docType, country, language, year, date, source, tags, caseDetails);
    }
}
