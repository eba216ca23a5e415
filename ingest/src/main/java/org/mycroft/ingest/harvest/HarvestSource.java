package org.mycroft.ingest.harvest;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One entry of the sources file: document URLs given one by one, and/or an index page whose
 * links are followed one level. {@code name} is also the folder the documents are saved in.
 * {@code obeyRobotsTxt} is false only where the site's owner has agreed to be harvested regardless.
 */
public record HarvestSource(String name, List<URI> urls, URI index, Pattern linkPattern, boolean sameHost,
        boolean obeyRobotsTxt, DocumentMeta meta) {

    public HarvestSource {
        urls = List.copyOf(urls);
    }

    public boolean hasIndex() {
        return index != null;
    }
}
