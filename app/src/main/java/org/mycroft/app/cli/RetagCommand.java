package org.mycroft.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.solr.SolrConnection;
import org.mycroft.curation.tags.TagDecision;
import org.mycroft.curation.tags.TagDecisionRepository;
import org.mycroft.ingest.pipeline.IngestOptions;
import org.mycroft.ingest.pipeline.IngestReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Runs the current tagging rules over every ingested source again, keeping every reviewer's
 * decision, and reports what the rules now suggest differently: suggestions that appeared,
 * vanished, and units whose suggestions changed. Decided tags are left out of the comparison:
 * they are the reviewers', not the rules'.
 */
@Command(name = "retag", mixinStandardHelpOptions = true,
        description = "Re-tag everything ingested with the current rules, keep every human decision, report what changed.")
public final class RetagCommand implements Callable<Integer> {

    @Mixin
    SolrOptions solr;

    @Override
    public Integer call() throws Exception {
        List<Path> roots = SourceRoots.in(solr.dataDir()).all().stream().filter(Files::exists).toList();
        if (roots.isEmpty()) {
            System.err.println("Nothing to retag: no sources recorded in " + solr.dataDir().resolve("sources.txt"));
            return 2;
        }
        Map<String, Set<String>> decided = decided();
        Map<String, Set<String>> before = snapshot(decided);
        IngestReport report = IngestCommand.run(solr, roots, IngestOptions.DEFAULT.withForce(true));
        Map<String, Set<String>> after = snapshot(decided);
        int appeared = 0;
        int vanished = 0;
        int changed = 0;
        Set<String> units = new HashSet<>(before.keySet());
        units.addAll(after.keySet());
        for (String unit : units) {
            Set<String> b = before.getOrDefault(unit, Set.of());
            Set<String> a = after.getOrDefault(unit, Set.of());
            int plus = (int) a.stream().filter(t -> !b.contains(t)).count();
            int minus = (int) b.stream().filter(t -> !a.contains(t)).count();
            appeared += plus;
            vanished += minus;
            if (plus + minus > 0) {
                changed++;
            }
        }
        System.out.print(report.summary());
        System.out.printf("Retag: %d unit(s) compared; %d suggestion(s) appeared, %d vanished; %d unit(s) changed; "
                + "%d unit(s) with reviewers' decisions kept.%n", units.size(), appeared, vanished, changed, decided.size());
        return report.failures().isEmpty() ? 0 : 1;
    }

    /** The decided tags per unit, from the curation database when there is one. */
    private Map<String, Set<String>> decided() throws Exception {
        Map<String, Set<String>> decided = new HashMap<>();
        DatabaseOptions database = DatabaseOptions.fromEnvironment();
        boolean h2 = database.url == null;
        if (h2 && !Files.exists(solr.dataDir().resolve("db").resolve("mycroft.mv.db"))) {
            return decided;
        }
        try (DatabaseOptions.Opened db = database.open(solr.dataDir())) {
            for (TagDecision d : new TagDecisionRepository(JdbcClient.create(db.dataSource())).all()) {
                decided.computeIfAbsent(d.unitId(), k -> new HashSet<>()).add(d.tag());
            }
        }
        return decided;
    }

    /** Every ingested unit's undecided tags (curated cases excluded: their tags are the curators'). */
    private Map<String, Set<String>> snapshot(Map<String, Set<String>> decided) throws Exception {
        Map<String, Set<String>> tags = new HashMap<>();
        try (SolrConnection connection = SolrConnection.open(solr.settings())) {
            SolrClient client = connection.client();
            SolrQuery query = new SolrQuery("*:*").addFilterQuery("-" + IndexFields.SOURCE_KIND + ":[* TO *]")
                    .setFields(IndexFields.ID, IndexFields.ARTICLES, IndexFields.CRIME_TYPES, IndexFields.CROSS_CUTTING)
                    .setRows(1000).addSort(IndexFields.ID, SolrQuery.ORDER.asc);
            String cursor = CursorMarkParams.CURSOR_MARK_START;
            while (true) {
                query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
                QueryResponse response = client.query(query);
                for (SolrDocument doc : response.getResults()) {
                    String id = (String) doc.getFieldValue(IndexFields.ID);
                    Set<String> set = new HashSet<>();
                    for (String field : List.of(IndexFields.ARTICLES, IndexFields.CRIME_TYPES, IndexFields.CROSS_CUTTING)) {
                        var values = doc.getFieldValues(field);
                        if (values != null) {
                            values.forEach(v -> set.add(String.valueOf(v)));
                        }
                    }
                    set.removeAll(decided.getOrDefault(id, Set.of()));
                    tags.put(id, set);
                }
                String next = response.getNextCursorMark();
                if (next.equals(cursor)) {
                    break;
                }
                cursor = next;
            }
        }
        return tags;
    }
}
