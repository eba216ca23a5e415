package org.mycroft.api.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.jsoup.nodes.Entities;
import org.mycroft.api.solr.SolrSupport;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.taxonomy.CaseVocabulary;
import org.mycroft.core.taxonomy.Taxonomy;
import org.springframework.stereotype.Component;
import org.mycroft.api.route.Page;

/**
 * Turns a Solr response into a {@link SearchResponse}: hits with safe HTML snippets and facets
 * with labels in the request's language.
 */
@Component
public class SearchResultMapper {

    private static final int FALLBACK_SNIPPET_CHARS = 240;
    /** Compiled once: String.replaceAll compiled them again for every hit without a highlight. */
    private static final Pattern LAST_PARTIAL_WORD = Pattern.compile("\\s+\\S*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String MARK = "<mark>";
    private static final String END_MARK = "</mark>";
    /** Facet values come from the index, so the keys are bounded by its vocabulary; the cap is a guard. */
    private static final int MAX_CACHED_LABELS = 100_000;

    private final Taxonomy taxonomy;
    /**
     * Labels of facet values by facet, language and value: every search labels every value of
     * every facet (hundreds), and the taxonomy never changes while the portal runs. The lookups
     * were about a third of the API's own CPU (JFR, bench search); kept by facet and language, a
     * value's label is one map lookup with no key to build (a key record per value still showed).
     */
    private final Map<Facet, Map<String, Map<String, String>>> labels = new EnumMap<>(Facet.class);
    private final AtomicInteger cachedLabels = new AtomicInteger();

    public SearchResultMapper(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        for (Facet facet : Facet.values()) {
            labels.put(facet, new ConcurrentHashMap<>());
        }
    }

    public SearchResponse map(SearchRequest request, QueryResponse response) {
        Map<String, Map<String, List<String>>> highlighting =
                response.getHighlighting() == null ? Map.of() : response.getHighlighting();
        List<SearchHit> hits = new ArrayList<>();
        for (SolrDocument doc : response.getResults()) {
            String id = (String) doc.getFieldValue(IndexFields.ID);
            hits.add(new SearchHit(
                    id,
                    SolrSupport.str(doc, IndexFields.DOC_TYPE),
                    SolrSupport.str(doc, IndexFields.TITLE),
                    SolrSupport.str(doc, IndexFields.PARENT_ID),
                    SolrSupport.str(doc, IndexFields.PARENT_TITLE),
                    SolrSupport.str(doc, IndexFields.PROVISION_NUMBER),
                    SolrSupport.str(doc, IndexFields.HEADING),
                    SolrSupport.str(doc, IndexFields.COUNTRY),
                    SolrSupport.integer(doc, IndexFields.YEAR),
                    SolrSupport.str(doc, IndexFields.LANGUAGE),
                    SolrSupport.list(doc, IndexFields.ARTICLES),
                    SolrSupport.list(doc, IndexFields.CRIME_TYPES),
                    SolrSupport.list(doc, IndexFields.CROSS_CUTTING),
                    SolrSupport.list(doc, IndexFields.MENTIONS),
                    snippet(doc, highlighting.getOrDefault(id, Map.of())),
                    Page.DOCUMENT.of(id),
                    !Boolean.FALSE.equals(doc.getFieldValue(IndexFields.IN_FORCE)),
                    SolrSupport.day(doc, IndexFields.SUPERSEDED_ON)));
        }
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        List<String> truncated = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            FacetField field = response.getFacetField(facet.parameter());
            List<FacetValue> values = new ArrayList<>();
            List<FacetField.Count> counts = field == null || field.getValues() == null ? List.of() : field.getValues();
            // Solr was asked for one value more than the list holds: its presence says the list goes on.
            int shown = SearchQueryBuilder.listsAll(request, facet) ? counts.size()
                    : Math.min(counts.size(), SearchQueryBuilder.FACET_VALUES);
            if (shown < counts.size()) {
                truncated.add(facet.parameter());
            }
            Map<String, String> labelled = labels(facet, request.lang());
            // A value of a closed case vocabulary that the filter would refuse (a hand-written sidecar's
            // typo) is not offered: every facet link must lead to results, never to a 400.
            boolean closed = CaseVocabulary.get().fields().contains(facet.parameter());
            for (FacetField.Count count : counts.subList(0, shown)) {
                if (!closed || CaseVocabulary.get().accepts(facet.parameter(), count.getName())) {
                    values.add(new FacetValue(count.getName(), label(labelled, facet, count.getName(), request.lang()),
                            count.getCount()));
                }
            }
            if (facet == Facet.YEAR) {
                values = values.reversed(); // newest first
            }
            facets.put(facet.parameter(), values);
        }
        return new SearchResponse(response.getResults().getNumFound(), request.page(), request.size(), hits, facets,
                List.copyOf(truncated), List.of(), concepts(request));
    }

    /** The concepts recognised in the query, labelled in the request's language. */
    RecognisedConcepts concepts(SearchRequest request) {
        return new RecognisedConcepts(request.conceptSearch(), request.concepts().stream()
                .map(c -> new RecognisedConcepts.Concept(c.id(), c.facet().parameter(),
                        taxonomy.label(c.facet().parameter(), c.id(), request.lang())))
                .toList());
    }

    /** The cached labels of one facet's values in one language. */
    private Map<String, String> labels(Facet facet, String lang) {
        return labels.get(facet).computeIfAbsent(lang == null ? "" : lang, l -> new ConcurrentHashMap<>());
    }

    private String label(Map<String, String> labelled, Facet facet, String value, String lang) {
        String label = labelled.get(value);
        if (label == null) {
            if (cachedLabels.incrementAndGet() > MAX_CACHED_LABELS) { // a guard: the index's vocabulary bounds the values
                labels.values().forEach(Map::clear);
                cachedLabels.set(0);
            }
            label = taxonomy.label(facet.parameter(), value, lang);
            labelled.put(value, label);
        }
        return label;
    }

    /**
     * Solr already escaped the text (hl.encoder=html) and added the {@code <mark>} pairs; any other
     * {@code <} or {@code >} is escaped here, so nothing but {@code <mark>} can ever be a tag. One
     * pass over the string: a full HTML parse per snippet (Jsoup.clean) was the largest single cost
     * of the API's own code.
     */
    static String onlyMarks(String html) {
        StringBuilder out = new StringBuilder(html.length() + 16);
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '<' && html.startsWith(MARK, i)) {
                out.append(MARK);
                i += MARK.length() - 1;
            } else if (c == '<' && html.startsWith(END_MARK, i)) {
                out.append(END_MARK);
                i += END_MARK.length() - 1;
            } else if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String snippet(SolrDocument doc, Map<String, List<String>> highlights) {
        List<String> fragments = new ArrayList<>();
        for (String field : IndexFields.TEXT_FIELDS) {
            fragments.addAll(highlights.getOrDefault(field, List.of()));
        }
        if (!fragments.isEmpty()) {
            return onlyMarks(String.join(" … ", fragments));
        }
        String text = SolrSupport.text(doc);
        if (text == null) {
            return "";
        }
        String start = text.length() > FALLBACK_SNIPPET_CHARS
                ? LAST_PARTIAL_WORD.matcher(text.substring(0, FALLBACK_SNIPPET_CHARS)).replaceFirst("") + " …"
                : text;
        return Entities.escape(SPACES.matcher(start).replaceAll(" "));
    }
}
