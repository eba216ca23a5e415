package org.mycroft.api.openapi;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mycroft.api.search.Facet;
import org.mycroft.api.search.SearchParameters;
import org.mycroft.api.search.SearchQueryBuilder;
import org.mycroft.api.search.SearchRequest;
import org.mycroft.api.search.SearchSort;
import org.mycroft.core.taxonomy.CaseVocabulary;
import org.mycroft.core.taxonomy.Country;
import org.mycroft.core.taxonomy.CrimeType;
import org.mycroft.core.taxonomy.CrossCuttingIssue;
import org.mycroft.core.taxonomy.Instrument;
import org.mycroft.core.taxonomy.Region;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.core.taxonomy.UiLanguages;

/**
 * Every query parameter of the API by name, typed, with the values it accepts taken from the
 * taxonomy (the lists the server validates against), a description and an example. One place,
 * so the same parameter reads the same on every operation.
 */
final class ParameterCatalogue {

    /** Article or paragraph ids as the server accepts them (UNTOC-18, UNTOC-18.13, UNTOC-30.2.c). */
    static final String ARTICLE_PATTERN = "^[A-Z]{2,10}-[1-9][0-9]{0,2}(\\.([1-9][0-9]{0,2}|[a-z]{1,4})){0,2}$";
    /** Unit ids: URL-safe by construction. */
    static final String ID_PATTERN = "^[a-z0-9][a-z0-9_\\-]{0,199}$";

    private final Map<String, Parameter> byName = new LinkedHashMap<>();

    ParameterCatalogue(Taxonomy taxonomy) {
        List<String> countries = taxonomy.countries().all().stream().map(Country::iso3).sorted().toList();
        List<String> crimeTypes = taxonomy.crimeTypes().stream().map(CrimeType::id).toList();
        List<String> crossCutting = taxonomy.crossCutting().stream().map(CrossCuttingIssue::id).toList();
        CaseVocabulary cases = CaseVocabulary.get();

        add("q", text(1000), "Words or \"quoted phrases\", searched as text (Solr syntax is escaped).", "trafficking in persons");
        add("page", integer(1, SearchParameters.MAX_PAGE, 1), "1-based page of results; page x size reaches the first "
                + SearchParameters.MAX_RESULTS + " results (deeper result sets: /api/search/cursor).", 1);
        add("size", integer(1, SearchRequest.MAX_SIZE, SearchRequest.DEFAULT_SIZE), "Results per page.", 20);
        add("sort", oneOf(Arrays.stream(SearchSort.values()).map(SearchSort::parameter).toList()),
                "Order of the results; without it, relevance for a query and newest first for none.", "relevance");
        add("lang", withDefault(oneOf(UiLanguages.codes()), UiLanguages.DEFAULT), "Language of labels in the answer.", "fr");
        add("cursor", withDefault(text(400), "*"), "* for the first batch, then the next_cursor of the previous one.", "*");
        add(SearchParameters.HISTORY, withDefault(oneOf(List.of("false", "true")), "false"),
                "true: superseded versions of provisions too; false: the text in force only.", "false");
        // Cross-language concept search (issue #11), named as the search reads it.
        add("concepts", withDefault(oneOf(List.of("on", "off")), "on"),
                "on: the taxonomy concepts recognised in q are searched too; off: the words only.", "on");
        add(SearchParameters.MORE, repeated(oneOf(java.util.Arrays.stream(Facet.values()).filter(Facet::counted)
                        .map(Facet::parameter).toList())),
                "Facet to list with all its values (up to " + SearchQueryBuilder.MAX_FACET_VALUES + "); without it, each facet lists its "
                        + SearchQueryBuilder.FACET_VALUES + " most frequent values and truncated_facets names those that have more. "
                        + "Years, and a facet with a selected value, always list all theirs; repeat for several facets.",
                List.of("country"));
        add(SearchParameters.MENTIONS, repeated(text(40)),
                "Tag id (article, crime type or cross-cutting issue) the unit names in passing; repeat for OR.", List.of("money-laundering"));

        add(Facet.DOC_TYPE.parameter(), repeated(oneOf(taxonomy.docTypes())), "Kind of unit; repeat for OR.", List.of("case"));
        add(Facet.COUNTRY.parameter(), repeated(oneOf(countries)), "State (ISO 3166-1 alpha-3); repeat for OR.", List.of("CAN"));
        add(Facet.REGION.parameter(), repeated(oneOf(taxonomy.regions().stream().map(Region::id).toList())),
                "UN regional group; repeat for OR.", List.of("african"));
        add(Facet.YEAR.parameter(), repeated(year()), "Year of the law or decision; repeat for OR.", List.of(2020));
        add(Facet.LANGUAGE.parameter(), repeated(new StringSchema().pattern("^[a-z]{2}$")),
                "ISO 639-1 code of the text's language; repeat for OR.", List.of("es"));
        add(Facet.CRIME_TYPES.parameter(), repeated(oneOf(crimeTypes)),
                "Crime type; a parent also finds its children (environmental-crime finds wildlife-crime); repeat for OR.",
                List.of("trafficking-in-persons"));
        add(Facet.ARTICLES.parameter(), repeated(new StringSchema().pattern(ARTICLE_PATTERN)),
                "Article or paragraph id; UNTOC-18 also finds UNTOC-18.13; repeat for OR.", List.of("UNTOC-18"));
        add(Facet.CROSS_CUTTING.parameter(), repeated(oneOf(crossCutting)), "Cross-cutting issue; repeat for OR.",
                List.of("extradition"));
        for (Facet field : List.of(Facet.COOPERATION_FORM, Facet.LEGAL_BASIS, Facet.OUTCOME, Facet.COURT_LEVEL,
                Facet.CONFISCATION_TYPE)) {
            List<String> values = cases.values(field.parameter());
            add(field.parameter(), repeated(oneOf(values)), "Case field " + field.parameter()
                    + (field == Facet.LEGAL_BASIS ? " (" + CaseVocabulary.CONVENTION + " = the Convention)" : "")
                    + "; repeat for OR.", List.of(values.getFirst()));
        }
        add(Facet.REQUESTING_STATE.parameter(), repeated(oneOf(countries)), "Requesting State of a case; repeat for OR.", List.of("USA"));
        add(Facet.REQUESTED_STATE.parameter(), repeated(oneOf(countries)), "Requested State of a case; repeat for OR.", List.of("FRA"));
        add(Facet.EITHER_STATE.parameter(), repeated(oneOf(countries)),
                "A State on either side of a request (requesting or requested); repeat for OR.", List.of("FRA"));
        add(Facet.LEGAL_BASIS_ARTICLE.parameter(), repeated(new StringSchema().pattern(ARTICLE_PATTERN)),
                "Article of the Convention relied on as legal basis; repeat for OR.", List.of("UNTOC-16"));
        add(Facet.YEAR_FROM.parameter(), year(), "First year of a range (inclusive).", 2015);
        add(Facet.YEAR_TO.parameter(), year(), "Last year of a range (inclusive).", 2024);

        // The other pages' twins.
        add("article", new StringSchema().pattern(ARTICLE_PATTERN), "Article to compare the States' provisions on.", "UNTOC-6");
        add("instrument", oneOf(taxonomy.instruments().stream().map(Instrument::id).toList()), "Instrument (treaty).", "UNTOC");
        add("states", withDefault(oneOf(List.of("indexed", "all")), "indexed"),
                "indexed: only States with legislation in the index; all: every State of the selection.", "indexed");
    }

    /** The catalogued parameter, a fresh copy the caller may change; null when the name is not catalogued. */
    Parameter get(String name) {
        Parameter p = byName.get(name);
        if (p == null) {
            return null;
        }
        return new Parameter().name(p.getName()).in(p.getIn()).description(p.getDescription()).schema(p.getSchema())
                .example(p.getExample()).style(p.getStyle()).explode(p.getExplode()).required(false);
    }

    private void add(String name, Schema<?> schema, String description, Object example) {
        Parameter p = new Parameter().name(name).in("query").description(description).schema(schema).example(example);
        if (schema instanceof ArraySchema) {
            // ?country=CAN&country=FRA, as the server reads it.
            p.style(Parameter.StyleEnum.FORM).explode(true);
        }
        byName.put(name, p);
    }

    private static Schema<?> withDefault(Schema<?> schema, Object value) {
        schema.setDefault(value);
        return schema;
    }

    private static Schema<?> repeated(Schema<?> item) {
        return new ArraySchema().items(item).maxItems(60);
    }

    private static StringSchema oneOf(List<String> values) {
        StringSchema s = new StringSchema();
        s.setEnum(List.copyOf(values));
        return s;
    }

    private static StringSchema text(int maxLength) {
        StringSchema s = new StringSchema();
        s.setMaxLength(maxLength);
        return s;
    }

    private static Schema<?> integer(int min, int max, int defaultValue) {
        IntegerSchema s = new IntegerSchema();
        s.setMinimum(BigDecimal.valueOf(min));
        s.setMaximum(BigDecimal.valueOf(max));
        s.setDefault(defaultValue);
        return s;
    }

    private static Schema<?> year() {
        IntegerSchema s = new IntegerSchema();
        s.setMinimum(BigDecimal.valueOf(1000));
        s.setMaximum(BigDecimal.valueOf(9999));
        return s;
    }
}
