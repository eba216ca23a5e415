package org.mycroft.api.route;

import java.util.ArrayList;
import java.util.List;

/**
 * The addresses of the pages with parameters (compare, coverage, search), written in one place with
 * {@link Page} (an item's page and its JSON twin): the API puts them in its answers ({@code url},
 * {@code compare_url}…) and the pages link with them. Ids and codes are URL-safe by construction
 * (letters, digits, '-', '.', '_'), so they are written as they are.
 */
public final class Routes {

    private Routes() {}

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
