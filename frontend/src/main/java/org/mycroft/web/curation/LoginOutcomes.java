package org.mycroft.web.curation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mycroft.curation.Role;
import org.mycroft.curation.account.AccountService;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** Counts wrong passwords (the account locks after five, for longer each time) and resets the count on success. */
final class LoginOutcomes {

    private LoginOutcomes() {}

    static final class Success extends SavedRequestAwareAuthenticationSuccessHandler {
        private final AccountService accounts;

        Success(AccountService accounts) {
            this.accounts = accounts;
            setDefaultTargetUrl("/curation");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
                throws IOException, jakarta.servlet.ServletException {
            accounts.loginSucceeded(auth.getName());
            boolean curator = auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + Role.CONTRIBUTOR.name()));
            if (!curator) {
                // an authority's account reads the directory; the curators' workspace would only answer 403
                clearAuthenticationAttributes(request);
                getRedirectStrategy().sendRedirect(request, response, "/directory");
                return;
            }
            super.onAuthenticationSuccess(request, response, auth);
        }
    }

    static final class Failure implements AuthenticationFailureHandler {
        private final AccountService accounts;

        Failure(AccountService accounts) {
            this.accounts = accounts;
        }

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
                throws IOException {
            String username = request.getParameter("username");
            if (e instanceof BadCredentialsException && username != null) {
                accounts.loginFailed(username);
            }
            // The same answer for an unknown name and a wrong password; a lock is said as such.
            String outcome = e instanceof LockedException ? "locked" : "error";
            String lang = request.getParameter("lang");
            response.sendRedirect(request.getContextPath() + "/login?" + outcome
                    + (lang != null && lang.matches("[a-z]{2}") ? "&lang=" + lang : ""));
        }
    }
}
