package org.mycroft.ingest.segmentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProvisionSplitterTest {

    private final ProvisionSplitter splitter = new ProvisionSplitter();

    @Test
    void splitsTheNumberingStylesOfTheThreeLanguages() {
        String text = """
                Code pénal (extraits)
                Article 225-4-1
                La traite des êtres humains est le fait de recruter une personne.
                Article 225-4-2 - Circonstances aggravantes
                Sept ans d'emprisonnement.
                Artículo 177 bis. Trata de seres humanos
                Será castigado con la pena de cinco a ocho años.
                § 1591. Sex trafficking of children
                Whoever knowingly recruits.
                s. 462.31 Laundering proceeds of crime
                Every one commits an offence.
                """;
        List<Provision> provisions = splitter.split(text);
        assertThat(provisions).extracting(Provision::label)
                .containsExactly("Article 225-4-1", "Article 225-4-2", "Artículo 177 bis", "§ 1591", "Section 462.31");
        assertThat(provisions.get(1).heading()).isEqualTo("Circonstances aggravantes");
        assertThat(provisions.get(2).heading()).isEqualTo("Trata de seres humanos");
        assertThat(provisions.get(0).text()).startsWith("Article 225-4-1").contains("recruter");
    }

    @Test
    void citationsInProseAreNotHeadings() {
        String text = """
                Section 1. Purpose
                This Act implements article 5 of the Convention.
                Article 18 of the Convention applies to requests.
                Section 2. Requests
                Requests are sent to the central authority.
                """;
        assertThat(splitter.split(text)).extracting(Provision::label).containsExactly("Section 1", "Section 2");
    }

    @Test
    void aTextWithoutHeadingsStaysWhole() {
        assertThat(splitter.split("The court found that the accused had laundered money.")).isEmpty();
    }
}
