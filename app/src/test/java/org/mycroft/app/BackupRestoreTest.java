package org.mycroft.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.solr.SolrConnection;
import org.mycroft.core.solr.SolrSettings;

/**
 * {@code mycroft backup DIR} then {@code mycroft restore DIR} into an empty data folder: the
 * restored index has the same total and the same facet counts; a restore over a non-empty index
 * is refused without --force.
 */
class BackupRestoreTest {

    private static final List<String> FACETS = List.of(IndexFields.DOC_TYPE, IndexFields.LANGUAGE, IndexFields.CRIME_TYPES,
            IndexFields.ARTICLES, IndexFields.CROSS_CUTTING, IndexFields.PARENT_ID);

    @Test
    void restoringABackupIntoAnEmptyDataFolderGivesTheSameTotalsAndFacets(@TempDir Path tmp) throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("crime-act.txt"), """
                Organised Crime Act (fictional)
                Section 1. Participation
                Every person who participates in an organized criminal group commits an offence.
                Section 2. Laundering
                Every person who launders the proceeds of crime commits an offence.
                Section 3. Extradition
                A person may be surrendered to a foreign State under an extradition treaty.
                """);
        Files.writeString(docs.resolve("loi.txt"), """
                Loi relative à la criminalité organisée (fictive)
                Article 1. Le blanchiment du produit du crime est puni de dix ans d'emprisonnement.
                Article 2. La confiscation des biens issus de l'infraction est ordonnée par le tribunal.
                """);
        Files.writeString(docs.resolve("ley.txt"), """
                Ley contra la trata de personas (ficticia)
                Artículo 1. Comete el delito de trata de personas quien capte o traslade a una persona con fines de explotación.
                Artículo 2. La asistencia judicial recíproca se presta a los Estados extranjeros.
                """);
        Path data = tmp.resolve("data");
        Path backup = tmp.resolve("backup");
        Path restored = tmp.resolve("restored");
        assertThat(run("ingest", "--data", data.toString(), docs.toString()).exit()).isZero();

        CommandRun saved = run("backup", "--data", data.toString(), backup.toString());
        assertThat(saved.exit()).as(saved.err()).isZero();
        assertThat(saved.out()).contains("Backed up");
        CommandRun back = run("restore", "--data", restored.toString(), backup.toString());
        assertThat(back.exit()).as(back.err()).isZero();

        Map<String, Object> original = totalsAndFacets(data);
        assertThat((Long) original.get("total")).isGreaterThanOrEqualTo(7);
        assertThat(totalsAndFacets(restored)).isEqualTo(original);
        assertThat(Files.readString(restored.resolve("sources.txt"))).contains(docs.toString());

        CommandRun refused = run("restore", "--data", data.toString(), backup.toString());
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.err()).contains("--force");
        assertThat(run("backup", "--data", data.toString(), backup.toString()).err()).contains("not empty");
    }

    private static Map<String, Object> totalsAndFacets(Path data) throws Exception {
        try (SolrConnection solr = SolrConnection.open(SolrSettings.embedded(data))) {
            SolrQuery query = new SolrQuery("*:*").setRows(0).setFacet(true).setFacetLimit(-1).setFacetMinCount(1);
            FACETS.forEach(query::addFacetField);
            QueryResponse response = solr.client().query(query);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("total", response.getResults().getNumFound());
            for (FacetField field : response.getFacetFields()) {
                Map<String, Long> counts = new LinkedHashMap<>();
                field.getValues().forEach(c -> counts.put(c.getName(), c.getCount()));
                out.put(field.getName(), counts);
            }
            return out;
        }
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }
}
