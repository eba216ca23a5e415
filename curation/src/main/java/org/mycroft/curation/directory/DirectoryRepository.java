package org.mycroft.curation.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mycroft.curation.cases.CaseStatus;
import org.mycroft.curation.cases.CuratedTable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Directory entries, their public fields and, apart, their restricted fields. Every read that can
 * serve a public page takes an {@link Access}: for {@link Access#PUBLIC} the SQL itself excludes
 * restricted entries and never touches the restricted table, so no later step can leak them.
 * Drafts, edits and workflow steps use the SQL every curated record shares ({@link CuratedTable}).
 */
public class DirectoryRepository extends CuratedTable<AuthorityDraft> {

    private static final String COLUMNS = "state, authority_type, name_en, name_local, visibility";
    /** The fields full-text search reads besides the names: the free-text ones. */
    private static final List<String> SEARCHED_FIELDS = AuthorityIndexer.TEXT_FIELDS.stream().map(DirectoryField::id).toList();

    public DirectoryRepository(JdbcClient jdbc) {
        super(jdbc, "authority_entry", COLUMNS);
    }

    /** Replaces both sets of fields of an entry (the caller runs it in the transaction of the entry's update). */
    public void replaceFields(String id, Map<String, String> open, Map<String, String> restricted) {
        replace("authority_field", id, open);
        replace("authority_restricted_field", id, restricted);
    }

    /** Any entry whatever its status or visibility, with its public fields: for the curators' workflow. */
    public Optional<AuthorityEntry> find(String id) {
        return jdbc.sql("SELECT * FROM authority_entry WHERE id = ?").param(id).query(DirectoryRepository::map).optional()
                .map(e -> e.withFields(fields("authority_field", List.of(id)).getOrDefault(id, Map.of())));
    }

    /** A published entry as the reader may see it: a restricted entry is not found for the public, exactly like an unknown id. */
    public Optional<AuthorityEntry> findPublished(String id, Access access) {
        return jdbc.sql("SELECT * FROM authority_entry WHERE id = ? AND status = ?" + visibilityClause(access))
                .params(id, CaseStatus.PUBLISHED.name()).query(DirectoryRepository::map).optional()
                .map(e -> e.withFields(fields("authority_field", List.of(id)).getOrDefault(id, Map.of())));
    }

    /** The restricted fields of an entry: call only for an authorised reader or a curator. */
    public Map<String, String> restricted(String id) {
        return fields("authority_restricted_field", List.of(id)).getOrDefault(id, Map.of());
    }

    /** Published entries matching the query that the reader may see, by State then type then name. */
    public List<AuthorityEntry> search(DirectoryQuery q, Access access) {
        StringBuilder sql = new StringBuilder("SELECT * FROM authority_entry e WHERE status = :published");
        Map<String, Object> params = new HashMap<>();
        params.put("published", CaseStatus.PUBLISHED.name());
        if (!access.seesRestricted()) {
            sql.append(" AND visibility = :public");
            params.put("public", Visibility.PUBLIC.name());
        }
        if (!q.states().isEmpty()) {
            sql.append(" AND state IN (:states)");
            params.put("states", q.states());
        }
        if (!q.types().isEmpty()) {
            sql.append(" AND authority_type IN (:types)");
            params.put("types", q.types());
        }
        if (q.text() != null) {
            appendText(sql, params, q.text(), access);
        }
        sql.append(" ORDER BY state, authority_type, name_en, id");
        List<AuthorityEntry> entries = jdbc.sql(sql.toString()).params(params).query(DirectoryRepository::map).list();
        return withFields(entries);
    }

    /** Every entry (any status), for the curators' list and the staleness report. */
    public List<AuthorityEntry> all() {
        return withFields(jdbc.sql("SELECT * FROM authority_entry ORDER BY state, authority_type, name_en, id")
                .query(DirectoryRepository::map).list());
    }

    public List<AuthorityEntry> withStatus(CaseStatus status) {
        return withFields(jdbc.sql("SELECT * FROM authority_entry WHERE status = ? ORDER BY state, authority_type, name_en, id")
                .param(status.name()).query(DirectoryRepository::map).list());
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM authority_entry").query(Long.class).single();
    }

    /** Every word must occur (case-insensitively) in a name or a searched field the reader may see. */
    private static void appendText(StringBuilder sql, Map<String, Object> params, String text, Access access) {
        String[] words = text.toLowerCase(Locale.ROOT).split("\\s+");
        params.put("searched", SEARCHED_FIELDS);
        for (int i = 0; i < words.length && i < 10; i++) {
            String p = "w" + i;
            params.put(p, "%" + words[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            sql.append(" AND (LOWER(name_en) LIKE :").append(p).append(" ESCAPE '\\' OR LOWER(COALESCE(name_local, '')) LIKE :")
                    .append(p).append(" ESCAPE '\\'").append(fieldMatch("authority_field", p));
            if (access.seesRestricted()) {
                sql.append(fieldMatch("authority_restricted_field", p));
            }
            sql.append(")");
        }
    }

    private static String fieldMatch(String table, String param) {
        return " OR EXISTS (SELECT 1 FROM " + table + " f WHERE f.entry_id = e.id AND f.name IN (:searched)"
                + " AND LOWER(f.field_value) LIKE :" + param + " ESCAPE '\\')";
    }

    private static String visibilityClause(Access access) {
        return access.seesRestricted() ? "" : " AND visibility = '" + Visibility.PUBLIC.name() + "'";
    }

    private List<AuthorityEntry> withFields(List<AuthorityEntry> entries) {
        if (entries.isEmpty()) {
            return entries;
        }
        Map<String, Map<String, String>> byId = fields("authority_field", entries.stream().map(AuthorityEntry::id).toList());
        return entries.stream().map(e -> e.withFields(byId.getOrDefault(e.id(), Map.of()))).toList();
    }

    private Map<String, Map<String, String>> fields(String table, List<String> ids) {
        Map<String, Map<String, String>> byId = new HashMap<>();
        jdbc.sql("SELECT entry_id, name, field_value FROM " + table + " WHERE entry_id IN (:ids) ORDER BY entry_id, name")
                .param("ids", ids)
                .query(rs -> {
                    byId.computeIfAbsent(rs.getString("entry_id"), k -> new LinkedHashMap<>())
                            .put(rs.getString("name"), rs.getString("field_value"));
                });
        return byId;
    }

    private void replace(String table, String id, Map<String, String> fields) {
        jdbc.sql("DELETE FROM " + table + " WHERE entry_id = ?").param(id).update();
        fields.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                jdbc.sql("INSERT INTO " + table + " (entry_id, name, field_value) VALUES (?, ?, ?)").params(id, name, value).update();
            }
        });
    }

    /** The identifying fields; the others are rows of the field tables ({@link #replaceFields}). */
    @Override
    protected List<Object> values(AuthorityDraft d) {
        return Arrays.asList(d.state(), d.authorityType(), d.nameEn(), blankToNull(d.nameLocal()), d.visibility().name());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static AuthorityEntry map(ResultSet rs, int row) throws SQLException {
        return new AuthorityEntry(rs.getString("id"), rs.getInt("version"), CaseStatus.valueOf(rs.getString("status")),
                Visibility.valueOf(rs.getString("visibility")), rs.getString("state"), rs.getString("authority_type"),
                rs.getString("name_en"), rs.getString("name_local"), Map.of(), provenance(rs), rs.getString("created_by"),
                instant(rs.getTimestamp("created_at")), rs.getString("updated_by"), instant(rs.getTimestamp("updated_at")),
                instant(rs.getTimestamp("published_at")), rs.getString("review_comment"));
    }
}
