package org.mycroft.api.solr;

import java.nio.file.Path;
import org.apache.solr.client.solrj.SolrClient;
import org.mycroft.core.solr.SolrConnection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/** Opens the one Solr connection of the application, whatever the mode. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SolrProperties.class)
@PropertySource("classpath:mycroft-defaults.properties")
public class SolrConfiguration {

    @Bean(destroyMethod = "close")
    SolrConnection solrConnection(SolrProperties properties, @Value("${mycroft.data-dir:data}") Path dataDir) {
        return SolrConnection.open(properties.toSettings(dataDir.toAbsolutePath()), properties.timeouts());
    }

    @Bean
    SolrClient solrClient(SolrConnection connection) {
        return connection.client();
    }
}
