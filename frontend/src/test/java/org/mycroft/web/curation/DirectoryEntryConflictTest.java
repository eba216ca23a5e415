package org.mycroft.web.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.mycroft.curation.Role;
import org.mycroft.curation.account.AccountService;
import org.mycroft.web.PortalTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two curators editing one directory entry over real HTTP: the second save, made on the version both
 * started from, is a 409 page that links to the saved entry and overwrites nothing; a workflow step
 * on a stale version answers the same way.
 */
class DirectoryEntryConflictTest extends PortalTestSupport {

    private static final String PASSWORD = "a long enough password";
    private static final String BASE = "/curation/directory";

    @Autowired
    AccountService accounts;

    private static Map<String, List<String>> entry(String name) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("state", List.of("KEN"));
        form.put("authority_type", List.of("extradition"));
        form.put("name_en", List.of(name));
        form.put("visibility", List.of("public"));
        form.put("email", List.of("extradition@example.org"));
        form.put("source_kind", List.of("state-submission"));
        form.put("submitted_by", List.of("Secretariat"));
        return form;
    }

    private static Map<String, List<String>> withVersion(Map<String, List<String>> form, String version) {
        form.put("version", List.of(version));
        return form;
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsAConflictThatOverwritesNothing() {
        CuratorSession first = CuratorSession.signIn(base(), accounts, "dirconf-contrib", Role.CONTRIBUTOR, PASSWORD);
        CuratorSession second = CuratorSession.signIn(base(), accounts, "dirconf-review", Role.REVIEWER, PASSWORD);
        HttpResponse<String> created = first.postWithToken(BASE, BASE + "/new", entry("Conflict Authority"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        String entryPage = BASE + "/" + id;
        String version = first.page(entryPage + "/edit").selectFirst("input[name=version]").val();

        HttpResponse<String> mine = first.postWithToken(entryPage, entryPage + "/edit",
                withVersion(entry("Authority as the first curator saved it"), version));
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(302);
        HttpResponse<String> theirs = second.postWithToken(entryPage, entryPage + "/edit",
                withVersion(entry("Authority as the second curator typed it"), version));
        assertThat(theirs.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(theirs.body()).select("main a").eachAttr("href")).anyMatch(h -> h.startsWith(entryPage));
        assertThat(first.page(entryPage).selectFirst("h1").text()).isEqualTo("Authority as the first curator saved it");

        HttpResponse<String> staleStep = second.postWithToken(entryPage + "/submit", entryPage, Map.of("version", List.of(version)));
        assertThat(staleStep.statusCode()).isEqualTo(409);
        assertThat(first.page(entryPage).selectFirst("#entry-status").attr("data-status")).isEqualTo("DRAFT");
    }
}
