package org.mycroft.api.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;
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

    /** Snippets may contain nothing but text and the match marks. */
    private static final Safelist SNIPPET_TAGS = Safelist.none().addTags("mark");
    private static final int FALLBACK_SNIPPET_CHARS = 240;

    private final Taxonomy taxonomy;

    public SearchResultMapper(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
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
        for (Facet facet : Facet.values()) {
            FacetField field = response.getFacetField(facet.parameter());
            List<FacetValue> values = new ArrayList<>();
            if (field != null && field.getValues() != null) {
                for (FacetField.Count count : field.getValues()) {
                    if (!offerable(facet, count.getName())) {
                        continue;
                    }
                    values.add(new FacetValue(count.getName(),
                            taxonomy.label(facet.parameter(), count.getName(), request.lang()), count.getCount()));
                }
            }
            if (facet == Facet.YEAR) {
                values = values.reversed(); // newest first
            }
            facets.put(facet.parameter(), values);
        }
        return new SearchResponse(response.getResults().getNumFound(), request.page(), request.size(), hits, facets, List.of());
    }

    /**
     * A value of a closed case vocabulary that the filter would refuse (a hand-written sidecar's
     * typo) is not offered: every facet link must lead to results, never to a 400.
     */
    private static boolean offerable(Facet facet, String value) {
        String field = facet.parameter();
        return !CaseVocabulary.get().fields().contains(field) || CaseVocabulary.get().accepts(field, value);
    }

    private static String snippet(SolrDocument doc, Map<String, List<String>> highlights) {
        List<String> fragments = new ArrayList<>();
        for (String field : IndexFields.TEXT_FIELDS) {
            fragments.addAll(highlights.getOrDefault(field, List.of()));
        }
        if (!fragments.isEmpty()) {
            // Solr already escaped the text (hl.encoder=html); cleaning again guarantees only <mark> survives.
            return Jsoup.clean(String.join(" … ", fragments), SNIPPET_TAGS);
        }
        String text = SolrSupport.text(doc);
        if (text == null) {
            return "";
        }
        String start = text.length() > FALLBACK_SNIPPET_CHARS
                ? text.substring(0, FALLBACK_SNIPPET_CHARS).replaceFirst("\\s+\\S*$", "") + " …"
                : text;
        return Entities.escape(start.replaceAll("\\s+", " "));
    }
}
