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
    private static final Pattern LAST_PARTIAL_WORD = Pattern.compile("\\s+\\S*$");
    /** The characters before which {@code $} matches as well as at the end (Pattern's line terminators). */
    private static final String LINE_TERMINATORS = "\n\r\u0085\u2028\u2029";
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
                    // A year is its own label (Taxonomy.label's default): no lookup for the longest list.
                    String label = facet == Facet.YEAR ? count.getName() : label(labelled, facet, count.getName(), request.lang());
                    values.add(new FacetValue(count.getName(), label, count.getCount()));
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
        StringBuilder out = null; // only when something must be escaped: most snippets are copied as they are
        int copied = 0;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c != '<' && c != '>') {
                continue;
            }
            if (html.startsWith(MARK, i)) {
                i += MARK.length() - 1;
            } else if (html.startsWith(END_MARK, i)) {
                i += END_MARK.length() - 1;
            } else {
                if (out == null) {
                    out = new StringBuilder(html.length() + 16);
                }
                out.append(html, copied, i).append(c == '<' ? "&lt;" : "&gt;");
                copied = i + 1;
            }
        }
        return out == null ? html : out.append(html, copied, html.length()).toString();
    }

    private static String snippet(SolrDocument doc, Map<String, List<String>> highlights) {
        StringBuilder fragments = null; // the fields' fragments in TEXT_FIELDS order, joined by " … "
        if (!highlights.isEmpty()) {
            for (String field : IndexFields.TEXT_FIELDS) {
                for (String fragment : highlights.getOrDefault(field, List.of())) {
                    fragments = fragments == null ? new StringBuilder(fragment.length() * 2) : fragments.append(" … ");
                    fragments.append(fragment);
                }
            }
        }
        if (fragments != null) {
            return onlyMarks(fragments.toString());
        }
        String text = SolrSupport.text(doc);
        if (text == null) {
            return "";
        }
        String start = text.length() > FALLBACK_SNIPPET_CHARS
                ? withoutLastPartialWord(text.substring(0, FALLBACK_SNIPPET_CHARS)) + " …"
                : text;
        return Entities.escape(foldSpaces(start));
    }

    /** Whether {@code c} is whitespace as the regex {@code \s} reads it (ASCII only). */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /**
     * {@code text} without its last run of whitespace and the word after it, as {@code \s+\S*$}
     * replaced by nothing; unchanged without whitespace. A loop: the regex tried a match at every
     * whitespace of the text, one of the costs of each hit without a highlight. A text ending in a
     * line terminator, where {@code $} also matches before it, keeps the regex.
     */
    static String withoutLastPartialWord(String text) {
        int end = text.length();
        if (end > 0 && LINE_TERMINATORS.indexOf(text.charAt(end - 1)) >= 0) {
            return LAST_PARTIAL_WORD.matcher(text).replaceFirst("");
        }
        while (end > 0 && !space(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return text;
        }
        while (end > 0 && space(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /** Every run of whitespace ({@code \s+}) as one space. */
    static String foldSpaces(String text) {
        StringBuilder out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (space(c) && (c != ' ' || (i + 1 < n && space(text.charAt(i + 1))))) {
                if (out == null) {
                    out = new StringBuilder(n).append(text, 0, i);
                }
                out.append(' ');
                while (i + 1 < n && space(text.charAt(i + 1))) {
                    i++;
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
