package org.mycroft.web.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mycroft.curation.Role;
import org.mycroft.curation.account.AccountService;
import org.mycroft.web.PortalTestSupport;
import org.mycroft.web.TestPortalApplication;
import org.springframework.beans.factory.annotation.Autowired;

/** The review queue and tag decisions on an ingested unit, over real HTTP: filters, roles, and the public effect. */
class TagReviewTest extends PortalTestSupport {

    static final String PASSWORD = "a long enough password";

    @Autowired
    AccountService accounts;

    private CuratorSession signIn(String user, Role role) {
        if (accounts.find(user).isEmpty()) {
            accounts.add(user, PASSWORD, role);
        }
        CuratorSession s = new CuratorSession(base());
        s.login(user, PASSWORD);
        return s;
    }

    @Test
    void theQueueListsUnreviewedMachineTagsByStateAndRefusesBadFilters() {
        CuratorSession reviewer = signIn("queue-review", Role.REVIEWER);
        Document queue = reviewer.page("/curation/review?country=CAN");
        List<Element> rows = queue.select("#review-units tbody tr");
        assertThat(rows).isNotEmpty();
        assertThat(rows).allSatisfy(r -> assertThat(r.select("td").get(1).text()).isEqualTo("Canada"));
        Document unit = reviewer.page(rows.getFirst().selectFirst("a").attr("href"));
        assertThat(unit.select("#tags tr[data-status=suggested]")).isNotEmpty();
        assertThat(reviewer.get("/curation/review?min_confidence=2").statusCode()).isEqualTo(400);
        assertThat(reviewer.get("/curation/review?country=XXX").statusCode()).isEqualTo(400);
        assertThat(reviewer.get("/curation/review?tag=not-a-tag").statusCode()).isEqualTo(400);
        assertThat(new CuratorSession(base()).get("/curation/review").statusCode()).as("anonymous").isEqualTo(302);
    }

    @Test
    void aReviewerDecisionOnAUnitReachesThePublicPageAndAContributorsIsRefused() {
        String id = TestPortalApplication.ESCAPING_DOCUMENT;
        String page = "/curation/units/" + id;
        CuratorSession contributor = signIn("unit-contrib", Role.CONTRIBUTOR);
        HttpResponse<String> refused = contributor.postWithToken(page + "/tags/added", "/curation/cases/new", Map.of("tag", List.of("UNTOC-26")));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(get("/api/documents/" + id, "Accept", "application/json").body()).doesNotContain("UNTOC-26");

        CuratorSession reviewer = signIn("unit-review", Role.REVIEWER);
        assertThat(reviewer.postWithToken(page + "/tags/added", page, Map.of("tag", List.of("UNTOC-26"))).statusCode()).isEqualTo(302);
        assertThat(reviewer.page(page).select("#tags tr[data-tag=UNTOC-26]").attr("data-status")).isEqualTo("confirmed");
        assertThat(get("/api/documents/" + id, "Accept", "application/json").body()).contains("\"UNTOC-26\":\"confirmed\"");
        assertThat(page("/documents/" + id).select("[data-tag=UNTOC-26]")).hasSize(1);

        assertThat(reviewer.postWithToken(page + "/tags/rejected", page, Map.of("tag", List.of("UNTOC-26"))).statusCode()).isEqualTo(302);
        assertThat(reviewer.page(page).select("#tags tr[data-tag=UNTOC-26]").attr("data-status")).isEqualTo("rejected");
        assertThat(get("/api/documents/" + id, "Accept", "application/json").body()).doesNotContain("UNTOC-26");
        assertThat(page("/documents/" + id).select("[data-tag=UNTOC-26]")).isEmpty();
        assertThat(reviewer.postWithToken(page + "/tags/added", page, Map.of("tag", List.of("NOT-A-TAG"))).statusCode()).isEqualTo(409);
    }
}
