package org.mycroft.api.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.tagging.TagResult;
import org.mycroft.tagging.Tagger;
import org.mycroft.tagging.TaggingContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Recognises the taxonomy's concepts in a query with the tagger's own multilingual vocabulary, so
 * "trata de personas", "traite des personnes" and "mensenhandel" all give
 * {@code trafficking-in-persons}. The query is read in every language (a reader may type English
 * terms in a French interface) and as a reference text, so a list of crimes is not discounted as
 * predicate offences. Only crime types and cross-cutting issues are taken: implied articles would
 * widen a query far beyond what the reader named.
 */
@Component
public class ConceptRecognizer {

    /** More concepts than this in one query are a list, not a subject; the first ones are kept. */
    static final int MAX_CONCEPTS = 4;
    private static final TaggingContext QUERY = TaggingContext.reference("other");

    /** Texts whose concepts are kept, at most: with {@link #MAX_CACHED_TEXT} a bound of a few megabytes. */
    static final int MAX_CACHED_TEXTS = 4096;
    /** Longer texts (a pasted paragraph) are read each time: they are rarely searched twice. */
    static final int MAX_CACHED_TEXT = 200;

    private final Taxonomy taxonomy;
    private final Tagger tagger;
    private final Map<String, List<QueryConcept>> recognised = new ConcurrentHashMap<>();

    @Autowired
    public ConceptRecognizer(Taxonomy taxonomy) {
        this(taxonomy, Tagger.loadDefault(taxonomy));
    }

    public ConceptRecognizer(Taxonomy taxonomy, Tagger tagger) {
        this.taxonomy = taxonomy;
        this.tagger = tagger;
    }

    /**
     * The concepts named in the text, crime types first, each once; empty when none. A reader pages
     * and narrows by facets with the same text, so each text is read once and its concepts kept
     * (they depend on the text alone: the tagger and the taxonomy do not change while the portal runs).
     */
    public List<QueryConcept> recognise(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        if (text.length() > MAX_CACHED_TEXT) {
            return recogniseAfresh(text);
        }
        List<QueryConcept> known = recognised.get(text);
        if (known == null) {
            known = recogniseAfresh(text);
            if (recognised.size() >= MAX_CACHED_TEXTS) { // a guard on memory, not an eviction policy: rare texts refill it
                recognised.clear();
            }
            recognised.put(text, known);
        }
        return known;
    }

    /** How many texts' concepts are kept now. */
    int keptTexts() {
        return recognised.size();
    }

    /** {@link #recognise} without the kept answers: the tagger reads the text again. */
    public List<QueryConcept> recogniseAfresh(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        TagResult tags = tagger.tag(text, QUERY);
        List<QueryConcept> concepts = new ArrayList<>();
        for (String id : tags.crimeTypes()) {
            taxonomy.crimeType(id).ifPresent(c -> concepts.add(new QueryConcept(id, Facet.CRIME_TYPES, labels(c.labels()))));
        }
        for (String id : tags.crossCutting()) {
            taxonomy.crossCuttingIssue(id)
                    .ifPresent(c -> concepts.add(new QueryConcept(id, Facet.CROSS_CUTTING, labels(c.labels()))));
        }
        return List.copyOf(concepts.subList(0, Math.min(MAX_CONCEPTS, concepts.size())));
    }

    /** Each distinct name once (French and English often share one: "Extradition"). */
    private static List<String> labels(Map<String, String> byLanguage) {
        Set<String> distinct = new LinkedHashSet<>();
        byLanguage.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue).filter(label -> label != null && !label.isBlank()).forEach(distinct::add);
        return List.copyOf(distinct);
    }
}
