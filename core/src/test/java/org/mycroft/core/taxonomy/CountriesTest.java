package org.mycroft.core.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountriesTest {

    private static final Set<String> REGIONS = Set.of("african", "asia-pacific", "eastern-european",
            "latin-american-caribbean", "western-european-other");

    private final Countries countries = Countries.load();

    @Test
    void countAndRegions() {
        List<Country> all = countries.all();
        assertTrue(all.size() >= 196, "size " + all.size());
        assertEquals(198, all.size());
        for (Country c : all) {
            assertTrue(REGIONS.contains(c.region()), c.iso3() + " " + c.region());
            assertTrue(c.iso3().matches("[A-Z]{3}"), c.iso3());
            assertTrue(c.iso2().matches("[A-Z]{2}"), c.iso2());
            for (String l : UiLanguages.codes()) {
                assertFalse(c.names().getOrDefault(l, "").isBlank(), c.iso3() + " " + l);
            }
        }
        // UN regional group sizes (Member States) plus the non-members placed by geography
        assertEquals(54, countries.inRegion("african").size());
        assertEquals(54 + 3, countries.inRegion("asia-pacific").size());   // + PSE, COK, NIU
        assertEquals(23 + 1, countries.inRegion("eastern-european").size()); // + XKX
        assertEquals(33, countries.inRegion("latin-american-caribbean").size());
        assertEquals(29 + 1, countries.inRegion("western-european-other").size()); // incl. USA, + VAT
        assertTrue(countries.inRegion("nowhere").isEmpty());
        assertTrue(countries.byIso3("EUE").isEmpty(), "the EU is not a country");
    }

    @Test
    void sortedByEnglishName() {
        List<Country> all = countries.all();
        assertEquals("Afghanistan", all.get(0).name("en"));
        for (int i = 1; i < all.size(); i++) {
            String a = Countries.key(all.get(i - 1).name("en"));
            String b = Countries.key(all.get(i).name("en"));
            assertTrue(a.compareTo(b) <= 0, a + " before " + b);
        }
    }

    @Test
    void regionMembershipSpotChecks() {
        for (String iso3 : List.of("USA", "CAN", "AUS", "NZL", "ISR", "TUR", "GBR", "FRA")) {
            assertEquals("western-european-other", countries.byIso3(iso3).orElseThrow().region(), iso3);
        }
        assertEquals("asia-pacific", countries.byIso3("KIR").orElseThrow().region());
        assertEquals("asia-pacific", countries.byIso3("CYP").orElseThrow().region());
        assertEquals("eastern-european", countries.byIso3("RUS").orElseThrow().region());
        assertEquals("latin-american-caribbean", countries.byIso3("MEX").orElseThrow().region());
        assertEquals("african", countries.byIso3("EGY").orElseThrow().region());
        assertEquals("Türkiye", countries.byIso3("TUR").orElseThrow().name("en"));
    }

    @Test
    void byIso3IsExact() {
        assertTrue(countries.byIso3("FRA").isPresent());
        assertTrue(countries.byIso3("fra").isEmpty());
        assertTrue(countries.byIso3("FR").isEmpty());
        assertTrue(countries.byIso3(null).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Libyan Arab Jamahiriya;LBY", "Swaziland;SWZ", "Burma;MMR", "Czech Republic;CZE", "Ivory Coast;CIV",
            "Côte d'Ivoire;CIV", "cote d ivoire;CIV", "COTE D'IVOIRE;CIV", "Holland;NLD", "The Netherlands;NLD",
            "UK;GBR", "Great Britain;GBR", "gb;GBR", "U.K.;GBR", "USA;USA", "United States of America;USA",
            "États-Unis;USA", "etats-unis;USA", "Estados Unidos;USA", "Macedonia;MKD",
            "The former Yugoslav Republic of Macedonia;MKD", "Zaire;COD", "Turkey;TUR", "Türkiye;TUR",
            "Cape Verde;CPV", "East Timor;TLS", "Republic of Korea;KOR", "South Korea;KOR", "Russia;RUS",
            "Iran;IRN", "Bolivia;BOL", "Venezuela;VEN", "Syria;SYR", "Tanzania;TZA", "Vietnam;VNM", "Laos;LAO",
            "Moldova;MDA", "Brunei;BRN", "FRA;FRA", "fr;FRA", "Allemagne;DEU", "Alemania;DEU", "Germany;DEU",
            "the Gambia;GMB", "Congo;COG", "Democratic Republic of the Congo;COD", "North Korea;PRK",
            "Niger;NER", "Nigeria;NGA", "Níger;NER", "  guinée-bissau ;GNB", "Guinea;GIN",
            "Equatorial Guinea;GNQ", "Dominica;DMA", "República Dominicana;DOM", "Kosovo;XKX",
            "State of Palestine;PSE", "Holy See;VAT", "Cook Islands;COK", "Niue;NIU", "Pays-Bas;NLD",
            "Royaume-Uni;GBR", "Reino Unido;GBR", "México;MEX", "mexique;MEX"})
    void resolves(String text, String iso3) {
        assertEquals(iso3, countries.resolve(text).map(Country::iso3).orElse("none"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "Atlantis", "European Union", "EU", "Korea", "--"})
    void doesNotResolve(String text) {
        assertTrue(countries.resolve(text).isEmpty(), text);
    }

    @Test
    void noSpellingMapsToTwoCountries() {
        Map<String, String> owner = new HashMap<>();
        Set<String> iso2 = new HashSet<>();
        List<String> clashes = new ArrayList<>();
        for (Country c : countries.all()) {
            assertTrue(iso2.add(c.iso2()), "duplicate iso2 " + c.iso2());
            List<String> texts = new ArrayList<>(List.of(c.iso3(), c.iso2()));
            texts.addAll(c.names().values());
            texts.addAll(c.aliases());
            for (String s : texts) {
                String prev = owner.putIfAbsent(Countries.key(s), c.iso3());
                if (prev != null && !prev.equals(c.iso3())) {
                    clashes.add(s + ": " + prev + "/" + c.iso3());
                }
            }
            // every spelling of a country resolves back to it
            for (String s : texts) {
                assertEquals(c.iso3(), countries.resolve(s).orElseThrow().iso3(), s);
            }
        }
        assertEquals(List.of(), clashes);
    }
}
