package org.mycroft.api.openapi;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mycroft.api.article.ArticleService;
import org.mycroft.api.compare.CompareService;
import org.mycroft.api.country.CountryService;
import org.mycroft.api.coverage.CoverageService;
import org.mycroft.api.export.ExportFormat;
import org.mycroft.api.search.Facet;
import org.mycroft.api.search.SearchParameters;
import org.mycroft.api.system.ApiError;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Completes the generated document so a client generator can use it: the query parameters each
 * operation reads from the request (typed, from {@link ParameterCatalogue}), schemas on path
 * parameters, and the {@link ApiError} answers (400, 404, 503) every operation can give.
 */
record ApiDocumentCompleter(ParameterCatalogue catalogue) implements OpenApiCustomizer {

    static final String ERROR_SCHEMA = "ApiError";

    /** The query parameters of each path: the controllers read them from the request, so springdoc cannot see them. */
    static Map<String, Set<String>> parametersByPath() {
        Set<String> search = new LinkedHashSet<>(SearchParameters.GENERAL);
        for (Facet facet : Facet.values()) {
            search.add(facet.parameter());
        }
        Set<String> cursor = new LinkedHashSet<>(search);
        cursor.remove("page");
        cursor.add("cursor");
        Map<String, Set<String>> byPath = new LinkedHashMap<>();
        for (String path : List.of("/api/search", "/api/search.csv", "/api/search.jsonl", "/api/search.ris", "/api/statistics",
                "/search.atom")) {
            byPath.put(path, search);
        }
        byPath.put("/api/search/cursor", cursor);
        for (String path : List.of("/api/compare", "/api/compare.csv")) {
            byPath.put(path, CompareService.PARAMETERS);
        }
        for (String path : List.of("/api/coverage", "/api/coverage.csv")) {
            byPath.put(path, CoverageService.PARAMETERS);
        }
        byPath.put("/api/articles", ArticleService.LIST_PARAMETERS);
        byPath.put("/api/articles/{id}", ArticleService.DETAIL_PARAMETERS);
        byPath.put("/api/countries/{iso3}", CountryService.PARAMETERS);
        return byPath;
    }

    @Override
    public void customise(OpenAPI api) {
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.setComponents(components);
        components.addSchemas(ERROR_SCHEMA, ModelConverters.getInstance().readAllAsResolvedSchema(ApiError.class).schema);
        components.addResponses("BadRequest", error("A parameter is missing, unknown or has a value the API does not accept.",
                new ApiError(400, "Bad Request", "Invalid country 'XYZ': expected an ISO 3166-1 alpha-3 code such as CAN or FRA.",
                        "country")));
        components.addResponses("NotFound", error("Nothing has this id.",
                new ApiError(404, "Not Found", "No document with id 'no-such-unit'.", null)));
        components.addResponses("ServiceUnavailable", error("The search index cannot be reached; try again after Retry-After seconds.",
                new ApiError(503, "Service Unavailable", "The search service is unavailable; please try again later.", null)));
        Map<String, Set<String>> byPath = parametersByPath();
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> {
            for (Operation operation : item.readOperationsMap().values()) {
                complete(path, operation, byPath.getOrDefault(path, Set.of()));
                downloadType(path).ifPresent(type -> download(operation, type));
            }
        });
        // Streamed downloads are described by their media type, not by the Java type that streams them.
        if (components.getSchemas() != null) {
            components.getSchemas().remove("StreamingResponseBody");
        }
    }

    /** The media type of a download path (/api/search.csv…), from its extension. */
    static Optional<String> downloadType(String path) {
        Map<String, String> byExtension = new LinkedHashMap<>();
        for (ExportFormat format : ExportFormat.values()) {
            byExtension.put(format.extension(), format.mediaType().getType() + "/" + format.mediaType().getSubtype());
        }
        byExtension.put("atom", "application/atom+xml");
        String extension = path.substring(path.lastIndexOf('.') + 1);
        return path.lastIndexOf('.') > path.lastIndexOf('/') ? Optional.ofNullable(byExtension.get(extension))
                : Optional.empty();
    }

    private static void download(Operation operation, String type) {
        ApiResponse ok = operation.getResponses().get("200");
        if (ok != null) {
            ok.setContent(new Content().addMediaType(type, new MediaType().schema(new StringSchema())));
        }
    }

    private void complete(String path, Operation operation, Set<String> names) {
        Map<String, Parameter> declared = new LinkedHashMap<>();
        List<Parameter> parameters = new ArrayList<>();
        for (Parameter p : operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters()) {
            if ("path".equals(p.getIn())) {
                parameters.add(pathParameter(path, p));
            } else {
                declared.put(p.getName(), p);
            }
        }
        // Parameters a controller declares itself (on a path this class does not list) are kept, typed too.
        Set<String> all = new LinkedHashSet<>(names);
        all.addAll(declared.keySet());
        for (String name : all) {
            Parameter p = catalogue.get(name);
            if (p == null && declared.containsKey(name) && declared.get(name).getSchema() != null) {
                p = declared.get(name);
            }
            if (p == null) {
                // Accepted but not catalogued (yet): still typed, so the document stays usable.
                p = new Parameter().name(name).in("query").schema(new StringSchema());
            }
            Parameter annotated = declared.get(name);
            if (annotated != null && annotated.getDescription() != null) {
                p.setDescription(annotated.getDescription());
            }
            if (annotated != null && p.getExample() == null && annotated.getExample() != null) {
                p.setExample(annotated.getExample());
            }
            if (p.getDescription() == null) {
                p.setDescription("See " + name + " in the README's API section.");
            }
            parameters.add(p);
        }
        operation.setParameters(parameters.isEmpty() ? null : parameters);
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        if (!parameters.isEmpty()) {
            responses.addApiResponse("400", reference("BadRequest"));
        }
        if (path.contains("{")) {
            responses.addApiResponse("404", reference("NotFound"));
        }
        responses.addApiResponse("503", reference("ServiceUnavailable"));
        operation.setResponses(responses);
    }

    private static Parameter pathParameter(String path, Parameter p) {
        StringSchema schema = new StringSchema();
        String example;
        if (path.startsWith("/api/countries/")) {
            schema.pattern("^[A-Za-z]{3}$");
            example = "CAN";
            p.description("State, ISO 3166-1 alpha-3.");
        } else if (path.startsWith("/api/articles/")) {
            schema.pattern(ParameterCatalogue.ARTICLE_PATTERN);
            example = "UNTOC-18";
            p.description("Article id.");
        } else {
            schema.pattern(ParameterCatalogue.ID_PATTERN);
            example = "can-criminal-code-s-279-01";
            p.description("Unit id, as in the results' id field.");
        }
        return p.schema(schema).example(example).required(true);
    }

    private static ApiResponse reference(String name) {
        return new ApiResponse().$ref("#/components/responses/" + name);
    }

    private static ApiResponse error(String description, ApiError example) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                new MediaType().schema(new io.swagger.v3.oas.models.media.Schema<>().$ref("#/components/schemas/" + ERROR_SCHEMA))
                        .addExamples("example", new Example().value(example))));
    }
}
