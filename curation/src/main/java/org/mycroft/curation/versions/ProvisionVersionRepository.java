package org.mycroft.curation.versions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mycroft.core.index.IndexFields;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The texts of provisions through time ({@code provision_version}) and the last compared state of each law ({@code law_state}). */
@Repository
public class ProvisionVersionRepository {

    /** The file of a law as last compared. */
    public record LawState(String contentHash, Instant ingestedAt) {}

    /** When a law's text last changed (a provision first seen or superseded), with its State and title as indexed. */
    public record LawUpdate(String lawId, String country, String title, Instant lastChanged) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;

    public ProvisionVersionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ProvisionVersion v) {
        jdbc.sql("INSERT INTO provision_version (unit_id, version, law_id, provision_number, heading, body, text_hash, index_fields,"
                        + " first_seen, superseded_on, change_kind, amended_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(v.unitId(), v.version(), v.lawId(), v.provisionNumber(), v.heading(), v.text(), v.textHash(), v.indexFields(),
                        ts(v.firstSeen()), ts(v.supersededOn()), v.change() == null ? null : v.change().name(), v.amendedBy())
                .update();
    }

    /** Marks the version superseded; false when it was not in force (nothing changes then). */
    public boolean supersede(String unitId, int version, Instant on, ProvisionVersion.Change why, String amendedBy) {
        return jdbc.sql("UPDATE provision_version SET superseded_on = ?, change_kind = ?, amended_by = ?"
                        + " WHERE unit_id = ? AND version = ? AND superseded_on IS NULL")
                .params(ts(on), why.name(), amendedBy, unitId, version).update() == 1;
    }

    /**
     * A version in force as the index has it now, after the same file was read again: new tags, or
     * a newer extractor's reading of the same text. No new version: the law did not change.
     */
    public void refresh(String unitId, int version, String heading, String text, String textHash, String indexFields) {
        jdbc.sql("UPDATE provision_version SET heading = ?, body = ?, text_hash = ?, index_fields = ? WHERE unit_id = ? AND version = ?")
                .params(heading, text, textHash, indexFields, unitId, version).update();
    }

    /** The versions in force of a law's provisions, by unit id. */
    public Map<String, ProvisionVersion> inForce(String lawId) {
        Map<String, ProvisionVersion> byUnit = new HashMap<>();
        jdbc.sql("SELECT * FROM provision_version WHERE law_id = ? AND superseded_on IS NULL").param(lawId)
                .query(ProvisionVersionRepository::map).list().forEach(v -> byUnit.put(v.unitId(), v));
        return byUnit;
    }

    /** The highest version number a provision has had, 0 for none. */
    public int lastVersion(String unitId) {
        Integer last = jdbc.sql("SELECT MAX(version) FROM provision_version WHERE unit_id = ?").param(unitId)
                .query(Integer.class).optional().orElse(null);
        return last == null ? 0 : last;
    }

    /** Every version of a provision, oldest first. */
    public List<ProvisionVersion> history(String unitId) {
        return jdbc.sql("SELECT * FROM provision_version WHERE unit_id = ? ORDER BY version").param(unitId)
                .query(ProvisionVersionRepository::map).list();
    }

    public Optional<ProvisionVersion> find(String unitId, int version) {
        return jdbc.sql("SELECT * FROM provision_version WHERE unit_id = ? AND version = ?").params(unitId, version)
                .query(ProvisionVersionRepository::map).optional();
    }

    /** Every superseded version, by law and unit: what the index must hold besides the texts in force. */
    public List<ProvisionVersion> superseded() {
        return jdbc.sql("SELECT * FROM provision_version WHERE superseded_on IS NOT NULL ORDER BY law_id, unit_id, version")
                .query(ProvisionVersionRepository::map).list();
    }

    public Map<String, LawState> lawStates() {
        Map<String, LawState> states = new HashMap<>();
        jdbc.sql("SELECT law_id, content_hash, ingested_at FROM law_state").query(rs -> {
            states.put(rs.getString("law_id"), new LawState(rs.getString("content_hash"), instant(rs.getTimestamp("ingested_at"))));
        });
        return states;
    }

    /**
     * Every law this record holds with the date its text last changed here, for the staleness
     * report. A law's State and title are read from the stored index fields of one of its
     * provisions (its first unit's first version): one JSON read per law, not per provision.
     * Laws whose stored fields name no State are left out.
     */
    public List<LawUpdate> lawUpdates() {
        List<LawUpdate> laws = new ArrayList<>();
        jdbc.sql("SELECT p.law_id, p.index_fields, g.seen, g.superseded FROM provision_version p"
                        + " JOIN (SELECT law_id, MIN(unit_id) AS first_unit, MAX(first_seen) AS seen, MAX(superseded_on) AS superseded"
                        + " FROM provision_version GROUP BY law_id) g ON p.unit_id = g.first_unit AND p.version = 1"
                        + " ORDER BY p.law_id")
                .query(rs -> {
                    JsonNode fields = readFields(rs.getString("index_fields"));
                    String country = fields.path(IndexFields.COUNTRY).asText("");
                    if (country.isBlank()) {
                        return;
                    }
                    Instant seen = instant(rs.getTimestamp("seen"));
                    Instant superseded = instant(rs.getTimestamp("superseded"));
                    Instant last = superseded != null && superseded.isAfter(seen) ? superseded : seen;
                    String lawId = rs.getString("law_id");
                    String title = fields.path(IndexFields.PARENT_TITLE).asText(fields.path(IndexFields.TITLE).asText(lawId));
                    laws.add(new LawUpdate(lawId, country, title, last));
                });
        return laws;
    }

    private static JsonNode readFields(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode(); // written by VersionDocuments.fieldsOf, so never expected; a bad row names no State
        }
    }

    public void saveLawState(String lawId, LawState state, Instant now) {
        int updated = jdbc.sql("UPDATE law_state SET content_hash = ?, ingested_at = ?, checked_at = ? WHERE law_id = ?")
                .params(state.contentHash(), ts(state.ingestedAt()), ts(now), lawId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO law_state (law_id, content_hash, ingested_at, checked_at) VALUES (?, ?, ?, ?)")
                    .params(lawId, state.contentHash(), ts(state.ingestedAt()), ts(now)).update();
        }
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    private static ProvisionVersion map(ResultSet rs, int row) throws SQLException {
        String change = rs.getString("change_kind");
        return new ProvisionVersion(rs.getString("unit_id"), rs.getInt("version"), rs.getString("law_id"),
                rs.getString("provision_number"), rs.getString("heading"), rs.getString("body"), rs.getString("text_hash"),
                rs.getString("index_fields"), instant(rs.getTimestamp("first_seen")), instant(rs.getTimestamp("superseded_on")),
                change == null ? null : ProvisionVersion.Change.valueOf(change), rs.getString("amended_by"));
    }
}
