package org.mycroft.curation.links;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which provisions (index ids of ingested law units) a case applied. */
@Repository
public class CaseProvisionLinks {

    private final JdbcClient jdbc;

    public CaseProvisionLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a link; false when the case already cites that provision. */
    public boolean link(String caseId, String provisionId, String actor, Instant now) {
        if (provisionsOf(caseId).contains(provisionId)) {
            return false;
        }
        jdbc.sql("INSERT INTO case_provision (case_id, provision_id, added_by, added_at) VALUES (?, ?, ?, ?)")
                .params(caseId, provisionId, actor, Timestamp.from(now)).update();
        return true;
    }

    public boolean unlink(String caseId, String provisionId) {
        return jdbc.sql("DELETE FROM case_provision WHERE case_id = ? AND provision_id = ?").params(caseId, provisionId).update() == 1;
    }

    public List<String> provisionsOf(String caseId) {
        return jdbc.sql("SELECT provision_id FROM case_provision WHERE case_id = ? ORDER BY added_at, provision_id")
                .param(caseId).query(String.class).list();
    }

    public List<String> casesCiting(String provisionId) {
        return jdbc.sql("SELECT case_id FROM case_provision WHERE provision_id = ? ORDER BY case_id")
                .param(provisionId).query(String.class).list();
    }
}
