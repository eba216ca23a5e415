package org.mycroft.api.system;

import org.mycroft.core.taxonomy.Taxonomy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one taxonomy of the application (ids, labels, countries and regions), loaded once from core's data files. */
@Configuration(proxyBeanMethods = false)
public class TaxonomyConfiguration {

    @Bean
    Taxonomy taxonomy() {
        return Taxonomy.load();
    }
}
