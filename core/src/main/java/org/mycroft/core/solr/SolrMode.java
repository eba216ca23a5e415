package org.mycroft.core.solr;

import java.util.Arrays;
import java.util.Locale;

/** Where the index lives: inside this JVM, a standalone Solr over HTTP, or a SolrCloud cluster. */
public enum SolrMode {
    EMBEDDED,
    HTTP,
    CLOUD;

    public static SolrMode parse(String text) {
        return Arrays.stream(values())
                .filter(m -> m.name().equalsIgnoreCase(text.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Unknown Solr mode '" + text + "': use embedded, http or cloud"));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
