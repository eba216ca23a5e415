package org.mycroft.curation.directory;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.apache.solr.client.solrj.SolrClient;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.curation.Curator;
import org.mycroft.curation.Role;
import org.mycroft.curation.audit.AuditLog;
import org.mycroft.curation.cases.CaseStatus;
import org.mycroft.curation.cases.CuratedWorkflow;
import org.mycroft.curation.cases.Transition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every write on a directory entry, with the same workflow, roles, optimistic locking and audit
 * log as cases ({@link CuratedWorkflow}, {@link Transition}, {@link AuditLog}): create, edit,
 * submit, publish, return, archive, and a State's bulk import as drafts in one transaction. The index follows each change
 * (only published public entries are in it).
 */
public class DirectoryWorkflow extends CuratedWorkflow<AuthorityEntry> {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DirectoryRepository entries;
    private final DirectoryValidator validator;
    private final AuthorityIndexer indexer;

    public DirectoryWorkflow(DirectoryRepository entries, DirectoryValidator validator, AuditLog audit, AuthorityIndexer indexer,
            TransactionTemplate tx, Clock clock) {
        super(AuditLog.AUTHORITY, entries, EntryConflictException::new, audit, tx, clock);
        this.entries = entries;
        this.validator = validator;
        this.indexer = indexer;
    }

    /** A workflow outside Spring (for the command line), over a migrated data source and an open index. */
    public static DirectoryWorkflow standalone(DataSource dataSource, SolrClient solr, Taxonomy taxonomy) {
        Standalone db = Standalone.over(dataSource);
        return new DirectoryWorkflow(new DirectoryRepository(db.jdbc()), new DirectoryValidator(taxonomy), db.audit(),
                new AuthorityIndexer(solr, taxonomy), db.tx(), db.clock());
    }

    /** A workflow for bulk imports from the command line: drafts are never indexed, so no index is opened. */
    public static DirectoryWorkflow forImport(DataSource dataSource, Taxonomy taxonomy) {
        return standalone(dataSource, null, taxonomy);
    }

    /** Any entry, for curators; an unknown id raises {@link EntryNotFoundException}. */
    @Override
    public AuthorityEntry get(String id) {
        return entries.find(id).orElseThrow(() -> new EntryNotFoundException(id));
    }

    @Override
    protected void index(AuthorityEntry entry) {
        indexer.put(entry);
    }

    /** The restricted fields of an entry, for a signed-in curator. */
    public Map<String, String> restricted(String id, Curator curator) {
        curator.require(Role.CONTRIBUTOR);
        return entries.restricted(id);
    }

    public List<AuthorityEntry> all(Curator curator) {
        curator.require(Role.CONTRIBUTOR);
        return entries.all();
    }

    /** Creates a draft; throws {@code CaseValidationException} with every field's problem. */
    public AuthorityEntry create(AuthorityDraft draft, Curator curator) {
        curator.require(Role.CONTRIBUTOR);
        DirectoryValidator.StoredFields stored = validator.check(draft);
        String id = newId(draft);
        tx.executeWithoutResult(status -> insert(id, draft, stored, curator, clock.instant()));
        return get(id);
    }

    /** Saves an edit made on {@code baseVersion}; a newer stored version raises {@link EntryConflictException} and writes nothing. */
    public AuthorityEntry update(String id, int baseVersion, AuthorityDraft draft, Curator curator) {
        curator.require(Role.CONTRIBUTOR);
        AuthorityEntry current = get(id);
        Transition.requireEditable(current.status(), curator);
        DirectoryValidator.StoredFields stored = validator.check(draft);
        Map<String, String> oldRestricted = entries.restricted(id);
        Instant now = clock.instant();
        tx.executeWithoutResult(status -> {
            if (!entries.update(id, baseVersion, draft, curator.username(), now)) {
                throw new EntryConflictException(get(id));
            }
            entries.replaceFields(id, stored.open(), stored.restricted());
            audit.recordChanges(AuditLog.AUTHORITY, id, curator.username(), now, flat(current), flat(draft, stored.open()));
            audit.recordRestrictedChanges(AuditLog.AUTHORITY, id, curator.username(), now, oldRestricted, stored.restricted());
        });
        return get(id);
    }

    /**
     * A State's bulk submission: every row is validated; the rows without a problem are saved as
     * drafts, all in one transaction (a failure while writing leaves nothing behind), and every
     * bad row comes back with its line and reason.
     */
    public ImportReport importDrafts(List<ImportRow> rows, Curator curator) {
        curator.require(Role.CONTRIBUTOR);
        List<ImportReport.Rejected> rejected = new ArrayList<>();
        Map<String, Map.Entry<AuthorityDraft, DirectoryValidator.StoredFields>> good = new LinkedHashMap<>();
        for (ImportRow row : rows) {
            if (row.problem() != null) {
                rejected.add(new ImportReport.Rejected(row.line(), row.problem()));
                continue;
            }
            try {
                good.put(newId(row.draft()), Map.entry(row.draft(), validator.check(row.draft())));
            } catch (org.mycroft.curation.cases.CaseValidationException e) {
                rejected.add(new ImportReport.Rejected(row.line(), ImportReport.describe(e.errors())));
            }
        }
        Instant now = clock.instant();
        tx.executeWithoutResult(status -> good.forEach((id, d) -> insert(id, d.getKey(), d.getValue(), curator, now)));
        return new ImportReport(List.copyOf(good.keySet()), rejected);
    }

    /** Rebuilds the directory in the index from the database (after {@code data/solr} was lost, say). */
    public int reindexAll() {
        List<AuthorityEntry> published = entries.withStatus(CaseStatus.PUBLISHED);
        indexer.replaceAll(published);
        return (int) published.stream().filter(AuthorityEntry::isPublic).count();
    }

    /** What a start found: whether the directory was rebuilt in the index, and how many public entries it holds. */
    public record IndexCheck(boolean rebuilt, int publicEntries) {}

    /**
     * Rebuilds the directory in the index only when the index differs from the database: an entry
     * missing or extra, or a unit written from another version of the entry or by another version
     * of the indexer (its marker). A start after a start changes nothing; a lost {@code data/solr},
     * a restored database or an upgraded indexer rebuild it.
     */
    public IndexCheck reindexIfStale() {
        List<AuthorityEntry> published = entries.withStatus(CaseStatus.PUBLISHED);
        Map<String, String> expected = new HashMap<>();
        published.stream().filter(AuthorityEntry::isPublic).forEach(e -> expected.put(e.id(), AuthorityIndexer.marker(e)));
        if (expected.equals(indexer.indexedMarkers())) {
            return new IndexCheck(false, expected.size());
        }
        indexer.replaceAll(published);
        return new IndexCheck(true, expected.size());
    }

    public Optional<AuthorityEntry> find(String id) {
        return entries.find(id);
    }

    /** Seeds and publishes the sample directory when it is empty (first start); returns how many entries were published. */
    public int seedSamplesIfEmpty() {
        return DirectorySamples.seedIfEmpty(entries, this);
    }

    private void insert(String id, AuthorityDraft draft, DirectoryValidator.StoredFields stored, Curator curator, Instant now) {
        entries.insert(id, draft, curator.username(), now);
        entries.replaceFields(id, stored.open(), stored.restricted());
        audit.record(AuditLog.AUTHORITY, id, curator.username(), now, "create", null, null, CaseStatus.DRAFT.id(), null);
        audit.recordChanges(AuditLog.AUTHORITY, id, curator.username(), now, Map.of(), flat(draft, stored.open()));
        audit.recordRestrictedChanges(AuditLog.AUTHORITY, id, curator.username(), now, Map.of(), stored.restricted());
    }

    /** Readable, unguessable ids: {@code authority-fra-extradition-3f9a1c2b}. */
    private static String newId(AuthorityDraft draft) {
        String state = draft.state() == null ? "xxx" : draft.state().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
        String type = draft.authorityType() == null ? "entry" : draft.authorityType().replaceAll("[^a-z-]", "");
        return "authority-" + state + "-" + type + "-" + HexFormat.of().formatHex(RANDOM.generateSeed(4));
    }

    private static Map<String, String> flat(AuthorityEntry e) {
        Map<String, String> m = identity(e.state(), e.authorityType(), e.nameEn(), e.nameLocal(), e.visibility(), e.provenance());
        m.putAll(e.fields());
        return m;
    }

    private static Map<String, String> flat(AuthorityDraft d, Map<String, String> open) {
        Map<String, String> m = identity(d.state(), d.authorityType(), d.nameEn(), d.nameLocal(), d.visibility(), d.provenance());
        m.putAll(open);
        return m;
    }

    private static Map<String, String> identity(String state, String type, String nameEn, String nameLocal, Visibility visibility,
            org.mycroft.curation.cases.Provenance p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("state", state);
        m.put("authority_type", type);
        m.put("name_en", nameEn);
        m.put("name_local", nameLocal);
        m.put("visibility", visibility.id());
        m.put("source_kind", p.sourceKind());
        m.put("source_reference", p.sourceReference());
        m.put("source_url", p.sourceUrl());
        m.put("submitted_by", p.submittedBy());
        m.put("received_on", p.receivedOn() == null ? null : p.receivedOn().toString());
        return m;
    }
}
