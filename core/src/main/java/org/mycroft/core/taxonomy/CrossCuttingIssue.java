package org.mycroft.core.taxonomy;

import java.util.List;
import java.util.Map;

/** A cross-cutting issue (MLA, extradition…) and the articles (or paragraphs) that govern it. */
public record CrossCuttingIssue(String id, List<String> articles, Map<String, String> labels) {

    public CrossCuttingIssue {
        articles = List.copyOf(articles);
        labels = Map.copyOf(labels);
    }

    public String label(String lang) {
        return Labels.pick(labels, lang);
    }
}
