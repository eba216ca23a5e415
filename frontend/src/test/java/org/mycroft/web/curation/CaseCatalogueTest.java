package org.mycroft.web.curation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mycroft.curation.Role;
import org.mycroft.curation.account.AccountService;
import org.mycroft.web.PortalTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The case catalogue over real HTTP: validation next to each field (in the user's language, with
 * everything typed kept), roles checked on the server, drafts invisible everywhere public, the
 * published case with its provenance, tag status and no restricted field, and the conflict page.
 */
class CaseCatalogueTest extends PortalTestSupport {

    static final String PASSWORD = "a long enough password";
    static final String VICTIM = "Zorana Restrictedname";

    @Autowired
    AccountService accounts;

    @BeforeEach
    void accounts() {
        if (accounts.find("cat-contrib").isEmpty()) {
            accounts.add("cat-contrib", PASSWORD, Role.CONTRIBUTOR);
            accounts.add("cat-review", PASSWORD, Role.REVIEWER);
        }
    }

    private CuratorSession signIn(String user) {
        CuratorSession s = new CuratorSession(base());
        assertThat(s.login(user, PASSWORD).headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/curation"));
        return s;
    }

    static Map<String, List<String>> validForm(String title, String word) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("title", List.of(title));
        form.put("summary", List.of("Mutual legal assistance about " + word + " granted under the Convention."));
        form.put("language", List.of("en"));
        form.put("cooperation_form", List.of("mutual-legal-assistance"));
        form.put("requesting_state", List.of("CAN"));
        form.put("requested_state", List.of("FRA"));
        form.put("legal_basis", List.of("UNTOC"));
        form.put("articles", List.of("UNTOC-18 UNTOC-6"));
        form.put("crime_types", List.of("money-laundering"));
        form.put("year", List.of("2021"));
        form.put("outcome", List.of("granted"));
        form.put("source_kind", List.of("conference-document"));
        form.put("source_reference", List.of("CTOC/COP/2008/CRP.2"));
        form.put("submitted_by", List.of("Secretariat"));
        form.put("restricted.victims", List.of(VICTIM));
        return form;
    }

    private String create(CuratorSession s, Map<String, List<String>> form) {
        HttpResponse<String> created = s.postWithToken("/curation/cases", "/curation/cases/new", form);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
    }

    private int version(CuratorSession s, String id) {
        return Integer.parseInt(s.page("/curation/cases/" + id).selectFirst("input[name=version]").val());
    }

    @Test
    void aFailedSaveShowsEachErrorNextToItsFieldInTheUsersLanguageAndKeepsWhatWasTyped() {
        CuratorSession s = signIn("cat-contrib");
        Map<String, List<String>> form = validForm("Entraide demandée par le Canada", "x");
        form.remove("cooperation_form");
        form.put("year", List.of("deux mille"));
        form.remove("crime_types");
        HttpResponse<String> response = s.postWithToken("/curation/cases?lang=fr", "/curation/cases/new?lang=fr", form);
        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#field-cooperation_form .field-error").text()).isEqualTo("Ce champ est obligatoire.");
        assertThat(page.select("#field-year .field-error").text()).contains("année");
        assertThat(page.select("#field-crime_types .field-error").text()).isEqualTo("Ce champ est obligatoire.");
        assertThat(page.select("#field-title .field-error")).isEmpty();
        assertThat(page.selectFirst("input#title").val()).isEqualTo("Entraide demandée par le Canada");
        assertThat(page.selectFirst("input#year").val()).isEqualTo("deux mille");
        assertThat(page.selectFirst("select#requesting_state option[selected]").val()).isEqualTo("CAN");
        assertThat(page.selectFirst("textarea#restricted-victims").text()).isEqualTo(VICTIM);
        assertThat(page.selectFirst("input#year").attr("aria-describedby")).isEqualTo("error-year");
    }

    @Test
    void draftsStayInvisibleUntilAReviewerPublishesAndRestrictedFieldsNeverShow() {
        CuratorSession contributor = signIn("cat-contrib");
        String word = "quokkalaundering";
        String id = create(contributor, validForm("Assistance to Canada about " + word, word));

        assertThat(get("/documents/" + id).statusCode()).isEqualTo(404);
        assertThat(get("/api/documents/" + id, "Accept", "application/json").statusCode()).isEqualTo(404);
        assertThat(get("/api/search?q=" + word, "Accept", "application/json").body()).contains("\"total\":0");

        HttpResponse<String> refused = contributor.postWithToken("/curation/cases/" + id + "/publish", "/curation/cases/" + id,
                Map.of("version", List.of(String.valueOf(version(contributor, id)))));
        assertThat(refused.statusCode()).as("a contributor may not publish").isEqualTo(403);
        CuratorSession anonymous = new CuratorSession(base());
        HttpResponse<String> anonymousPublish = anonymous.postWithToken("/curation/cases/" + id + "/publish", "/login",
                Map.of("version", List.of("1")));
        assertThat(anonymousPublish.statusCode()).isEqualTo(302);
        assertThat(anonymousPublish.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(anonymous.post("/curation/cases/" + id + "/publish", Map.of("version", List.of("1"))).statusCode())
                .as("no CSRF token").isEqualTo(403);

        assertThat(contributor.postWithToken("/curation/cases/" + id + "/submit", "/curation/cases/" + id,
                Map.of("version", List.of(String.valueOf(version(contributor, id))))).statusCode()).isEqualTo(302);
        assertThat(get("/documents/" + id).statusCode()).as("in review is not public").isEqualTo(404);

        CuratorSession reviewer = signIn("cat-review");
        Document review = reviewer.page("/curation/cases/" + id);
        assertThat(review.select("#restricted-fields").text()).contains(VICTIM);
        assertThat(reviewer.postWithToken("/curation/cases/" + id + "/tags/confirmed", "/curation/cases/" + id,
                Map.of("tag", List.of("UNTOC-18"))).statusCode()).isEqualTo(302);
        assertThat(reviewer.postWithToken("/curation/cases/" + id + "/publish", "/curation/cases/" + id,
                Map.of("version", List.of(String.valueOf(version(reviewer, id))))).statusCode()).isEqualTo(302);

        Document published = page("/documents/" + id);
        assertThat(published.select("h1").text()).contains(word);
        assertThat(published.select("#provenance").text()).contains("CTOC/COP/2008/CRP.2").contains("Secretariat");
        assertThat(published.select("#last-updated")).hasSize(1);
        assertThat(published.select("[data-tag=UNTOC-6] + .tag-status[data-status=suggested]")).hasSize(1);
        assertThat(published.select("[data-tag=UNTOC-18] + .tag-status")).isEmpty();
        String json = get("/api/documents/" + id, "Accept", "application/json").body();
        assertThat(json).contains("\"tag_status\"").contains("\"UNTOC-18\":\"confirmed\"").contains("\"UNTOC-6\":\"suggested\"");
        assertThat(get("/api/search?q=" + word, "Accept", "application/json").body()).contains("\"total\":1");
        assertThat(total(page("/search?q=" + word + "&country=FRA"))).isEqualTo(1);
        assertThat(page("/countries/CAN").select("a[href^=/documents/" + id + "]")).isNotEmpty();
        for (String path : List.of("/documents/" + id, "/api/documents/" + id, "/api/search?q=" + word, "/search?q=" + word,
                "/countries/CAN", "/countries/FRA", "/api/countries/FRA", "/compare.csv?article=UNTOC-18&country=FRA&country=CAN",
                "/api/search?q=" + VICTIM.split(" ")[1])) {
            HttpResponse<String> r = get(path, "Accept", path.startsWith("/api") ? "application/json" : "text/html");
            assertThat(r.body()).as(path).doesNotContain("Restrictedname");
        }
        assertThat(get("/api/search?q=Restrictedname", "Accept", "application/json").body()).contains("\"total\":0");
    }

    @Test
    void aDraftIsNeverASimilarCaseUntilItIsPublished() throws Exception {
        String word = "wombatlaundering";
        CuratorSession contributor = signIn("cat-contrib");
        CuratorSession reviewer = signIn("cat-review");
        String first = create(contributor, validForm("Assistance to Canada about " + word, word));
        publish(contributor, reviewer, first);
        // The same text and tags as the published case: the closest possible like, once public.
        String twin = create(contributor, validForm("Further assistance to Canada about " + word, word));
        assertThat(similarTo(first)).as("a draft").doesNotContain(twin);
        publish(contributor, reviewer, twin);
        assertThat(similarTo(first)).first().isEqualTo(twin);
        assertThat(page("/documents/" + first).select("#similar-cases a[href^=/documents/" + twin + "]")).hasSize(1);
    }

    private List<String> similarTo(String id) throws Exception {
        String json = get("/api/documents/" + id, "Accept", "application/json").body();
        return new ObjectMapper().readTree(json).get("similar_cases").findValuesAsText("id");
    }

    private void publish(CuratorSession contributor, CuratorSession reviewer, String id) {
        assertThat(contributor.postWithToken("/curation/cases/" + id + "/submit", "/curation/cases/" + id,
                Map.of("version", List.of(String.valueOf(version(contributor, id))))).statusCode()).isEqualTo(302);
        assertThat(reviewer.postWithToken("/curation/cases/" + id + "/publish", "/curation/cases/" + id,
                Map.of("version", List.of(String.valueOf(version(reviewer, id))))).statusCode()).isEqualTo(302);
    }

    @Test
    void theSecondOfTwoConcurrentSavesSeesBothVersionsAndOverwritesNothing() {
        CuratorSession first = signIn("cat-contrib");
        CuratorSession second = signIn("cat-review");
        String id = create(first, validForm("Conflict case", "conflictword"));
        int version = version(first, id);
        Map<String, List<String>> mine = validForm("Title by the first curator", "conflictword");
        mine.put("version", List.of(String.valueOf(version)));
        assertThat(first.postWithToken("/curation/cases/" + id, "/curation/cases/" + id + "/edit", mine).statusCode()).isEqualTo(302);
        Map<String, List<String>> theirs = validForm("Title by the second curator", "conflictword");
        theirs.put("version", List.of(String.valueOf(version)));
        HttpResponse<String> conflict = second.postWithToken("/curation/cases/" + id, "/curation/cases/" + id + "/edit", theirs);
        assertThat(conflict.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(conflict.body());
        assertThat(page.select("tr.differs td.mine").text()).contains("Title by the second curator");
        assertThat(page.select("tr.differs td.saved").text()).contains("Title by the first curator");
        assertThat(first.page("/curation/cases/" + id).select("h1").text()).isEqualTo("Title by the first curator");
        // A workflow step on the stale version: the stale page speaks of a case (a directory entry has its own wording).
        HttpResponse<String> staleStep = second.postWithToken("/curation/cases/" + id + "/submit", "/curation/cases/" + id,
                Map.of("version", List.of(String.valueOf(version))));
        assertThat(staleStep.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(staleStep.body()).select("main [role=alert]").text())
                .isEqualTo("The case changed since you opened it; nothing was done.");
        HttpResponse<String> csv = first.get("/curation/cases/" + id + "/audit.csv");
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).contains("Title by the first curator").doesNotContain("Title by the second curator")
                .doesNotContain(VICTIM).contains("(restricted)");
        assertThat(get("/curation/audit.csv").statusCode()).as("anonymous").isEqualTo(302);
    }
}
