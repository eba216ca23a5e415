package org.mycroft.api.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mycroft.api.system.RequestParameters;
import org.mycroft.core.taxonomy.CaseVocabulary;
import org.mycroft.core.taxonomy.Taxonomy;
import org.springframework.stereotype.Component;
import org.mycroft.api.system.InvalidParameterException;

/**
 * Turns raw request parameters into a {@link SearchRequest}, rejecting anything malformed with
 * an {@link InvalidParameterException} that names the parameter. Shared by the JSON API and the
 * HTML pages so both accept exactly the same URLs.
 */
@Component
public class SearchParameters {

    private static final int MAX_QUERY_LENGTH = 1000;
    /** Pages past this one are refused. */
    public static final int MAX_PAGE = 500;
    /**
     * Paging reaches this many results (page x size), the rest through {@code /api/search/cursor}: Solr
     * collects and sorts every result before the page, so an empty search's page at 49,900 cost 13x its
     * first page (286 against 21 ms of CPU at 100,000 units), and more with the index.
     */
    public static final int MAX_RESULTS = 10_000;
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private final Taxonomy taxonomy;
    private final ConceptRecognizer concepts;

    public SearchParameters(Taxonomy taxonomy, ConceptRecognizer concepts) {
        this.taxonomy = taxonomy;
        this.concepts = concepts;
    }

    /** Parameters accepted besides the facet names. */
    /** Tag ids (any family) the units only mention in passing. */
    public static final String MENTIONS = "mentions";
    /** {@code history=true}: superseded versions of provisions too; absent or false: the text in force only. */
    public static final String HISTORY = "history";
    /** {@code on} (the default) or {@code off}: whether the concepts recognised in q are searched too. */
    public static final String CONCEPTS = "concepts";
    public static final String CONCEPTS_OFF = "off";
    /** A counted facet whose every value is wanted (repeatable); without it a facet lists its most frequent values. */
    public static final String MORE = "more";
    public static final Set<String> GENERAL = Set.of("q", "page", "size", "sort", "lang", MENTIONS, HISTORY, CONCEPTS, MORE);

    /** Every parameter a search accepts: the general ones and one per facet. */
    private static final Set<String> ACCEPTED = accepted();

    /** The last page a search of this page size may ask for: {@link #MAX_RESULTS} results, at most {@link #MAX_PAGE}. */
    public static int maxPage(int size) {
        return Math.min(MAX_PAGE, MAX_RESULTS / size);
    }

    public SearchRequest parse(Map<String, String[]> raw) {
        RequestParameters params = RequestParameters.of(raw, ACCEPTED);
        String query = params.single("q", "");
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidParameterException("q", "The query is longer than " + MAX_QUERY_LENGTH + " characters.");
        }
        int page = params.integer("page", 1, 1, MAX_PAGE);
        int size = params.integer("size", SearchRequest.DEFAULT_SIZE, 1, SearchRequest.MAX_SIZE);
        if (page > maxPage(size)) {
            throw new InvalidParameterException("page", String.format(Locale.ROOT, "Paging reaches the first %,d results: with "
                    + "size %d, page %d at most. Use /api/search/cursor to read a deeper result set.", MAX_RESULTS, size, maxPage(size)));
        }
        String sortText = params.single("sort", "");
        SearchSort sort = sortText.isEmpty()
                ? (query.isBlank() ? SearchSort.NEWEST : SearchSort.RELEVANCE)
                : SearchSort.byParameter(sortText).orElseThrow(() -> new InvalidParameterException("sort",
                        "Unknown sort '" + sortText + "'. Use relevance, newest or oldest."));
        String lang = params.lang();
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> values = params.values(facet.parameter());
            values.forEach(value -> validate(facet, value));
            if (!values.isEmpty()) {
                filters.put(facet, values);
            }
        }
        List<String> mentions = params.values(MENTIONS);
        for (String id : mentions) {
            if (!taxonomy.isValidArticleId(id) && taxonomy.crimeType(id).isEmpty() && taxonomy.crossCuttingIssue(id).isEmpty()) {
                throw new InvalidParameterException(MENTIONS, "Invalid " + MENTIONS + " '" + id
                        + "': expected an article, crime type or cross-cutting issue id such as money-laundering.");
            }
        }
        checkYearRange(filters);
        String history = params.single(HISTORY, "false");
        if (!history.equals("true") && !history.equals("false")) {
            throw new InvalidParameterException(HISTORY, "Invalid " + HISTORY + " '" + history + "': expected true or false.");
        }
        String conceptSearch = params.single(CONCEPTS, "on");
        if (!conceptSearch.equals("on") && !conceptSearch.equals(CONCEPTS_OFF)) {
            throw new InvalidParameterException(CONCEPTS, "Invalid " + CONCEPTS + " '" + conceptSearch
                    + "': expected on (search the concepts recognised in q too, the default) or off (the words only).");
        }
        return new SearchRequest(query, filters, sort, page, size, lang, mentions, Boolean.parseBoolean(history),
                concepts.recognise(query), !conceptSearch.equals(CONCEPTS_OFF), more(params.values(MORE)));
    }

    private static Set<Facet> more(List<String> names) {
        Set<Facet> facets = java.util.EnumSet.noneOf(Facet.class);
        for (String name : names) {
            facets.add(Facet.byParameter(name).filter(Facet::counted).orElseThrow(() -> new InvalidParameterException(MORE,
                    "Invalid " + MORE + " '" + name + "': expected the name of a facet with counts, such as country or articles.")));
        }
        return facets;
    }

    private static void checkYearRange(Map<Facet, List<String>> filters) {
        List<String> from = filters.getOrDefault(Facet.YEAR_FROM, List.of());
        List<String> to = filters.getOrDefault(Facet.YEAR_TO, List.of());
        if (!from.isEmpty() && !to.isEmpty()
                && from.stream().mapToInt(Integer::parseInt).min().orElseThrow()
                        > to.stream().mapToInt(Integer::parseInt).max().orElseThrow()) {
            throw new InvalidParameterException("year_from", "year_from is after year_to.");
        }
    }

    private static Set<String> accepted() {
        Set<String> names = new java.util.LinkedHashSet<>(GENERAL);
        for (Facet f : Facet.values()) {
            names.add(f.parameter());
        }
        return Set.copyOf(names);
    }

    private void validate(Facet facet, String value) {
        boolean valid = switch (facet) {
            case DOC_TYPE -> taxonomy.docTypes().contains(value);
            case COUNTRY -> taxonomy.countries().byIso3(value).isPresent();
            case REGION -> taxonomy.region(value).isPresent();
            case YEAR -> YEAR.matcher(value).matches();
            case LANGUAGE -> LANGUAGE.matcher(value).matches();
            case CRIME_TYPES -> taxonomy.crimeType(value).isPresent();
            case ARTICLES -> taxonomy.isValidArticleId(value);
            case CROSS_CUTTING -> taxonomy.crossCuttingIssue(value).isPresent();
            case REQUESTING_STATE, REQUESTED_STATE, EITHER_STATE -> taxonomy.countries().byIso3(value).isPresent();
            case YEAR_FROM, YEAR_TO -> YEAR.matcher(value).matches();
            case LEGAL_BASIS_ARTICLE -> taxonomy.isValidArticleId(value);
            case COOPERATION_FORM, LEGAL_BASIS, OUTCOME, COURT_LEVEL, CONFISCATION_TYPE ->
                    CaseVocabulary.get().accepts(facet.parameter(), value);
        };
        if (!valid) {
            throw new InvalidParameterException(facet.parameter(), invalidMessage(facet, value, taxonomy));
        }
    }

    private static String invalidMessage(Facet facet, String value, Taxonomy taxonomy) {
        String expected = switch (facet) {
            case DOC_TYPE -> "one of " + String.join(", ", taxonomy.docTypes());
            case COUNTRY -> "an ISO 3166-1 alpha-3 code such as CAN or FRA";
            case REGION -> "one of " + taxonomy.regionIds();
            case YEAR -> "a four-digit year such as 2015";
            case LANGUAGE -> "a two-letter language code such as en";
            case CRIME_TYPES -> "a crime type id such as money-laundering";
            case ARTICLES -> "an article id such as UNTOC-18 or UNTOC-18.13";
            case CROSS_CUTTING -> "a cross-cutting issue id such as mutual-legal-assistance";
            case REQUESTING_STATE, REQUESTED_STATE, EITHER_STATE -> "an ISO 3166-1 alpha-3 code such as CAN or FRA";
            case YEAR_FROM, YEAR_TO -> "a four-digit year such as 2015";
            case LEGAL_BASIS_ARTICLE -> "an article id such as UNTOC-16 or UNTOC-18";
            case COOPERATION_FORM, LEGAL_BASIS, OUTCOME, COURT_LEVEL, CONFISCATION_TYPE ->
                    "one of " + String.join(", ", CaseVocabulary.get().values(facet.parameter()));
        };
        return "Invalid " + facet.parameter() + " '" + value + "': expected " + expected + ".";
    }
}
