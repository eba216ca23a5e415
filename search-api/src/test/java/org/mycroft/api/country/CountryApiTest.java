package org.mycroft.api.country;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mycroft.api.article.WorkbenchApiTestSupport;

class CountryApiTest extends WorkbenchApiTestSupport {

    @Test
    void profileGroupsTheLawsOfTheStateByArticleWithCountsEqualToTheSearchApi() throws Exception {
        JsonNode can = get("/api/countries/CAN");
        assertThat(can.get("name").asText()).isEqualTo("Canada");
        assertThat(can.get("region").asText()).isEqualTo("western-european-other");
        assertThat(can.get("region_name").asText()).isEqualTo(taxonomy.label("region", "western-european-other", "en"));
        assertThat(can.get("legislation_count").asLong()).isEqualTo(searchTotal("country=CAN&doc_type=legislation")).isPositive();
        JsonNode articleFacet = search("country=CAN&doc_type=legislation").get("facets").get("articles");
        int articleLevel = 0;
        for (JsonNode v : articleFacet) {
            articleLevel += v.get("value").asText().contains(".") ? 0 : 1;
        }
        assertThat(can.get("articles")).hasSize(articleLevel);
        for (JsonNode group : can.get("articles")) {
            String id = group.get("id").asText();
            assertThat(group.get("provision_count").asLong()).as(id)
                    .isEqualTo(searchTotal("country=CAN&doc_type=legislation&articles=" + id))
                    .isEqualTo(group.get("provisions").size());
            assertThat(group.get("compare_url").asText()).isEqualTo("/compare?article=" + id + "&country=CAN");
        }
        long lawProvisions = 0;
        for (JsonNode law : can.get("laws")) {
            lawProvisions += law.get("provision_count").asLong();
        }
        assertThat(lawProvisions).isEqualTo(can.get("legislation_count").asLong());
        assertThat(can.get("law_count").asInt()).isEqualTo(can.get("laws").size());
    }

    @Test
    void casesIncludeCooperationCasesWhereTheStateRequestedOrWasRequested() throws Exception {
        JsonNode can = get("/api/countries/CAN");
        List<String> roles = new ArrayList<>();
        for (JsonNode c : can.get("cases")) {
            c.get("roles").forEach(r -> roles.add(r.asText()));
            assertThat(c.get("roles")).isNotEmpty();
        }
        // Canada decided no sample case but requested the recognition of a confiscation order in Jamaica.
        assertThat(roles).contains("requesting");
        assertThat(can.get("case_count").asLong()).isEqualTo(can.get("cases").size());
        JsonNode fra = get("/api/countries/FRA");
        List<String> fraRoles = new ArrayList<>();
        fra.get("cases").forEach(c -> c.get("roles").forEach(r -> fraRoles.add(r.asText())));
        assertThat(fraRoles).contains("court", "requesting", "requested");
        assertThat(fra.get("case_count").asLong()).isGreaterThan(searchTotal("country=FRA&doc_type=case"));
    }

    @Test
    void latestUpdateIsTheMaximumIngestionTimeAndDate() throws Exception {
        JsonNode fra = get("/api/countries/FRA");
        Instant ingested = Instant.parse(fra.get("last_ingested_at").asText());
        assertThat(ingested).isBefore(Instant.now().plusSeconds(1)).isAfter(Instant.now().minusSeconds(3600));
        assertThat(fra.get("latest_date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        List<String> dates = new ArrayList<>();
        fra.get("cases").forEach(c -> dates.add(c.get("date").asText()));
        assertThat(fra.get("latest_date").asText()).isEqualTo(dates.stream().max(String::compareTo).orElseThrow());
        JsonNode nobody = get("/api/countries/TUV");
        assertThat(nobody.get("legislation_count").asLong()).isZero();
        assertThat(nobody.get("last_ingested_at").isNull()).isTrue();
        assertThat(nobody.get("articles")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"/api/countries/XXX", "/api/countries/can", "/api/countries/Canada", "/api/countries/C"})
    void unknownStatesAreA404WithAMessage(String path) throws Exception {
        assertThat(error(path, 404).get("message").asText()).contains("No State");
    }

    @Test
    void aNameInsteadOfACodeGetsAHintAndBadParametersA400() throws Exception {
        assertThat(error("/api/countries/canada", 404).get("message").asText()).contains("CAN");
        assertThat(error("/api/countries/CAN?region=african", 400).get("parameter").asText()).isEqualTo("region");
        assertThat(error("/api/countries/CAN?lang=it", 400).get("parameter").asText()).isEqualTo("lang");
    }
}
