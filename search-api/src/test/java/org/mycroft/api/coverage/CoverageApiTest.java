package org.mycroft.api.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mycroft.api.article.WorkbenchApiTestSupport;
import org.mycroft.api.system.CsvTest;

class CoverageApiTest extends WorkbenchApiTestSupport {

    @Test
    void everyCellEqualsTheSearchApiFilteredOnStateArticleAndLegislation() throws Exception {
        JsonNode matrix = get("/api/coverage?instrument=UNTOC");
        assertThat(matrix.get("instrument").asText()).isEqualTo("UNTOC");
        assertThat(matrix.get("articles")).hasSize(41);
        JsonNode states = search("doc_type=legislation").get("facets").get("country");
        assertThat(matrix.get("rows")).hasSize(states.size());
        int nonZero = 0;
        int zero = 0;
        for (JsonNode row : matrix.get("rows")) {
            String iso3 = row.get("country").asText();
            assertThat(row.get("legislation_count").asLong()).isEqualTo(searchTotal("doc_type=legislation&country=" + iso3));
            assertThat(row.get("counts")).hasSize(41);
            for (JsonNode article : matrix.get("articles")) {
                String id = article.get("id").asText();
                long cell = row.get("counts").get(id).asLong();
                // Every non-zero cell, and a sample of the zeros (the gap analysis must not invent gaps).
                if (cell > 0 || zero++ % 7 == 0) {
                    assertThat(cell).as("%s × %s", iso3, id)
                            .isEqualTo(searchTotal("articles=" + id + "&country=" + iso3 + "&doc_type=legislation"));
                    nonZero += cell > 0 ? 1 : 0;
                }
            }
        }
        assertThat(nonZero).isGreaterThan(30);
        // The example: coverage cell == /api/search?articles=UNTOC-6&country=CAN&doc_type=legislation.
        JsonNode can = row(matrix, "CAN");
        assertThat(can.get("counts").get("UNTOC-6").asLong()).isPositive()
                .isEqualTo(searchTotal("articles=UNTOC-6&country=CAN&doc_type=legislation"));
    }

    /**
     * Issue #10 / TAXONOMY.md: laundering implies art. 6 only, confiscation art. 12 only. Art. 7 needs
     * AML supervision, art. 13 a foreign request or order, art. 14 disposal of confiscated property;
     * the sample laws have none of these, so wherever a State shows art. 6 or 12 it shows no 7, 13 or 14.
     */
    @Test
    void launderingAndConfiscationNoLongerImplyArticles7And13And14() throws Exception {
        JsonNode matrix = get("/api/coverage?instrument=UNTOC");
        int statesWithSixOrTwelve = 0;
        for (JsonNode row : matrix.get("rows")) {
            JsonNode counts = row.get("counts");
            if (counts.get("UNTOC-6").asLong() + counts.get("UNTOC-12").asLong() == 0) {
                continue;
            }
            statesWithSixOrTwelve++;
            for (String neighbour : List.of("UNTOC-7", "UNTOC-13", "UNTOC-14")) {
                assertThat(counts.get(neighbour).asLong()).as("%s × %s", row.get("country").asText(), neighbour).isZero();
            }
        }
        assertThat(statesWithSixOrTwelve).isGreaterThan(10);
    }

    @Test
    void articleColumnsCountStatesAndGapsAndParagraphsRollUp() throws Exception {
        JsonNode matrix = get("/api/coverage");
        for (JsonNode article : matrix.get("articles")) {
            String id = article.get("id").asText();
            JsonNode facet = search("doc_type=legislation&articles=" + id).get("facets").get("country");
            assertThat(article.get("state_count").asInt()).as(id).isEqualTo(facet.size());
            assertThat(article.get("state_count").asInt() + article.get("gap_count").asInt()).isEqualTo(matrix.get("rows").size());
            assertThat(article.get("provision_count").asLong()).isGreaterThanOrEqualTo(article.get("state_count").asInt());
        }
        // Malta's only UNTOC-18 provision is tagged UNTOC-18.13.
        JsonNode malta = row(matrix, PROBE_COUNTRY);
        assertThat(malta.get("counts").get("UNTOC-18").asLong()).isEqualTo(1);
        assertThat(malta.get("counts").has("UNTOC-18.13")).isFalse();
    }

    @Test
    void filtersByRegionCrimeTypeAndStatesAndListsEveryStateOnRequest() throws Exception {
        JsonNode african = get("/api/coverage?region=african");
        for (JsonNode row : african.get("rows")) {
            assertThat(row.get("region").asText()).isEqualTo("african");
        }
        assertThat(african.get("rows").size()).isEqualTo(search("doc_type=legislation&region=african").get("facets").get("country").size());

        JsonNode ml = get("/api/coverage?crime_types=money-laundering");
        JsonNode all = get("/api/coverage");
        assertThat(ml.get("rows").size()).isEqualTo(all.get("rows").size()); // the crime filter narrows cells, not rows
        for (JsonNode row : ml.get("rows")) {
            String iso3 = row.get("country").asText();
            long cell = row.get("counts").get("UNTOC-6").asLong();
            assertThat(cell).as(iso3).isEqualTo(searchTotal("articles=UNTOC-6&country=" + iso3
                    + "&doc_type=legislation&crime_types=money-laundering"));
        }

        JsonNode every = get("/api/coverage?instrument=TIP&states=all&region=african");
        assertThat(every.get("articles")).hasSize(20);
        assertThat(every.get("rows")).hasSize(taxonomy.countries().inRegion("african").size());
        assertThat(every.get("states").asText()).isEqualTo("all");

        JsonNode two = get("/api/coverage?country=CAN&country=FRA&states=all&lang=fr");
        List<String> names = new ArrayList<>();
        two.get("rows").forEach(r -> names.add(r.get("name").asText()));
        assertThat(names).containsExactly("Canada", "France");
        assertThat(two.get("articles").get(4).get("title").asText()).isEqualTo(taxonomy.article("UNTOC-5").orElseThrow().title("fr"));
    }

    @Test
    void csvHasAHeaderRowAndTheSameNumbersAsTheJson() throws Exception {
        JsonNode matrix = get("/api/coverage?instrument=SOM");
        for (String path : List.of("/api/coverage.csv?instrument=SOM", "/coverage.csv?instrument=SOM")) {
            HttpResponse<String> response = send(path);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
            List<List<String>> rows = CsvTest.parse(response.body());
            assertThat(rows.getFirst()).hasSize(5 + 25).startsWith("country", "state", "region").endsWith("SOM-25");
            assertThat(rows).hasSize(matrix.get("rows").size() + 1);
            for (int i = 1; i < rows.size(); i++) {
                JsonNode row = matrix.get("rows").get(i - 1);
                assertThat(rows.get(i).getFirst()).isEqualTo(row.get("country").asText());
                assertThat(rows.get(i).get(5)).isEqualTo(row.get("counts").get("SOM-1").asText());
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"/api/coverage?instrument=UNCAC, instrument", "/api/coverage?region=mars, region",
            "/api/coverage?crime_types=jaywalking, crime_types", "/api/coverage?states=some, states",
            "/api/coverage?country=XXX, country", "/api/coverage?article=UNTOC-5, article",
            "/api/coverage?instrument=UNTOC&instrument=TIP, instrument", "/api/coverage.csv?instrument=X, instrument"})
    void badParametersAreA400NamingThem(String path, String parameter) throws Exception {
        assertThat(error(path, 400).get("parameter").asText()).isEqualTo(parameter);
    }

    static JsonNode row(JsonNode matrix, String iso3) {
        for (JsonNode row : matrix.get("rows")) {
            if (row.get("country").asText().equals(iso3)) {
                return row;
            }
        }
        throw new AssertionError("no row " + iso3);
    }
}
