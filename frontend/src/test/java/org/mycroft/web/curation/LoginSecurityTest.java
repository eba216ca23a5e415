package org.mycroft.web.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mycroft.curation.Role;
import org.mycroft.curation.account.AccountService;
import org.mycroft.web.PortalTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/** Sign-in over real HTTP: CSRF on the form, a new session id at login, secure cookies, lock after five wrong passwords. */
class LoginSecurityTest extends PortalTestSupport {

    static final String PASSWORD = "correct horse battery";

    @Autowired
    AccountService accounts;

    private void account(String name, Role role) {
        if (accounts.find(name).isEmpty()) {
            accounts.add(name, PASSWORD, role);
        }
    }

    @Test
    void loginFormCarriesCsrfAndAPostWithoutItIsRefused() {
        account("login-csrf", Role.CONTRIBUTOR);
        CuratorSession s = new CuratorSession(base());
        assertThat(s.page("/login").select("form[action^=/login] input[name=_csrf]")).hasSize(1);
        HttpResponse<String> noToken = s.post("/login", Map.of("username", List.of("login-csrf"), "password", List.of(PASSWORD)));
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(s.get("/curation").statusCode()).as("still anonymous").isEqualTo(302);
    }

    @Test
    void loginChangesTheSessionIdAndSetsASecureHttpOnlyCookie() {
        account("login-ok", Role.REVIEWER);
        CuratorSession s = new CuratorSession(base());
        String csrf = s.csrf("/login");
        String before = s.sessionId();
        assertThat(before).as("the login page's CSRF token lives in a session").isNotNull();
        HttpResponse<String> response = s.post("/login", Map.of("username", List.of("login-ok"), "password", List.of(PASSWORD),
                "_csrf", List.of(csrf)));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/curation"));
        assertThat(s.sessionId()).isNotEqualTo(before);
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("Secure"));
        assertThat(s.get("/curation").statusCode()).isEqualTo(200);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        account("login-locked", Role.CONTRIBUTOR);
        CuratorSession s = new CuratorSession(base());
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = s.login("login-locked", "not the password " + i);
            assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login?error"));
        }
        HttpResponse<String> right = s.login("login-locked", PASSWORD);
        assertThat(right.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login?locked"));
        assertThat(s.get("/curation").statusCode()).isEqualTo(302);
        assertThat(accounts.find("login-locked").orElseThrow().failedLogins()).isEqualTo(5);
    }

    @Test
    void publicPagesAndTheApiStayAnonymousAndSessionless() {
        HttpResponse<String> search = get("/search?q=extradition");
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.headers().allValues("Set-Cookie")).isEmpty();
        HttpResponse<String> api = get("/api/search?q=extradition", "Accept", "application/json");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(get("/curation").statusCode()).as("the workspace asks to sign in").isEqualTo(302);
    }
}
