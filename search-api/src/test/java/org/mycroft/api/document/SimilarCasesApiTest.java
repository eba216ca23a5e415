package org.mycroft.api.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mycroft.api.article.WorkbenchApiTestSupport;
import org.mycroft.core.taxonomy.Taxonomy;

/**
 * Similar cases in {@code /api/documents/{id}} (issue #11): MoreLikeThis in real embedded Solr over
 * the sample corpus, over real HTTP (the workbench tests' context and index). Only cases, never the
 * unit itself, each explained by tags both really carry.
 */
class SimilarCasesApiTest extends WorkbenchApiTestSupport {

    @Test
    void everyCaseHasSimilarCasesExplainedByTagsBothCarry() throws Exception {
        JsonNode cases = get("/api/search?doc_type=case&size=100").get("results");
        assertThat(cases.size()).isGreaterThan(10);
        for (JsonNode hit : cases) {
            String id = hit.get("id").asText();
            JsonNode doc = get("/api/documents/" + id);
            JsonNode similar = doc.get("similar_cases");
            assertThat(similar.size()).as("similar to %s", id).isBetween(1, SimilarCases.LIMIT);
            Set<String> own = tagsWithAncestors(doc);
            for (JsonNode like : similar) {
                assertThat(like.get("shared_tags").size()).as("tags shared by %s and %s", id, like).isPositive();
                String likeId = like.get("id").asText();
                assertThat(likeId).isNotEqualTo(id);
                assertThat(like.get("url").asText()).isEqualTo("/documents/" + likeId);
                JsonNode other = get("/api/documents/" + likeId);
                assertThat(other.get("doc_type").asText()).isEqualTo("case");
                Set<String> theirs = tagsWithAncestors(other);
                for (JsonNode tag : like.get("shared_tags")) {
                    assertThat(own).as("%s shares %s with %s", id, tag, likeId).contains(tag.asText());
                    assertThat(theirs).as("%s shares %s with %s", likeId, tag, id).contains(tag.asText());
                }
            }
        }
    }

    @Test
    void anExtraditionCaseFindsOtherExtraditionCasesFirstWhateverTheirLanguage() throws Exception {
        String darnel = idOf("Darnel");
        JsonNode similar = get("/api/documents/" + darnel).get("similar_cases");
        List<String> firstShared = JSON.convertValue(similar.get(0).get("shared_tags"), JSON.getTypeFactory()
                .constructCollectionType(List.class, String.class));
        assertThat(firstShared).contains("extradition");
        // The French case's likes include a Spanish-language one: tags carry across languages.
        Set<String> languages = new HashSet<>();
        for (JsonNode like : similar) {
            languages.add(get("/api/documents/" + like.get("id").asText()).get("language").asText());
        }
        assertThat(languages).contains("es");
    }

    @Test
    void aProvisionNoCaseAppliesShowsSimilarCasesInstead() throws Exception {
        String provision = get("/api/search?doc_type=legislation&crime_types=trafficking-in-persons&size=1")
                .get("results").get(0).get("id").asText();
        JsonNode doc = get("/api/documents/" + provision);
        assertThat(doc.get("citing_cases")).isEmpty();
        assertThat(doc.get("similar_cases")).isNotEmpty();
        Set<String> own = tagsWithAncestors(doc);
        for (JsonNode like : doc.get("similar_cases")) {
            assertThat(get("/api/documents/" + like.get("id").asText()).get("doc_type").asText()).isEqualTo("case");
            assertThat(like.get("shared_tags")).as("%s", like).isNotEmpty();
            like.get("shared_tags").forEach(tag -> assertThat(own).contains(tag.asText()));
        }
    }

    private Set<String> tagsWithAncestors(JsonNode doc) {
        Set<String> tags = new HashSet<>();
        for (String field : List.of("articles", "crime_types", "cross_cutting")) {
            for (JsonNode tag : doc.get(field)) {
                String t = tag.asText();
                tags.add(t);
                if (taxonomy.isValidArticleId(t)) {
                    tags.addAll(Taxonomy.withAncestors(t));
                } else if (taxonomy.crimeType(t).isPresent()) {
                    tags.addAll(taxonomy.crimeTypeWithAncestors(t));
                }
            }
        }
        return tags;
    }

    private String idOf(String titleWord) throws Exception {
        JsonNode results = get("/api/search?doc_type=case&q=" + titleWord).get("results");
        assertThat(results).isNotEmpty();
        return results.get(0).get("id").asText();
    }
}
