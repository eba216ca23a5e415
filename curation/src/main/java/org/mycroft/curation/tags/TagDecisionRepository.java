package org.mycroft.curation.tags;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tag decisions keyed by unit and tag only, so they outlive re-ingests and rule changes. */
@Repository
public class TagDecisionRepository {

    private final JdbcClient jdbc;

    public TagDecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records (or replaces) the decision on one tag; returns the previous one. */
    public Optional<TagDecision> decide(String unitId, String tag, TagDecision.Decision decision, String actor, Instant now) {
        Optional<TagDecision> previous = find(unitId, tag);
        if (previous.isPresent()) {
            jdbc.sql("UPDATE tag_decision SET decision = ?, decided_by = ?, decided_at = ? WHERE unit_id = ? AND tag = ?")
                    .params(decision.name(), actor, Timestamp.from(now), unitId, tag).update();
        } else {
            jdbc.sql("INSERT INTO tag_decision (unit_id, tag, decision, decided_by, decided_at) VALUES (?, ?, ?, ?, ?)")
                    .params(unitId, tag, decision.name(), actor, Timestamp.from(now)).update();
        }
        return previous;
    }

    public Optional<TagDecision> find(String unitId, String tag) {
        return jdbc.sql("SELECT * FROM tag_decision WHERE unit_id = ? AND tag = ?").params(unitId, tag)
                .query(TagDecisionRepository::map).optional();
    }

    public List<TagDecision> forUnit(String unitId) {
        return jdbc.sql("SELECT * FROM tag_decision WHERE unit_id = ? ORDER BY tag").param(unitId)
                .query(TagDecisionRepository::map).list();
    }

    public List<TagDecision> all() {
        return jdbc.sql("SELECT * FROM tag_decision ORDER BY unit_id, tag").query(TagDecisionRepository::map).list();
    }

    private static TagDecision map(ResultSet rs, int row) throws SQLException {
        return new TagDecision(rs.getString("unit_id"), rs.getString("tag"), TagDecision.Decision.valueOf(rs.getString("decision")),
                rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant());
    }
}
