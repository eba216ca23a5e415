package org.mycroft.ingest.country;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mycroft.core.taxonomy.Countries;

class CountryGuesserTest {

    private final CountryGuesser guesser = new CountryGuesser(Countries.load());

    @Test
    void officialPublishersAndCountryDomainsGiveTheState() {
        assertThat(guesser.guess("https://laws-lois.justice.gc.ca/eng/acts/M-13.6/", null, "")).contains("CAN");
        assertThat(guesser.guess("https://www.legislation.gov.uk/ukpga/2015/30", null, "")).contains("GBR");
        assertThat(guesser.guess("https://www.boe.es/buscar/act.php?id=BOE-A-1995-25444", null, "")).contains("ESP");
        assertThat(guesser.guess("https://www.gesetze-im-internet.de/stgb/", null, "")).contains("DEU");
        assertThat(guesser.guess("https://www.unodc.org/cld/", null, "")).isEmpty();
    }

    @Test
    void aFolderNamedAfterAStateGivesTheState() {
        assertThat(guesser.guess(null, "laws/FRA/code-penal.pdf", "")).contains("FRA");
        assertThat(guesser.guess(null, "legislation/new-zealand/crimes-act.pdf", "")).contains("NZL");
        assertThat(guesser.guess(null, "laws/misc/act.pdf", "")).isEmpty();
    }

    @Test
    void theTextGivesTheStateItClearlyNames() {
        String text = "Loi de la République du Sénégal. Le Sénégal coopère avec les autres États. Fait à Dakar, Sénégal.";
        assertThat(guesser.guess(null, "act.txt", text)).contains("SEN");
        assertThat(guesser.guess(null, null, "Treaty between Canada and France. Canada and France agree.")).isEmpty();
        assertThat(guesser.guess(null, null, "A law about organized crime.")).isEmpty();
        assertThat(guesser.guess(null, null, "Libyan Arab Jamahiriya law, as applied in the Libyan Arab Jamahiriya.")).contains("LBY");
    }

    /** Names read across accents (precomposed or combining), apostrophes, hyphens and line breaks, up to the text's last word. */
    @Test
    void aNameIsReadWhateverSeparatesOrAccentsItsWords() {
        assertThat(guesser.guess(null, null, "Loi de la Côte d’Ivoire.\nLa Co\u0302te-d'Ivoire\ncoopère. CÔTE D IVOIRE")).contains("CIV");
        assertThat(guesser.guess(null, null, "New\nZealand law; the law of New Zealand")).contains("NZL");
        assertThat(guesser.guess(null, null, "Zealand New; Zealand New")).isEmpty();
        assertThat(guesser.guess(null, null, "Sénégal Senegal Canada")).contains("SEN");
    }
}
