package org.mycroft.api.route;

import java.util.ArrayList;
import java.util.List;

/**
 * The addresses of the pages and their JSON twins, written in one place: the API puts them in its
 * answers ({@code url}, {@code compare_url}…) and the pages link with them. Ids and codes are
 * URL-safe by construction (letters, digits, '-', '.', '_'), so they are written as they are.
 */
public final class Routes {

    private Routes() {}

    public static String document(String id) {
        return "/documents/" + id;
    }

    public static String documentApi(String id) {
        return "/api/documents/" + id;
    }

    public static String article(String id) {
        return "/articles/" + id;
    }

    public static String articleApi(String id) {
        return "/api/articles/" + id;
    }

    public static String country(String iso3) {
        return "/countries/" + iso3;
    }

    public static String countryApi(String iso3) {
        return "/api/countries/" + iso3;
    }

    /** {@code /compare?article=…&country=…&region=…}; {@code region} may be null. */
    public static String compare(String article, List<String> countries, String region) {
        Query q = new Query("/compare").with("article", article);
        countries.forEach(c -> q.with("country", c));
        return q.with("region", region).toString();
    }

    /** {@code /search} with the given filters, e.g. {@code search().with("doc_type", "case")}. */
    public static Query search() {
        return new Query("/search");
    }

    /** {@code /coverage} with the given parameters. */
    public static Query coverage() {
        return new Query("/coverage");
    }

    /** A page address with parameters in the order given; a null value is left out. */
    public static final class Query {

        private final String path;
        private final List<String> params = new ArrayList<>();

        private Query(String path) {
            this.path = path;
        }

        public Query with(String name, String value) {
            if (value != null) {
                params.add(name + "=" + value);
            }
            return this;
        }

        @Override
        public String toString() {
            return params.isEmpty() ? path : path + "?" + String.join("&", params);
        }
    }
}
