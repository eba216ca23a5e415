package org.mycroft.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.SimpleOrderedMap;
import org.junit.jupiter.api.Test;
import org.mycroft.core.taxonomy.Taxonomy;

/** From a Solr response (built here as Solr would send it) to the JSON hits and facets, without Solr. */
class SearchResultMapperTest {

    private final SearchResultMapper mapper = new SearchResultMapper(Taxonomy.load());

    private static SolrDocument doc(String id, String text) {
        SolrDocument d = new SolrDocument();
        d.setField("id", id);
        d.setField("doc_type", "legislation");
        d.setField("country", "CAN");
        d.setField("year", 2001);
        d.addField("articles", "UNTOC-6");
        d.setField("text_en", text);
        return d;
    }

    private static QueryResponse response(SolrDocumentList docs, NamedList<Object> highlighting) {
        NamedList<Object> countries = new NamedList<>();
        countries.add("CAN", 2L);
        NamedList<Object> years = new NamedList<>();
        years.add("1999", 1L);
        years.add("2001", 1L);
        NamedList<Object> fields = new SimpleOrderedMap<>();
        fields.add("country", countries);
        fields.add("year", years);
        NamedList<Object> facetCounts = new NamedList<>();
        facetCounts.add("facet_fields", fields);
        NamedList<Object> body = new NamedList<>();
        body.add("response", docs);
        body.add("highlighting", highlighting);
        body.add("facet_counts", facetCounts);
        return new QueryResponse(body, null);
    }

    @Test
    void hitsCarryTheirFieldsAndOnlyMarkSurvivesInSnippets() {
        SolrDocumentList docs = new SolrDocumentList();
        docs.add(doc("can-a_s-1", "unused"));
        docs.add(doc("can-a_s-2", "Every person who <b>launders</b>   money " + "word ".repeat(80)));
        docs.setNumFound(42);
        NamedList<Object> perField = new SimpleOrderedMap<>();
        perField.add("text_en", List.of("the <mark>proceeds</mark> &lt;script&gt;", "<script>x</script><mark>crime</mark>"));
        NamedList<Object> highlighting = new SimpleOrderedMap<>();
        highlighting.add("can-a_s-1", perField);
        SearchRequest request = new SearchRequest("proceeds", Map.of(), SearchSort.RELEVANCE, 1, 20, "fr");

        SearchResponse out = mapper.map(request, response(docs, highlighting));

        assertThat(out.total()).isEqualTo(42);
        SearchHit first = out.results().getFirst();
        assertThat(first.id()).isEqualTo("can-a_s-1");
        assertThat(first.url()).isEqualTo("/documents/can-a_s-1");
        assertThat(first.year()).isEqualTo(2001);
        assertThat(first.articles()).containsExactly("UNTOC-6");
        assertThat(first.snippet()).isEqualTo("the <mark>proceeds</mark> &lt;script&gt; … &lt;script&gt;x&lt;/script&gt;<mark>crime</mark>");
        // No highlight: the start of the text, escaped, whitespace folded, cut at a word.
        String fallback = out.results().get(1).snippet();
        assertThat(fallback).startsWith("Every person who &lt;b&gt;launders&lt;/b&gt; money word").endsWith(" …")
                .doesNotContain("<b>");
    }

    @Test
    void nothingButMarkCanBeATagInASnippet() {
        assertThat(SearchResultMapper.onlyMarks("<MARK>a</MARK> <mark onclick=x>b</mark> <img src=x onerror=alert(1)>"
                + " <<mark>c</mark>> <svg/onload=1> &amp; <mark>d</mark"))
                .isEqualTo("&lt;MARK&gt;a&lt;/MARK&gt; &lt;mark onclick=x&gt;b</mark> &lt;img src=x onerror=alert(1)&gt;"
                        + " &lt;<mark>c</mark>&gt; &lt;svg/onload=1&gt; &amp; <mark>d&lt;/mark");
        org.jsoup.nodes.Document parsed = org.jsoup.Jsoup.parseBodyFragment(
                SearchResultMapper.onlyMarks("x<script>alert(1)</script><mark>y</mark><a href=javascript:1>z</a>"));
        assertThat(parsed.select("script, a")).isEmpty();
        assertThat(parsed.body().children()).extracting(org.jsoup.nodes.Element::tagName).containsExactly("mark");
    }

    @Test
    void facetsAreLabelledInTheRequestLanguageAndYearsNewestFirst() {
        SearchRequest request = new SearchRequest("", Map.of(), SearchSort.NEWEST, 1, 20, "fr");
        SearchResponse out = mapper.map(request, response(new SolrDocumentList(), new SimpleOrderedMap<>()));
        assertThat(out.facets().get("country")).containsExactly(new FacetValue("CAN", "Canada", 2));
        assertThat(out.facets().get("year")).extracting(FacetValue::value).containsExactly("2001", "1999");
        // Years are labelled without a lookup, exactly as the taxonomy labels them.
        assertThat(out.facets().get("year")).extracting(FacetValue::label)
                .containsExactly(Taxonomy.load().label("year", "2001", "fr"), Taxonomy.load().label("year", "1999", "fr"));
        assertThat(out.facets().get("crime_types")).isEmpty();
        assertThat(out.results()).isEmpty();
    }

    @Test
    void theFallbackSnippetsLoopsCutAndFoldExactlyAsTheirRegexesDid() {
        Pattern lastPartialWord = Pattern.compile("\\s+\\S*$");
        Pattern spaces = Pattern.compile("\\s+");
        // Every kind of \s, a no-break space and the other line terminators (not \s) and letters, in runs and at both ends.
        char[] alphabet = {' ', '\t', '\n', 0x0B, '\f', '\r', '\u00A0', '\u0085', '\u2028', 'a', 'é', '.'};
        Random random = new Random(14);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String t = text.toString();
            assertThat(SearchResultMapper.withoutLastPartialWord(t)).as("cut %s", t)
                    .isEqualTo(lastPartialWord.matcher(t).replaceFirst(""));
            assertThat(SearchResultMapper.foldSpaces(t)).as("fold %s", t).isEqualTo(spaces.matcher(t).replaceAll(" "));
        }
    }
}
