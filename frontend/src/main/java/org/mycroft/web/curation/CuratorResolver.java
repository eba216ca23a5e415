package org.mycroft.web.curation;

import java.security.Principal;
import org.mycroft.curation.CurationAccessDeniedException;
import org.mycroft.curation.Curator;
import org.mycroft.curation.account.AccountService;
import org.springframework.stereotype.Component;

/** The signed-in curator with the role the database holds now (a changed role applies at once). */
@Component
record CuratorResolver(AccountService accounts) {

    Curator of(Principal principal) {
        if (principal == null) {
            throw new CurationAccessDeniedException("Not signed in");
        }
        return accounts.find(principal.getName()).map(a -> new Curator(a.username(), a.role()))
                .orElseThrow(() -> new CurationAccessDeniedException("No account " + principal.getName()));
    }
}
