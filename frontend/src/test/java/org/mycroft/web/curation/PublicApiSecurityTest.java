package org.mycroft.web.curation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mycroft.curation.Role;
import org.mycroft.curation.account.AccountService;
import org.mycroft.web.PortalTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.savedrequest.RequestCacheAwareFilter;
import org.springframework.security.web.servletapi.SecurityContextHolderAwareRequestFilter;
import org.springframework.security.web.authentication.logout.LogoutFilter;

/**
 * The public API's reads go through a chain without session, CSRF, saved request or logout; every
 * write under {@code /api} and the reads that depend on the reader (directory, country profiles)
 * stay on the pages' chain. That restricted data stays hidden from anonymous readers and visible to
 * signed-in ones on every route is {@code DirectoryLeakTest}'s.
 */
class PublicApiSecurityTest extends PortalTestSupport {

    static final String PASSWORD = "public-api-password-1";

    @Autowired
    FilterChainProxy security;

    @Autowired
    AccountService accounts;

    private List<Class<?>> filtersOf(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setServletPath(path);
        SecurityFilterChain chain = security.getFilterChains().stream().filter(c -> c.matches(request)).findFirst().orElseThrow();
        return chain.getFilters().stream().<Class<?>>map(Filter::getClass).toList();
    }

    @Test
    void publicReadsSkipTheFiltersOnlyASessionNeeds() {
        for (String path : List.of("/api/search", "/api/search.csv", "/api/documents/x", "/api/search/cursor", "/api/statistics")) {
            for (String method : List.of("GET", "HEAD")) {
                assertThat(filtersOf(method, path)).as(method + " " + path).doesNotContain(CsrfFilter.class,
                        RequestCacheAwareFilter.class, LogoutFilter.class, SecurityContextHolderAwareRequestFilter.class);
            }
        }
    }

    @Test
    void writesUnderTheApiAndReaderDependentReadsKeepThePagesChain() {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            assertThat(filtersOf(method, "/api/search")).as(method).contains(CsrfFilter.class, SecurityContextHolderAwareRequestFilter.class);
        }
        for (String path : List.of("/api/directory", "/api/directory/some-id", "/api/countries/COL")) {
            assertThat(filtersOf("GET", path)).as(path).contains(SecurityContextHolderAwareRequestFilter.class);
        }
    }

    @Test
    void aWriteToTheApiWithoutTheCsrfTokenIsRefusedEvenWhenSignedIn() {
        CuratorSession curator = CuratorSession.signIn(base(), accounts, "public-api-curator", Role.ADMIN, PASSWORD);
        for (CuratorSession session : List.of(new CuratorSession(base()), curator)) {
            HttpResponse<String> write = session.post("/api/search", Map.of("q", List.of("extradition")));
            assertThat(write.statusCode()).isEqualTo(403);
        }
        // The signed-in reader's session still works on the pages' chain, and a read needs none.
        assertThat(curator.get("/curation").statusCode()).isEqualTo(200);
        HttpResponse<String> read = curator.get("/api/search?q=extradition", "application/json");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().allValues("Set-Cookie")).isEmpty();
    }
}
