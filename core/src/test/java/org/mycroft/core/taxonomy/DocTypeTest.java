package org.mycroft.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.mycroft.core.index.IndexQueries;

class DocTypeTest {

    private final Taxonomy taxonomy = Taxonomy.load();

    @Test
    void theEnumAndDocTypesTsvListTheSameTypes() {
        assertThat(Arrays.stream(DocType.values()).map(DocType::id))
                .containsExactlyInAnyOrderElementsOf(taxonomy.docTypes());
        assertThat(DocType.LEGISLATION.id()).isEqualTo("legislation");
        assertThat(DocType.of("case")).contains(DocType.CASE);
        assertThat(DocType.of("Case")).isEmpty();
        assertThat(DocType.of(null)).isEmpty();
        assertThat(DocType.CASE.is("case")).isTrue();
        assertThat(DocType.CASE.is("legislation")).isFalse();
        assertThat(taxonomy.label("doc_type", DocType.AUTHORITY.id(), "fr")).isEqualTo("Autorité compétente");
    }

    @Test
    void queriesAndMessagesComeFromTheSameLists() {
        assertThat(IndexQueries.docType(DocType.LEGISLATION)).isEqualTo("doc_type:\"legislation\"");
        assertThat(IndexQueries.docType(DocType.LEGISLATION, DocType.CASE)).isEqualTo("doc_type:(\"legislation\" OR \"case\")");
        assertThat(taxonomy.regionIds())
                .isEqualTo("african, asia-pacific, eastern-european, latin-american-caribbean, western-european-other");
    }
}
