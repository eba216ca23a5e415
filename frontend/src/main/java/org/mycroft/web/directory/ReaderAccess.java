package org.mycroft.web.directory;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.mycroft.curation.Role;
import org.mycroft.curation.account.AccountService;
import org.mycroft.curation.directory.Access;
import org.springframework.stereotype.Component;

/**
 * What the reader of a directory page may see, from the account's role as the database holds it
 * now (a role taken away applies at once): anonymous visitors read public data only.
 */
@Component
record ReaderAccess(AccountService accounts) {

    Access of(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            return Access.PUBLIC;
        }
        Role role = accounts.find(principal.getName()).map(a -> a.role()).orElse(null);
        return Access.of(role);
    }
}
