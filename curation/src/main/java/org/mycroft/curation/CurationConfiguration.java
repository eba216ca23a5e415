package org.mycroft.curation;

import java.nio.file.Path;
import java.time.Clock;
import org.apache.solr.client.solrj.SolrClient;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.curation.audit.AuditLog;
import org.mycroft.curation.cases.CaseRepository;
import org.mycroft.curation.cases.CaseValidator;
import org.mycroft.curation.cases.CaseWorkflow;
import org.mycroft.curation.directory.AuthorityIndexer;
import org.mycroft.curation.directory.DirectoryReader;
import org.mycroft.curation.directory.DirectoryRepository;
import org.mycroft.curation.directory.DirectoryValidator;
import org.mycroft.curation.directory.DirectoryWorkflow;
import org.mycroft.curation.directory.StalenessReport;
import org.mycroft.curation.index.CaseIndexer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.mycroft.curation.links.CaseProvisionLinks;
import org.mycroft.curation.tags.ReviewQueue;
import org.mycroft.curation.tags.TagDecisionRepository;
import org.mycroft.curation.tags.UnitReview;
import org.mycroft.curation.tags.UnitTagApplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import javax.sql.DataSource;
import org.mycroft.curation.db.CurationDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Lazy;
import org.mycroft.curation.upload.JudgmentReader;
import org.mycroft.curation.versions.LawVersions;
import org.mycroft.curation.versions.ProvisionVersionRepository;
import org.springframework.context.annotation.PropertySource;

/**
 * Wires the database of record into any Spring Boot application that has this module: the data
 * source (H2 file in the data folder unless {@code spring.datasource.url} names another database),
 * Flyway's migrations, and the repositories and workflow of this package.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@EnableConfigurationProperties(DataSourceProperties.class)
@PropertySource("classpath:mycroft-curation-defaults.properties")
@ComponentScan(basePackageClasses = CurationConfiguration.class)
public class CurationConfiguration {

    @Bean
    CaseIndexer caseIndexer(SolrClient solr, Taxonomy taxonomy) {
        return new CaseIndexer(solr, taxonomy);
    }

    @Bean
    CaseWorkflow caseWorkflow(CaseRepository cases, CaseValidator validator, AuditLog audit, TagDecisionRepository tags,
            CaseProvisionLinks links, CaseIndexer indexer, PlatformTransactionManager transactions) {
        return new CaseWorkflow(cases, validator, audit, tags, links, indexer, new TransactionTemplate(transactions),
                Clock.systemUTC());
    }

    @Bean
    DirectoryRepository directoryRepository(JdbcClient jdbc) {
        return new DirectoryRepository(jdbc);
    }

    @Bean
    DirectoryWorkflow directoryWorkflow(DirectoryRepository entries, AuditLog audit, SolrClient solr, Taxonomy taxonomy,
            PlatformTransactionManager transactions) {
        return new DirectoryWorkflow(entries, new DirectoryValidator(taxonomy), audit, new AuthorityIndexer(solr, taxonomy),
                new TransactionTemplate(transactions), Clock.systemUTC());
    }

    @Bean
    DirectoryReader directoryReader(DirectoryRepository entries) {
        return new DirectoryReader(entries);
    }

    @Bean
    StalenessReport stalenessReport(DirectoryRepository entries, ProvisionVersionRepository laws) {
        return new StalenessReport(entries, laws);
    }

    @Bean
    UnitTagApplier unitTagApplier(SolrClient solr, TagDecisionRepository decisions, Taxonomy taxonomy) {
        return new UnitTagApplier(solr, decisions, taxonomy);
    }

    @Bean
    UnitReview unitReview(TagDecisionRepository decisions, UnitTagApplier applier, AuditLog audit, CaseValidator validator) {
        return new UnitReview(decisions, applier, audit, validator, Clock.systemUTC());
    }

    @Bean
    LawVersions lawVersions(SolrClient solr, ProvisionVersionRepository versions, PlatformTransactionManager transactions) {
        return new LawVersions(solr, versions, new TransactionTemplate(transactions), Clock.systemUTC());
    }

    @Bean
    ReviewQueue reviewQueue(SolrClient solr) {
        return new ReviewQueue(solr);
    }

    /** Tika and the tagger load on the first upload, not at every start. */
    @Bean(destroyMethod = "close")
    @Lazy
    JudgmentReader judgmentReader(Taxonomy taxonomy) {
        return new JudgmentReader(taxonomy);
    }

    @Bean
    DataSource dataSource(DataSourceProperties properties, @Value("${mycroft.data-dir:data}") Path dataDir) {
        if (properties.getUrl() == null || properties.getUrl().isBlank()) {
            return CurationDatabase.open(CurationDatabase.h2Url(dataDir), "sa", "");
        }
        return properties.initializeDataSourceBuilder().build();
    }
}
