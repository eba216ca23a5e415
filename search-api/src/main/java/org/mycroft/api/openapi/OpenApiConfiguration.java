package org.mycroft.api.openapi;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.mycroft.core.taxonomy.Taxonomy;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The served OpenAPI document ({@code /v3/api-docs}): who runs the API, under which terms, and the
 * completer that types every parameter and documents the errors. Licence and contact come from
 * {@code mycroft.api.*} properties so an operator can state their own.
 */
@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI mycroftOpenApi(@Value("${mycroft.api.title}") String title, @Value("${mycroft.api.version}") String version,
            @Value("${mycroft.api.licence-name}") String licence, @Value("${mycroft.api.licence-url}") String licenceUrl,
            @Value("${mycroft.api.contact-name}") String contact, @Value("${mycroft.api.contact-url:}") String contactUrl,
            @Value("${mycroft.api.contact-email:}") String contactEmail) {
        return new OpenAPI().info(new Info().title(title).version(version)
                .description("Legislation and cases on the UN Convention against Transnational Organized Crime and its "
                        + "Protocols: search with filters and facets, one unit with its tags and evidence, exports, "
                        + "statistics. Every error is JSON {status, error, message, parameter}. Each unit carries its own "
                        + "licence in its licence field; the licence below covers this description and the API's own data.")
                .license(new License().name(licence).url(licenceUrl))
                .contact(new Contact().name(contact).url(blankToNull(contactUrl)).email(blankToNull(contactEmail))));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * Schemas named as the JSON is written (snake_case, {@code spring.jackson.property-naming-strategy}):
     * swagger reads records through its own Jackson 2 mapper, which knows nothing of Spring's, and
     * described {@code restricted_fields} as {@code restrictedFields}, so a generated client missed it.
     */
    @Bean
    ModelResolver snakeCaseModelResolver() {
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
    }

    @Bean
    OpenApiCustomizer mycroftApiDocumentCompleter(Taxonomy taxonomy) {
        return new ApiDocumentCompleter(new ParameterCatalogue(taxonomy));
    }
}
