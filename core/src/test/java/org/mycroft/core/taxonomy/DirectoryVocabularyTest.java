package org.mycroft.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The directory's closed lists: every value labelled in every UI language, every type tied to a real article. */
class DirectoryVocabularyTest {

    private final DirectoryVocabulary vocabulary = DirectoryVocabulary.get();
    private final Taxonomy taxonomy = Taxonomy.load();

    @Test
    void typesCarryTheirArticleAndInstrument() {
        assertThat(vocabulary.authorityTypes()).containsExactly("central-authority-mla", "extradition",
                "transfer-of-sentenced-persons", "smuggling-by-sea", "firearms-contact-point");
        assertThat(vocabulary.article("smuggling-by-sea")).hasValue("SOM-8.6");
        assertThat(vocabulary.instrument("firearms-contact-point")).hasValue("FP");
        assertThat(vocabulary.instrument("central-authority-mla")).hasValue("UNTOC");
        vocabulary.authorityTypes().forEach(type -> assertThat(taxonomy.isValidArticleId(vocabulary.article(type).orElseThrow())).isTrue());
        assertThat(vocabulary.channels()).containsExactly("diplomatic", "direct", "interpol");
        assertThat(vocabulary.accepts(DirectoryVocabulary.CHANNEL, "carrier-pigeon")).isFalse();
    }

    @Test
    void everyValueHasALabelInEveryUiLanguage() {
        for (String field : java.util.List.of(DirectoryVocabulary.AUTHORITY_TYPE, DirectoryVocabulary.CHANNEL)) {
            for (String value : vocabulary.values(field)) {
                for (String lang : UiLanguages.codes()) {
                    String label = vocabulary.label(field, value, lang).orElseThrow();
                    assertThat(label).isNotBlank();
                    if (!lang.equals("en")) {
                        assertThat(label).as(field + " " + value + " " + lang).isNotEqualTo(vocabulary.label(field, value, "en").orElseThrow());
                    }
                }
            }
        }
    }
}
