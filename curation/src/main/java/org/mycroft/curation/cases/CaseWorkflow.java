package org.mycroft.curation.cases;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.solr.client.solrj.SolrClient;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.curation.Curator;
import org.mycroft.curation.Role;
import org.mycroft.curation.audit.AuditLog;
import org.mycroft.curation.index.CaseIndexer;
import org.mycroft.curation.links.CaseProvisionLinks;
import org.mycroft.curation.tags.TagDecision;
import org.mycroft.curation.tags.TagDecisionRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every write on a case: create, edit, draft → in review → published → archived (and back to draft
 * with a reviewer's comment: the steps every curated record shares, {@link CuratedWorkflow}), tag
 * decisions and provision links. Each method checks the curator's
 * role itself, writes the audit log in the same transaction, then brings the index in line (only
 * published cases are in it).
 */
public class CaseWorkflow extends CuratedWorkflow<CaseRecord> {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CaseRepository cases;
    private final CaseValidator validator;
    private final TagDecisionRepository tags;
    private final CaseProvisionLinks links;
    private final CaseIndexer indexer;

    public CaseWorkflow(CaseRepository cases, CaseValidator validator, AuditLog audit, TagDecisionRepository tags,
            CaseProvisionLinks links, CaseIndexer indexer, TransactionTemplate tx, Clock clock) {
        super(AuditLog.CASE, cases, EditConflictException::new, audit, tx, clock);
        this.cases = cases;
        this.validator = validator;
        this.tags = tags;
        this.links = links;
        this.indexer = indexer;
    }

    /** A workflow outside Spring (for the command line), over a migrated data source and an open index. */
    public static CaseWorkflow standalone(DataSource dataSource, SolrClient solr, Taxonomy taxonomy) {
        Standalone db = Standalone.over(dataSource);
        return new CaseWorkflow(new CaseRepository(db.jdbc()), new CaseValidator(taxonomy), db.audit(),
                new TagDecisionRepository(db.jdbc()), new CaseProvisionLinks(db.jdbc()), new CaseIndexer(solr, taxonomy), db.tx(),
                db.clock());
    }

    @Override
    public CaseRecord get(String id) {
        return cases.find(id).orElseThrow(() -> new CaseNotFoundException(id));
    }

    @Override
    protected void index(CaseRecord record) {
        reindex(record);
    }

    /** Creates a draft; throws {@link CaseValidationException} with every field's problem. */
    public CaseRecord create(CaseFields fields, Map<String, String> restricted, Curator curator) {
        curator.require(Role.CONTRIBUTOR);
        check(fields, restricted);
        String id = "case-curated-" + HexFormat.of().formatHex(RANDOM.generateSeed(6));
        Instant now = clock.instant();
        tx.executeWithoutResult(status -> {
            cases.insert(id, fields, curator.username(), now);
            cases.replaceRestricted(id, restricted);
            audit.record(AuditLog.CASE, id, curator.username(), now, "create", null, null, CaseStatus.DRAFT.id(), null);
            audit.recordChanges(AuditLog.CASE, id, curator.username(), now, Map.of(), flat(fields));
            audit.recordRestrictedChanges(AuditLog.CASE, id, curator.username(), now, Map.of(), restricted);
        });
        return get(id);
    }

    /**
     * Saves an edit made on {@code baseVersion}. A contributor edits drafts, a reviewer also cases in
     * review; a newer stored version raises {@link EditConflictException} and writes nothing.
     */
    public CaseRecord update(String id, int baseVersion, CaseFields fields, Map<String, String> restricted, Curator curator) {
        curator.require(Role.CONTRIBUTOR);
        CaseRecord current = get(id);
        Transition.requireEditable(current.status(), curator);
        check(fields, restricted);
        Instant now = clock.instant();
        Map<String, String> oldRestricted = cases.restricted(id);
        tx.executeWithoutResult(status -> {
            if (!cases.update(id, baseVersion, fields, curator.username(), now)) {
                throw new EditConflictException(get(id));
            }
            cases.replaceRestricted(id, restricted);
            audit.recordChanges(AuditLog.CASE, id, curator.username(), now, flat(current.fields()), flat(fields));
            audit.recordRestrictedChanges(AuditLog.CASE, id, curator.username(), now, oldRestricted, restricted);
        });
        return get(id);
    }

    /** A reviewer's decision on one tag of a case; a published case is re-indexed at once. */
    public void decideTag(String caseId, String tag, TagDecision.Decision decision, Curator curator) {
        curator.require(Role.REVIEWER);
        CaseRecord record = get(caseId);
        boolean suggested = record.fields().tags().contains(tag);
        if (decision != TagDecision.Decision.ADDED && !suggested) {
            throw new WorkflowException("curation.error.no-such-tag", "The case has no suggested tag " + tag);
        }
        if (decision == TagDecision.Decision.ADDED && !validator.isKnownTag(tag)) {
            throw new CaseValidationException(List.of(new FieldError("tag", CaseValidator.UNKNOWN)));
        }
        Instant now = clock.instant();
        tx.executeWithoutResult(status -> {
            String before = tags.decide(caseId, tag, decision, curator.username(), now)
                    .map(d -> d.decision().name().toLowerCase()).orElse(suggested ? "suggested" : null);
            audit.record(AuditLog.CASE, caseId, curator.username(), now, "tag", tag, before, decision.name().toLowerCase(), null);
        });
        reindex(get(caseId));
    }

    /** Links a case to a provision it applied (a provision id of the index). */
    public void link(String caseId, String provisionId, Curator curator) {
        curator.require(Role.CONTRIBUTOR);
        get(caseId);
        Instant now = clock.instant();
        tx.executeWithoutResult(status -> {
            if (links.link(caseId, provisionId, curator.username(), now)) {
                audit.record(AuditLog.CASE, caseId, curator.username(), now, "link", "provision", null, provisionId, null);
            }
        });
        reindex(get(caseId));
    }

    public void unlink(String caseId, String provisionId, Curator curator) {
        curator.require(Role.CONTRIBUTOR);
        Instant now = clock.instant();
        tx.executeWithoutResult(status -> {
            if (links.unlink(caseId, provisionId)) {
                audit.record(AuditLog.CASE, caseId, curator.username(), now, "unlink", "provision", provisionId, null, null);
            }
        });
        reindex(get(caseId));
    }

    /** Rebuilds every curated case in the index from the database (after {@code data/solr} was lost, say). */
    public int reindexAll() {
        indexer.deleteAllCurated();
        List<CaseRecord> published = cases.withStatus(CaseStatus.PUBLISHED);
        published.forEach(this::reindex);
        return published.size();
    }

    private void reindex(CaseRecord record) {
        indexer.put(record, links.provisionsOf(record.id()), tags.forUnit(record.id()));
    }

    private void check(CaseFields fields, Map<String, String> restricted) {
        List<FieldError> errors = validator.validate(fields, restricted);
        if (!errors.isEmpty()) {
            throw new CaseValidationException(errors);
        }
    }

    /** The fields of a case as strings, by their form and index names, for the audit log and the conflict page. */
    public static Map<String, String> flat(CaseFields f) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("title", f.title());
        m.put("summary", f.summary());
        m.put("language", f.language());
        m.put("court", f.court());
        m.put("cooperation_form", f.cooperationForm());
        m.put("requesting_state", f.requestingState());
        m.put("requested_state", f.requestedState());
        m.put("legal_basis", f.legalBasis());
        m.put("legal_basis_detail", f.legalBasisDetail());
        m.put("articles", f.articles().isEmpty() ? null : String.join(" ", f.articles()));
        m.put("crime_types", f.crimeTypes().isEmpty() ? null : String.join(" ", f.crimeTypes()));
        m.put("cross_cutting", f.crossCutting().isEmpty() ? null : String.join(" ", f.crossCutting()));
        m.put("year", f.year() == null ? null : f.year().toString());
        m.put("outcome", f.outcome());
        m.put("source_kind", f.provenance().sourceKind());
        m.put("source_reference", f.provenance().sourceReference());
        m.put("source_url", f.provenance().sourceUrl());
        m.put("submitted_by", f.provenance().submittedBy());
        m.put("received_on", f.provenance().receivedOn() == null ? null : f.provenance().receivedOn().toString());
        m.replaceAll((k, v) -> v == null || v.isBlank() ? null : v);
        return m;
    }
}
