package org.mycroft.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SidecarReaderTest {

    @TempDir
    Path dir;

    @Test
    void flatKeysLandInTheirNamedParts() throws IOException {
        Path doc = dir.resolve("case.pdf");
        Files.writeString(SidecarReader.sidecarOf(doc), """
                {"id": "c-1", "doc_type": "case", "country": "ITA", "year": 2019,
                 "source_url": "https://example.org/c-1", "licence": "CC-BY", "retrieved_at": "2026-01-02T03:04:05Z",
                 "court": "Corte di Cassazione", "cooperation_form": "extradition", "requested_state": "ITA",
                 "court_level": "supreme", "legal_basis_articles": ["UNTOC-16"],
                 "articles": ["UNTOC-16"], "crime_types": ["smuggling-of-migrants"], "a_key_from_later": true}
                """);

        Sidecar s = new SidecarReader().read(doc);

        assertThat(s.id()).isEqualTo("c-1");
        assertThat(s.year()).isEqualTo(2019);
        assertThat(s.source().sourceUrl()).isEqualTo("https://example.org/c-1");
        assertThat(s.source().retrieved()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(s.caseDetails().court()).isEqualTo("Corte di Cassazione");
        assertThat(s.caseDetails().cooperationForm()).isEqualTo("extradition");
        assertThat(s.caseDetails().courtLevel()).isEqualTo("supreme");
        assertThat(s.caseDetails().legalBasisArticles()).containsExactly("UNTOC-16");
        assertThat(s.tags().articles()).containsExactly("UNTOC-16");
        assertThat(s.tags().crimeTypes()).containsExactly("smuggling-of-migrants");
        assertThat(s.tags().crossCutting()).isEmpty();
        assertThat(s.hasCuratedTags()).isTrue();
        assertThat(s.forMember().id()).isNull();
        assertThat(s.forMember().caseDetails()).isEqualTo(s.caseDetails());
    }

    @Test
    void noSidecarIsEmptyAndAMalformedDateIsNoDate() throws IOException {
        Path doc = dir.resolve("law.pdf");
        assertThat(new SidecarReader().read(doc)).isEqualTo(Sidecar.EMPTY);
        assertThat(Sidecar.EMPTY.tags().articles()).isEqualTo(List.of());

        Files.writeString(SidecarReader.sidecarOf(doc), "{\"retrieved_at\": \"last week\"}");
        assertThat(new SidecarReader().read(doc).source().retrieved()).isNull();

        Files.writeString(SidecarReader.sidecarOf(doc), "{\"title\": ");
        assertThatThrownBy(() -> new SidecarReader().read(doc)).isInstanceOf(IOException.class)
                .hasMessageContaining("malformed sidecar law.pdf.json");
    }
}
