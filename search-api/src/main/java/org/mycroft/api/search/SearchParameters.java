package org.mycroft.api.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mycroft.core.taxonomy.Taxonomy;
import org.springframework.stereotype.Component;

/**
 * Turns raw request parameters into a {@link SearchRequest}, rejecting anything malformed with
 * an {@link InvalidParameterException} that names the parameter. Shared by the JSON API and the
 * HTML pages so both accept exactly the same URLs.
 */
@Component
public class SearchParameters {

    public static final Set<String> UI_LANGUAGES = Set.of("en", "fr", "es");
    private static final int MAX_QUERY_LENGTH = 1000;
    private static final int MAX_PAGE = 500;
    private static final int MAX_VALUES_PER_FACET = 50;
    private static final Set<String> DOC_TYPES = Set.of("legislation", "case", "authority", "reference");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private final Taxonomy taxonomy;

    public SearchParameters(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** Parameters accepted besides the facet names. */
    public static final Set<String> GENERAL = Set.of("q", "page", "size", "sort", "lang");

    public SearchRequest parse(Map<String, String[]> params) {
        for (String name : params.keySet()) {
            if (!GENERAL.contains(name) && Facet.byParameter(name).isEmpty()) {
                throw new InvalidParameterException(name, "Unknown parameter '" + name + "'. Accepted: q, page, size, sort, lang, "
                        + String.join(", ", facetNames()) + ".");
            }
        }
        String query = single(params, "q", "");
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidParameterException("q", "The query is longer than " + MAX_QUERY_LENGTH + " characters.");
        }
        int page = integer(params, "page", 1, 1, MAX_PAGE);
        int size = integer(params, "size", SearchRequest.DEFAULT_SIZE, 1, SearchRequest.MAX_SIZE);
        String sortText = single(params, "sort", "");
        SearchSort sort = sortText.isEmpty()
                ? (query.isBlank() ? SearchSort.NEWEST : SearchSort.RELEVANCE)
                : SearchSort.byParameter(sortText).orElseThrow(() -> new InvalidParameterException("sort",
                        "Unknown sort '" + sortText + "'. Use relevance, newest or oldest."));
        String lang = single(params, "lang", "en");
        if (!UI_LANGUAGES.contains(lang)) {
            throw new InvalidParameterException("lang", "Unknown language '" + lang + "'. Use en, fr or es.");
        }
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            String[] values = params.get(facet.parameter());
            if (values == null) {
                continue;
            }
            Set<String> accepted = new LinkedHashSet<>();
            for (String raw : values) {
                String value = raw.strip();
                if (value.isEmpty()) {
                    continue;
                }
                validate(facet, value);
                accepted.add(value);
            }
            if (accepted.size() > MAX_VALUES_PER_FACET) {
                throw new InvalidParameterException(facet.parameter(), "At most " + MAX_VALUES_PER_FACET + " values per filter.");
            }
            if (!accepted.isEmpty()) {
                filters.put(facet, List.copyOf(accepted));
            }
        }
        return new SearchRequest(query, filters, sort, page, size, lang);
    }

    private void validate(Facet facet, String value) {
        boolean valid = switch (facet) {
            case DOC_TYPE -> DOC_TYPES.contains(value);
            case COUNTRY -> taxonomy.countries().byIso3(value).isPresent();
            case REGION -> taxonomy.region(value).isPresent();
            case YEAR -> YEAR.matcher(value).matches();
            case LANGUAGE -> LANGUAGE.matcher(value).matches();
            case CRIME_TYPES -> taxonomy.crimeType(value).isPresent();
            case ARTICLES -> taxonomy.isValidArticleId(value);
            case CROSS_CUTTING -> taxonomy.crossCuttingIssue(value).isPresent();
        };
        if (!valid) {
            throw new InvalidParameterException(facet.parameter(), invalidMessage(facet, value));
        }
    }

    private static String invalidMessage(Facet facet, String value) {
        String expected = switch (facet) {
            case DOC_TYPE -> "one of legislation, case, authority, reference";
            case COUNTRY -> "an ISO 3166-1 alpha-3 code such as CAN or FRA";
            case REGION -> "one of african, asia-pacific, eastern-european, latin-american-caribbean, western-european-other";
            case YEAR -> "a four-digit year such as 2015";
            case LANGUAGE -> "a two-letter language code such as en";
            case CRIME_TYPES -> "a crime type id such as money-laundering";
            case ARTICLES -> "an article id such as UNTOC-18 or UNTOC-18.13";
            case CROSS_CUTTING -> "a cross-cutting issue id such as mutual-legal-assistance";
        };
        return "Invalid " + facet.parameter() + " '" + value + "': expected " + expected + ".";
    }

    private static String single(Map<String, String[]> params, String name, String fallback) {
        String[] values = params.get(name);
        if (values == null || values.length == 0) {
            return fallback;
        }
        if (values.length > 1) {
            throw new InvalidParameterException(name, "Parameter '" + name + "' may only be given once.");
        }
        return values[0].strip();
    }

    private static int integer(Map<String, String[]> params, String name, int fallback, int min, int max) {
        String text = single(params, name, "");
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                throw new InvalidParameterException(name, "'" + name + "' must be between " + min + " and " + max + ", got " + value + ".");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "'" + name + "' must be a whole number, got '" + text + "'.");
        }
    }

    private static List<String> facetNames() {
        List<String> names = new ArrayList<>();
        for (Facet f : Facet.values()) {
            names.add(f.parameter());
        }
        return names;
    }
}
