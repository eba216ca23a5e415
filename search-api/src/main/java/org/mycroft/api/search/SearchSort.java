package org.mycroft.api.search;

import java.util.Arrays;
import java.util.Optional;

/** Result orders a user can choose. An empty query defaults to NEWEST, any other to RELEVANCE. */
public enum SearchSort {
    RELEVANCE("relevance"),
    NEWEST("newest"),
    OLDEST("oldest");

    private final String parameter;

    SearchSort(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static Optional<SearchSort> byParameter(String name) {
        return Arrays.stream(values()).filter(s -> s.parameter.equals(name)).findFirst();
    }
}
