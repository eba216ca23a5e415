package org.mycroft.curation;

import org.mycroft.curation.account.AccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** There is no default password: on a start without any account, the log says how to create the first one. */
@Component
record FirstStartNotice(AccountService accounts, @Value("${mycroft.data-dir:data}") String dataDir)
        implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstStartNotice.class);

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.noAccounts()) {
            LOG.warn("No curator account yet, so nobody can sign in at /login. Create the first one with: "
                    + "./mycroft users add NAME --role admin --data {}", dataDir);
        }
    }
}
