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
        return CuratorSession.signIn(base(), accounts, user, role, PASSWORD);
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

    @Test
    void theQueuePagesOnAfterTheLastUnitShownAndRefusesABadCursor() {
        CuratorSession reviewer = signIn("queue-pager", Role.REVIEWER);
        Document first = reviewer.page("/curation/review?country=CAN&size=2");
        List<String> firstIds = unitLinks(first);
        assertThat(firstIds).hasSize(2);
        assertThat(first.selectFirst("#review-first")).as("no way back from the first page").isNull();
        String next = first.selectFirst("#review-next").attr("href");
        assertThat(next).contains("country=CAN").contains("size=2").contains("after=");
        Document second = reviewer.page(next);
        List<String> secondIds = unitLinks(second);
        assertThat(secondIds).isNotEmpty().doesNotContainAnyElementsOf(firstIds);
        assertThat(secondIds.getFirst()).isGreaterThan(firstIds.getLast());
        assertThat(second.selectFirst("#review-first").attr("href")).doesNotContain("after=");
        assertThat(reviewer.get("/curation/review?after=%3Cscript%3E").statusCode()).isEqualTo(400);
        assertThat(reviewer.get("/curation/review?size=0").statusCode()).isEqualTo(400);
        assertThat(reviewer.get("/curation/review?size=many").statusCode()).isEqualTo(400);
    }

    private static List<String> unitLinks(Document queue) {
        return queue.select("#review-units tbody tr a").stream()
                .map(a -> a.attr("href").replaceFirst("^/curation/units/", "").replaceFirst("\\?.*", "")).toList();
    }

    @Test
    void aCuratorLinksACaseFromTheProvisionsPage() {
        CuratorSession contributor = signIn("link-contrib", Role.CONTRIBUTOR);
        HttpResponse<String> created = contributor.postWithToken("/curation/cases", "/curation/cases/new",
                CaseCatalogueTest.validForm("Provision-side link check", "linking"));
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        String caseId = location.substring(location.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        String provision = reviewerQueueFirstUnit();
        String unitPage = "/curation/units/" + provision;

        Document found = contributor.page(unitPage + "?case_q=provision-side");
        Element result = found.selectFirst("#case-results li[data-case=" + caseId + "]");
        assertThat(result).as("the draft is found by its title").isNotNull();
        assertThat(found.select("#unit-cases li")).isEmpty();

        assertThat(new CuratorSession(base()).post(unitPage + "/cases", Map.of("case_id", List.of(caseId))).statusCode())
                .as("anonymous, no token").isIn(302, 403);
        HttpResponse<String> linked = contributor.postWithToken(unitPage + "/cases", "/curation/cases/new", Map.of("case_id", List.of(caseId)));
        assertThat(linked.statusCode()).isEqualTo(302);
        assertThat(linked.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains(unitPage));

        Document after = contributor.page(unitPage + "?case_q=provision-side");
        assertThat(after.select("#unit-cases li[data-case=" + caseId + "]")).hasSize(1);
        assertThat(after.select("#case-results li[data-case=" + caseId + "]")).as("no longer offered").isEmpty();
        Document casePage = contributor.page("/curation/cases/" + caseId);
        assertThat(casePage.select("#cited-provisions input[name=provision_id]").eachAttr("value")).containsExactly(provision);
        assertThat(casePage.select("#audit").text()).contains(provision);

        assertThat(contributor.postWithToken(unitPage + "/cases", "/curation/cases/new", Map.of("case_id", List.of("no-such-case"))).statusCode())
                .isEqualTo(404);
        assertThat(contributor.postWithToken("/curation/units/no-such-unit/cases", "/curation/cases/new", Map.of("case_id", List.of(caseId)))
                .statusCode()).isEqualTo(404);

        assertThat(contributor.postWithToken(unitPage + "/cases/remove", "/curation/cases/new", Map.of("case_id", List.of(caseId))).statusCode())
                .isEqualTo(302);
        assertThat(contributor.page(unitPage).select("#unit-cases li")).isEmpty();
    }

    private String reviewerQueueFirstUnit() {
        CuratorSession reviewer = signIn("link-queue", Role.REVIEWER);
        List<String> ids = unitLinks(reviewer.page("/curation/review?country=CAN&size=1"));
        assertThat(ids).hasSize(1);
        return ids.getFirst();
    }
}
