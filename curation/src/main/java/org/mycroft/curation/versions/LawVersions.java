package org.mycroft.curation.versions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.index.IndexQueries;
import org.mycroft.core.taxonomy.DocType;
import org.mycroft.ingest.source.SidecarReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the versions of laws, as a step after every ingest, harvest and reindex. For each ingested
 * law whose file changed since it was last compared, every provision's text is compared with the
 * version in force in the database: a changed text supersedes it (on the day the new file was
 * ingested, by the amending source the law's sidecar names in {@code amended_by}), a provision the
 * law lost is superseded as removed, a new one starts at version 1. Then every superseded version
 * the index lacks is indexed again from the database (after a re-ingest replaced the law's units,
 * or after {@code data/solr} was deleted). The ingest pipeline itself is not touched.
 */
public record LawVersions(SolrClient solr, ProvisionVersionRepository versions, TransactionTemplate tx, Clock clock) {

    /** Sidecar key naming the amending act of a changed file (e.g. "Act No. 12 of 2024"). */
    public static final String AMENDED_BY_KEY = "amended_by";
    private static final int MAX_ROWS = 1_000_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one run did. */
    public record Report(int lawsRead, int added, int superseded, int indexed) {
        public boolean changedAnything() {
            return added + superseded + indexed > 0;
        }
    }

    /** Outside Spring (the command line), over a migrated data source. */
    public static LawVersions standalone(DataSource dataSource, SolrClient solr) {
        return new LawVersions(solr, new ProvisionVersionRepository(JdbcClient.create(dataSource)),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), Clock.systemUTC());
    }

    public Report sync() {
        Map<String, ProvisionVersionRepository.LawState> known = versions.lawStates();
        Set<String> present = new HashSet<>();
        int read = 0;
        int[] counts = new int[2];
        for (SolrDocument first : query(IndexQueries.everything()
                .addFilterQuery(IndexQueries.docType(DocType.LEGISLATION))
                .addFilterQuery(IndexQueries.not(IndexFields.SOURCE_KIND + ":[* TO *]"))
                .addFilterQuery(IndexQueries.is(IndexFields.POSITION, 0))
                .setFields(IndexFields.PARENT_ID, IndexFields.CONTENT_HASH, IndexFields.INGESTED_AT))) {
            String lawId = (String) first.getFieldValue(IndexFields.PARENT_ID);
            String hash = (String) first.getFieldValue(IndexFields.CONTENT_HASH);
            if (lawId == null || hash == null) {
                continue;
            }
            present.add(lawId);
            Date ingested = (Date) first.getFieldValue(IndexFields.INGESTED_AT);
            var state = new ProvisionVersionRepository.LawState(hash, ingested == null ? null : ingested.toInstant());
            var before = known.get(lawId);
            if (!state.equals(before)) {
                boolean fileChanged = before != null && !before.contentHash().equals(hash);
                tx.executeWithoutResult(status -> {
                    int[] one = compare(lawId, fileChanged, state);
                    counts[0] += one[0];
                    counts[1] += one[1];
                    versions.saveLawState(lawId, state, clock.instant());
                });
                read++;
            }
        }
        return new Report(read, counts[0], counts[1], indexSuperseded(present));
    }

    /** Compares a law's units in the index with its versions in force; returns {added, superseded}. */
    private int[] compare(String lawId, boolean fileChanged, ProvisionVersionRepository.LawState state) {
        List<SolrDocument> units = query(IndexQueries.everything()
                .addFilterQuery(IndexQueries.is(IndexFields.PARENT_ID, lawId))
                .addSort(IndexFields.POSITION, SolrQuery.ORDER.asc).setFields("*"));
        Map<String, ProvisionVersion> inForce = versions.inForce(lawId);
        Instant when = state.ingestedAt() == null ? clock.instant() : state.ingestedAt();
        // The amending source is only meaningful when the file itself changed.
        String amendedBy = fileChanged && !units.isEmpty() ? amendedBy(units.getFirst()) : null;
        int added = 0;
        int superseded = 0;
        for (SolrDocument unit : units) {
            String unitId = (String) unit.getFieldValue(IndexFields.ID);
            String heading = (String) unit.getFieldValue(IndexFields.HEADING);
            String text = VersionDocuments.text(unit);
            String hash = VersionDocuments.textHash(heading, text);
            String fields = VersionDocuments.fieldsOf(unit);
            ProvisionVersion current = inForce.remove(unitId);
            if (current != null && (current.textHash().equals(hash) || !fileChanged)) {
                // The same text, or the same file read again by a newer extractor: no new version, the record follows the index.
                versions.refresh(unitId, current.version(), heading, text, hash, fields);
                continue;
            }
            if (current != null) {
                versions.supersede(unitId, current.version(), when, ProvisionVersion.Change.CHANGED, amendedBy);
                superseded++;
            }
            versions.insert(new ProvisionVersion(unitId, versions.lastVersion(unitId) + 1, lawId,
                    (String) unit.getFieldValue(IndexFields.PROVISION_NUMBER), heading, text, hash, fields, when, null, null, null));
            added++;
        }
        for (ProvisionVersion gone : inForce.values()) {
            versions.supersede(gone.unitId(), gone.version(), when, ProvisionVersion.Change.REMOVED, amendedBy);
            superseded++;
        }
        return new int[] {added, superseded};
    }

    /** Indexes every superseded version of a law in the index that the index lacks; returns how many. */
    private int indexSuperseded(Set<String> laws) {
        Set<String> indexed = new HashSet<>();
        for (SolrDocument doc : query(IndexQueries.withHistory(IndexQueries.everything())
                .addFilterQuery(IndexQueries.is(IndexFields.IN_FORCE, "false")).setFields(IndexFields.ID))) {
            indexed.add((String) doc.getFieldValue(IndexFields.ID));
        }
        List<SolrInputDocument> missing = new ArrayList<>();
        for (ProvisionVersion v : versions.superseded()) {
            if (laws.contains(v.lawId()) && !indexed.contains(v.indexId())) {
                missing.add(VersionDocuments.superseded(v));
            }
        }
        if (!missing.isEmpty()) {
            try {
                solr.add(missing);
                solr.commit();
            } catch (SolrServerException | IOException e) {
                throw new IllegalStateException("Could not index superseded versions: " + e.getMessage(), e);
            }
        }
        return missing.size();
    }

    /** The law's sidecar {@code amended_by}, or null: not recorded (no sidecar, a member of an archive, no such key). */
    private static String amendedBy(SolrDocument unit) {
        Object root = unit.getFieldValue(IndexFields.SOURCE_ROOT);
        Object path = unit.getFieldValue(IndexFields.SOURCE_PATH);
        if (root == null || path == null || path.toString().contains("!/")) {
            return null;
        }
        try {
            Path sidecar = SidecarReader.sidecarOf(Path.of(root.toString()).resolve(path.toString()));
            if (!Files.isRegularFile(sidecar)) {
                return null;
            }
            JsonNode value = JSON.readTree(sidecar.toFile()).path(AMENDED_BY_KEY);
            return value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
        } catch (IOException | InvalidPathException e) {
            return null; // a sidecar ingest could read is readable here too; anything else: not recorded
        }
    }

    private List<SolrDocument> query(SolrQuery query) {
        try {
            return solr.query(query.setRows(MAX_ROWS)).getResults();
        } catch (SolrServerException | IOException e) {
            throw new IllegalStateException("Could not read the index: " + e.getMessage(), e);
        }
    }
}
