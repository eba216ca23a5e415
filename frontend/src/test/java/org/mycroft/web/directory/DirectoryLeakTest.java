package org.mycroft.web.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mycroft.curation.Role;
import org.mycroft.curation.account.AccountService;
import org.mycroft.curation.directory.AuthorityEntry;
import org.mycroft.curation.directory.DirectoryRepository;
import org.mycroft.curation.directory.DirectorySamples;
import org.mycroft.curation.directory.Visibility;
import org.mycroft.web.PortalTestSupport;
import org.mycroft.web.curation.CuratorSession;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every public route tried as anonymous, as an {@code authority} account and as a curator,
 * against the sample directory (every restricted sample value contains RESTRICTED-SAMPLE): the
 * public never sees a restricted entry or field by any route, and a restricted entry's id answers
 * exactly like an unknown one; authorised readers do see them on the directory and country pages.
 */
class DirectoryLeakTest extends PortalTestSupport {

    static final String MARK = DirectorySamples.RESTRICTED_MARK;
    static final String PASSWORD = "leak-test-password-1";
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    AccountService accounts;
    @Autowired
    DirectoryRepository repository;

    String restrictedId;
    String withRestrictedField;
    CuratorSession anonymous;
    CuratorSession authority;
    CuratorSession curator;

    @BeforeEach
    void sessions() {
        for (var account : List.of(new Object[] {"leak-authority", Role.AUTHORITY}, new Object[] {"leak-curator", Role.CONTRIBUTOR})) {
            if (accounts.find((String) account[0]).isEmpty()) {
                accounts.add((String) account[0], PASSWORD, (Role) account[1]);
            }
        }
        anonymous = new CuratorSession(base());
        authority = new CuratorSession(base());
        assertThat(authority.login("leak-authority", PASSWORD).headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/directory"));
        curator = new CuratorSession(base());
        curator.login("leak-curator", PASSWORD);
        List<AuthorityEntry> samples = repository.all().stream().filter(e -> "sample".equals(e.provenance().sourceKind())).toList();
        restrictedId = samples.stream().filter(e -> e.visibility() == Visibility.RESTRICTED).findFirst().orElseThrow().id();
        withRestrictedField = samples.stream().filter(e -> e.visibility() == Visibility.PUBLIC && e.state().equals("ESP")
                && !repository.restricted(e.id()).isEmpty()).findFirst().orElseThrow().id();
    }

    /** Every route a visitor can reach that could show directory data, with the filters that would select restricted data. */
    List<String> publicRoutes() {
        List<String> routes = new ArrayList<>();
        for (String q : List.of("", "?q=restricted-sample", "?q=naval", "?q=restricted", "?state=COL", "?state=ESP",
                "?type=smuggling-by-sea", "?region=latin-american-caribbean", "?instrument=SOM", "?q=duty+prosecutor")) {
            routes.add("/directory" + q);
            routes.add("/api/directory" + q);
        }
        for (String id : List.of(withRestrictedField, restrictedId)) {
            routes.add("/directory/" + id);
            routes.add("/api/directory/" + id);
            routes.add("/documents/" + id);
            routes.add("/api/documents/" + id);
        }
        for (String state : List.of("COL", "ESP", "FRA", "GHA")) {
            routes.add("/countries/" + state);
            routes.add("/api/countries/" + state);
        }
        for (String q : List.of("q=restricted-sample", "q=naval+coordination", "doc_type=authority", "q=duty+prosecutor",
                "q=internal+checklist", "country=COL")) {
            routes.add("/search?" + q);
            routes.add("/api/search?" + q);
            routes.add("/search.atom?" + q);
            routes.add("/api/search.csv?" + q);
            routes.add("/api/search.jsonl?" + q);
            routes.add("/api/search.ris?" + q);
        }
        routes.addAll(List.of("/api/search/cursor?doc_type=authority", "/statistics", "/api/statistics", "/coverage", "/api/coverage",
                "/coverage.csv", "/articles/SOM-8", "/api/articles/SOM-8", "/sitemap.xml", "/robots.txt",
                // error messages: a restricted id or value given where it does not belong
                "/directory?type=" + restrictedId, "/api/directory?state=" + restrictedId, "/api/directory?q=" + "x".repeat(300),
                "/api/search?doc_type=" + restrictedId));
        return routes;
    }

    static String accept(String route) {
        return route.startsWith("/api/") && !route.contains(".csv") && !route.contains(".jsonl") && !route.contains(".ris")
                ? "application/json" : route.contains(".atom") || route.contains(".csv") || route.contains(".jsonl")
                || route.contains(".ris") || route.endsWith(".xml") || route.endsWith(".txt") ? "*/*" : "text/html";
    }

    @Test
    void anonymousNeverSeesRestrictedDataByAnyRoute() {
        List<String> routes = publicRoutes();
        assertThat(routes).hasSizeGreaterThan(80);
        for (String route : routes) {
            HttpResponse<String> r = anonymous.get(route, accept(route));
            assertThat(r.statusCode()).as(route).isLessThan(500);
            assertThat(r.body()).as("anonymous " + route).doesNotContain(MARK);
            if (!route.contains(restrictedId)) {
                assertThat(r.body()).as("anonymous " + route + " names the restricted entry").doesNotContain(restrictedId);
            }
        }
    }

    @Test
    void anonymousSeesThePublicDirectory() {
        var list = anonymous.page("/directory");
        assertThat(list.select("li[data-entry]")).hasSizeGreaterThanOrEqualTo(16);
        var entry = anonymous.page("/directory/" + withRestrictedField);
        assertThat(entry.select("#entry-title").text()).contains("International Legal Cooperation");
        assertThat(entry.select("[data-field=urgent_procedure]")).isEmpty();
        assertThat(entry.select("[data-field=phone] a").attr("href")).startsWith("tel:+34");
        assertThat(entry.select("#sample-notice")).hasSize(1);
        var country = anonymous.page("/countries/ESP");
        assertThat(country.select("#authorities a").attr("href")).contains(withRestrictedField);
        assertThat(country.select("#latest-update")).hasSize(1);
        assertThat(anonymous.page("/countries/FRA").select("#treaties li").text()).contains("European Convention on Mutual Assistance");
    }

    @Test
    void searchRoutesStayPublicEvenForAuthorisedReaders() {
        // Solr holds public data only: the search, feeds and exports are the same for everyone.
        for (CuratorSession session : List.of(authority, curator)) {
            for (String route : publicRoutes()) {
                if (route.startsWith("/search") || route.startsWith("/api/search") || route.startsWith("/documents")
                        || route.startsWith("/api/documents") || route.startsWith("/statistics") || route.startsWith("/coverage")) {
                    assertThat(session.get(route, accept(route)).body()).as(route).doesNotContain(MARK);
                }
            }
        }
    }

    @Test
    void aRestrictedEntryAnswersExactlyLikeAnUnknownId() {
        String unknown = restrictedId.substring(0, restrictedId.length() - 8) + "00000000";
        for (String prefix : List.of("/directory/", "/api/directory/", "/documents/", "/api/documents/")) {
            HttpResponse<String> restricted = anonymous.get(prefix + restrictedId, accept(prefix));
            HttpResponse<String> missing = anonymous.get(prefix + unknown, accept(prefix));
            assertThat(restricted.statusCode()).as(prefix).isEqualTo(404).isEqualTo(missing.statusCode());
            assertThat(restricted.body().replace(restrictedId, "ID")).as(prefix).isEqualTo(missing.body().replace(unknown, "ID"));
            assertThat(restricted.headers().map().keySet()).isEqualTo(missing.headers().map().keySet());
        }
    }

    @Test
    void authorisedReadersSeeRestrictedEntriesAndFields() throws Exception {
        for (CuratorSession session : List.of(authority, curator)) {
            HttpResponse<String> list = session.get("/directory");
            assertThat(list.body()).contains(MARK).contains(restrictedId);
            assertThat(list.headers().firstValue("Cache-Control")).hasValue("private, no-store");
            assertThat(session.get("/directory/" + restrictedId).statusCode()).isEqualTo(200);
            assertThat(session.get("/directory/" + withRestrictedField).body()).contains(MARK).contains("badge-restricted");
            JsonNode entry = JSON.readTree(session.get("/api/directory/" + withRestrictedField, "application/json").body());
            assertThat(entry.get("restricted_fields").toString()).contains("urgent_procedure");
            assertThat(entry.get("fields").get("urgent_procedure").asText()).contains(MARK);
            assertThat(session.get("/countries/COL").body()).contains(restrictedId);
            assertThat(session.get("/directory?q=duty+prosecutor").body()).contains(withRestrictedField);
        }
    }

    /** The ids of the entries a page or JSON lists, from their permalinks. */
    private static List<String> entryIds(List<String> urls) {
        return urls.stream().map(u -> u.replaceAll("^.*/directory/", "").replaceAll("[?#].*$", "")).sorted().toList();
    }

    @Test
    void theCountryTwinListsTheAuthoritiesThePageListsToEachReaderAndNoMore() throws Exception {
        for (CuratorSession session : List.of(anonymous, authority, curator)) {
            boolean authorised = session != anonymous;
            for (String state : List.of("COL", "ESP", "FRA", "GHA")) {
                String route = "/api/countries/" + state;
                HttpResponse<String> response = session.get(route, "application/json");
                assertThat(response.statusCode()).as(route).isEqualTo(200);
                assertThat(response.headers().allValues("Vary").toString()).as(route).contains("Cookie");
                JsonNode directory = JSON.readTree(response.body()).get("directory");
                List<String> urls = new ArrayList<>();
                directory.get("authorities").forEach(a -> urls.add(a.get("url").asText()));
                List<String> fromPage = entryIds(session.page("/countries/" + state).select("#authorities a").eachAttr("href"));
                assertThat(entryIds(urls)).as("%s as %s", route, authorised ? "authorised" : "anonymous").isEqualTo(fromPage);
                List<String> expected = repository.all().stream().filter(e -> e.state().equals(state)
                        && e.status() == org.mycroft.curation.cases.CaseStatus.PUBLISHED
                        && (authorised || e.visibility() == Visibility.PUBLIC)).map(AuthorityEntry::id).sorted().toList();
                assertThat(entryIds(urls)).as(route).isEqualTo(expected);
                if (authorised) {
                    assertThat(response.headers().firstValue("Cache-Control")).as(route).hasValue("private, no-store");
                } else {
                    assertThat(response.body()).as(route).doesNotContain(MARK).doesNotContain(restrictedId);
                    directory.get("authorities").forEach(a -> assertThat(a.get("restricted_fields")).as(route).isEmpty());
                }
            }
            JsonNode esp = JSON.readTree(session.get("/api/countries/ESP", "application/json").body());
            JsonNode entry = null;
            for (JsonNode a : esp.get("directory").get("authorities")) {
                entry = a.get("id").asText().equals(withRestrictedField) ? a : entry;
            }
            assertThat(entry).as("the public entry with a restricted field is listed to everyone").isNotNull();
            assertThat(entry.get("restricted_fields").toString().contains("urgent_procedure")).isEqualTo(authorised);
            assertThat(esp.get("last_updated").asText()).isGreaterThanOrEqualTo(esp.get("directory").get("last_updated").asText());
            assertThat(JSON.readTree(session.get("/api/countries/COL", "application/json").body()).toString().contains(restrictedId))
                    .as("the restricted entry").isEqualTo(authorised);
            JsonNode fra = JSON.readTree(session.get("/api/countries/FRA", "application/json").body()).get("directory");
            assertThat(fra.get("treaties").toString()).contains("European Convention on Mutual Assistance");
            assertThat(fra.get("treaties").toString()).isEqualTo(
                    JSON.valueToTree(session.page("/countries/FRA").select("#treaties li").eachText()).toString());
        }
    }

    @Test
    void countsAndFiltersCountOnlyWhatTheReaderMaySee() throws Exception {
        long total = repository.all().stream().filter(e -> "sample".equals(e.provenance().sourceKind())).count();
        JsonNode open = JSON.readTree(anonymous.get("/api/directory", "application/json").body());
        JsonNode all = JSON.readTree(authority.get("/api/directory", "application/json").body());
        assertThat(all.get("total").asLong()).isEqualTo(open.get("total").asLong() + 1);
        assertThat(all.get("total").asLong()).isGreaterThanOrEqualTo(total);
        assertThat(count(open, "authority_types", "smuggling-by-sea") + 1).isEqualTo(count(all, "authority_types", "smuggling-by-sea"));
        assertThat(count(open, "regions", "latin-american-caribbean") + 1).isEqualTo(count(all, "regions", "latin-american-caribbean"));
        JsonNode search = JSON.readTree(anonymous.get("/api/search?doc_type=authority", "application/json").body());
        assertThat(search.get("total").asLong()).isEqualTo(open.get("total").asLong());
        assertThat(anonymous.get("/directory").headers().allValues("Vary").toString()).contains("Cookie");
        assertThat(JSON.readTree(anonymous.get("/api/directory?state=COL", "application/json").body()).get("total").asLong()).isZero();
    }

    @Test
    void badFiltersAreA400NamingTheParameter() throws Exception {
        HttpResponse<String> r = anonymous.get("/api/directory?type=consulate", "application/json");
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(r.body());
        assertThat(error.get("parameter").asText()).isEqualTo("type");
        assertThat(error.get("status").asInt()).isEqualTo(400);
        assertThat(anonymous.get("/directory?region=atlantis").statusCode()).isEqualTo(400);
        assertThat(anonymous.get("/api/directory?colour=red", "application/json").statusCode()).isEqualTo(400);
    }

    private static long count(JsonNode listing, String facet, String id) {
        for (JsonNode c : listing.get(facet)) {
            if (c.get("id").asText().equals(id)) {
                return c.get("count").asLong();
            }
        }
        throw new AssertionError("no " + id + " in " + facet);
    }
}
