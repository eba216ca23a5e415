package org.mycroft.curation.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Cases and their restricted fields. Updates name the version they were based on: a stale version
 * changes nothing (optimistic locking), and the caller shows the conflict. The SQL of drafts, edits
 * and workflow steps is the one every curated record shares ({@link CuratedTable}).
 */
@Repository
public class CaseRepository extends CuratedTable<CaseFields> {

    private static final String COLUMNS = "title, summary, language, court, cooperation_form, requesting_state, requested_state,"
            + " legal_basis, legal_basis_detail, articles, crime_types, cross_cutting, decision_year, outcome";

    public CaseRepository(JdbcClient jdbc) {
        super(jdbc, "cooperation_case", COLUMNS);
    }

    public Optional<CaseRecord> find(String id) {
        return jdbc.sql("SELECT * FROM cooperation_case WHERE id = ?").param(id).query(CaseRepository::map).optional();
    }

    public List<CaseRecord> withStatus(CaseStatus status) {
        return jdbc.sql("SELECT * FROM cooperation_case WHERE status = ? ORDER BY updated_at DESC, id")
                .param(status.name()).query(CaseRepository::map).list();
    }

    /**
     * Cases whose title contains {@code text} (any case) or whose id is {@code text}, newest change
     * first: how a curator finds the case to link from a provision's page. Archived cases are left out.
     */
    public List<CaseRecord> search(String text, int max) {
        String pattern = "%" + text.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return jdbc.sql("SELECT * FROM cooperation_case WHERE status <> ? AND (LOWER(title) LIKE ? ESCAPE '\\' OR id = ?)"
                        + " ORDER BY updated_at DESC, id FETCH FIRST " + Math.max(1, max) + " ROWS ONLY")
                .params(CaseStatus.ARCHIVED.name(), pattern, text.strip()).query(CaseRepository::map).list();
    }

    public List<CaseRecord> all() {
        return jdbc.sql("SELECT * FROM cooperation_case ORDER BY updated_at DESC, id").query(CaseRepository::map).list();
    }

    /** The restricted fields of a case (names of victims and witnesses...): for signed-in curators only. */
    public Map<String, String> restricted(String caseId) {
        Map<String, String> fields = new LinkedHashMap<>();
        jdbc.sql("SELECT name, field_value FROM restricted_field WHERE case_id = ? ORDER BY name").param(caseId)
                .query(rs -> {
                    fields.put(rs.getString("name"), rs.getString("field_value"));
                });
        return fields;
    }

    /** Replaces the restricted fields of a case; blank values are dropped. */
    public void replaceRestricted(String caseId, Map<String, String> fields) {
        jdbc.sql("DELETE FROM restricted_field WHERE case_id = ?").param(caseId).update();
        fields.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                jdbc.sql("INSERT INTO restricted_field (case_id, name, field_value) VALUES (?, ?, ?)")
                        .params(caseId, name, value.strip()).update();
            }
        });
    }

    @Override
    protected List<Object> values(CaseFields f) {
        return Arrays.asList(f.title(), f.summary(), f.language(), f.court(), f.cooperationForm(), f.requestingState(),
                f.requestedState(), f.legalBasis(), f.legalBasisDetail(), join(f.articles()), join(f.crimeTypes()),
                join(f.crossCutting()), f.year(), f.outcome());
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : String.join(" ", values);
    }

    private static List<String> split(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.strip().split("\\s+"));
    }

    private static CaseRecord map(ResultSet rs, int row) throws SQLException {
        Integer year = rs.getObject("decision_year", Integer.class);
        CaseFields fields = new CaseFields(rs.getString("title"), rs.getString("summary"), rs.getString("language"),
                rs.getString("court"), rs.getString("cooperation_form"), rs.getString("requesting_state"),
                rs.getString("requested_state"), rs.getString("legal_basis"), rs.getString("legal_basis_detail"),
                split(rs.getString("articles")), split(rs.getString("crime_types")), split(rs.getString("cross_cutting")),
                year, rs.getString("outcome"), provenance(rs));
        return new CaseRecord(rs.getString("id"), rs.getInt("version"), CaseStatus.valueOf(rs.getString("status")), fields,
                rs.getString("created_by"), instant(rs.getTimestamp("created_at")), rs.getString("updated_by"),
                instant(rs.getTimestamp("updated_at")), instant(rs.getTimestamp("published_at")),
                rs.getString("review_comment"));
    }
}
