package org.mycroft.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mycroft.api.article.WorkbenchApiTestSupport;

/**
 * Cross-language concept search (issue #11) over the sample corpus in real embedded Solr (the
 * workbench tests' shared context and index), over real HTTP: the taxonomy's concepts are
 * recognised in the query in any language, their tags and names are searched beside the words, the
 * response says what was recognised, and {@code concepts=off} searches the words only.
 */
class ConceptSearchApiTest extends WorkbenchApiTestSupport {

    @ParameterizedTest
    @CsvSource({
            "trata de personas, trafficking-in-persons, crime_types, en, Trafficking in persons",
            "traite des personnes, trafficking-in-persons, crime_types, fr, Traite des personnes",
            "mensenhandel, trafficking-in-persons, crime_types, es, Trata de personas",
            "extradición, extradition, cross_cutting, en, Extradition",
            "blanchiment d'argent, money-laundering, crime_types, en, Money-laundering"})
    void conceptsAreRecognisedInAnyLanguageAndLabelledInTheRequestLanguage(String q, String id, String facet, String lang,
            String label) throws Exception {
        JsonNode concepts = get("/api/search?size=1&q=" + enc(q) + "&lang=" + lang).get("concepts");
        assertThat(concepts.get("searched").asBoolean()).isTrue();
        assertThat(concepts.get("recognised")).hasSize(1);
        JsonNode concept = concepts.get("recognised").get(0);
        assertThat(concept.get("id").asText()).isEqualTo(id);
        assertThat(concept.get("facet").asText()).isEqualTo(facet);
        assertThat(concept.get("label").asText()).isEqualTo(label);
    }

    @Test
    void aSpanishQueryFindsTheEnglishLawsOnItsConceptAndTheWordsAloneDoNot() throws Exception {
        String query = "/api/search?size=20&language=en&q=" + enc("trata de personas");
        JsonNode on = get(query);
        assertThat(documents(on)).contains("gbr-modern-slavery-act-2015", "usa-18-usc-trafficking-forced-labor");
        assertThat(documents(on).getFirst()).isIn("gbr-modern-slavery-act-2015", "usa-18-usc-trafficking-forced-labor",
                "nzl-crimes-act-1961-organised-crime", "ecthr-rantsev-v-cyprus-and-russia-2010");
        on.get("results").forEach(hit -> assertThat(hit.get("language").asText()).isEqualTo("en"));
        // The English name of the concept is highlighted in the English text.
        assertThat(on.get("results").get(0).get("snippet").asText()).containsIgnoringCase("<mark>");

        JsonNode off = get(query + "&concepts=off");
        assertThat(off.get("total").asLong()).isZero();
        assertThat(off.get("concepts").get("searched").asBoolean()).isFalse();
        assertThat(off.get("concepts").get("recognised").get(0).get("id").asText()).isEqualTo("trafficking-in-persons");
    }

    @Test
    void aFrenchQueryAlsoFindsTheEnglishLawOnItsConceptWhileItsOwnLanguageStaysFirst() throws Exception {
        JsonNode on = get("/api/search?size=100&q=" + enc("traite des personnes"));
        // Same language first: the French trafficking laws lead, as with the words alone.
        JsonNode off = get("/api/search?size=100&concepts=off&q=" + enc("traite des personnes"));
        assertThat(documents(on).getFirst()).isEqualTo(documents(off).getFirst());
        assertThat(on.get("results").get(0).get("language").asText()).isEqualTo("fr");
        // And the other languages' laws on the subject are found too.
        assertThat(documents(on)).contains("gbr-modern-slavery-act-2015");
        assertThat(documents(off)).doesNotContain("gbr-modern-slavery-act-2015");
        assertThat(on.get("total").asLong()).isGreaterThan(off.get("total").asLong());
    }

    @Test
    void aQueryNamingNoConceptIsSearchedExactlyAsBefore() throws Exception {
        for (String q : List.of("proceeds", "Microsoft warrant", "Aurora")) {
            JsonNode on = get("/api/search?size=50&q=" + enc(q));
            JsonNode off = get("/api/search?size=50&concepts=off&q=" + enc(q));
            assertThat(on.get("concepts").get("recognised")).as(q).isEmpty();
            assertThat(ids(on)).as(q).isEqualTo(ids(off)).isNotEmpty();
            assertThat(on.get("total")).isEqualTo(off.get("total"));
        }
    }

    @Test
    void theSwitchIsValidatedAndSolrSyntaxInTheQueryStaysText() throws Exception {
        JsonNode error = error("/api/search?q=x&concepts=maybe", 400);
        assertThat(error.get("parameter").asText()).isEqualTo("concepts");
        assertThat(error.get("message").asText()).contains("on").contains("off");
        error("/api/search?q=x&concepts=on&concepts=off", 400);
        // Local params and operators next to a concept are words, never Solr syntax.
        JsonNode hostile = get("/api/search?q=" + enc("{!join from=id to=parent_id}trata de personas $mycroft_user:*"));
        assertThat(hostile.get("concepts").get("recognised").get(0).get("id").asText()).isEqualTo("trafficking-in-persons");
        assertThat(get("/api/search?q=" + enc("\"trata de personas") + "&concepts=on").get("total").asLong()).isPositive();
    }

    private static List<String> documents(JsonNode body) {
        List<String> docs = new ArrayList<>();
        body.get("results").forEach(hit -> docs.add(hit.get("parent_id").asText()));
        return docs;
    }

    private static List<String> ids(JsonNode body) {
        List<String> ids = new ArrayList<>();
        body.get("results").forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }
}
