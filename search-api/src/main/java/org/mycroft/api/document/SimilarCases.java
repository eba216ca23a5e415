package org.mycroft.api.document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.mycroft.api.route.Page;
import org.mycroft.api.solr.SolrSupport;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.index.IndexQueries;
import org.mycroft.core.taxonomy.DocType;
import org.mycroft.core.taxonomy.Taxonomy;
import org.springframework.stereotype.Service;

/**
 * Cases like a given unit: Solr's MoreLikeThis query parser over the unit's stored text, plus
 * its tags, restricted to cases. A unit with tags only gets cases sharing at least one of them. Only published cases are in the index (curation removes a case from
 * it when it leaves "published"), so drafts never appear here.
 */
@Service
public record SimilarCases(SolrClient solr, Taxonomy taxonomy) {

    public static final int LIMIT = 5;

    /**
     * The text half of the likeness: MoreLikeThis over the stored title and body (re-analysed, so no
     * term vectors are needed), keeping words found in at least one other unit and of 3 letters or more.
     */
    static final String LIKE_TEXT = "{!mlt qf=" + IndexFields.TITLE + "," + String.join(",", IndexFields.TEXT_FIELDS)
            + " mintf=1 mindf=2 minwl=3 maxqt=25 v=$like_id}";
    /**
     * Weight of each shared tag against the text. Tags are what cases in different languages have in
     * common, and what the reader is told, so a shared tag counts for more than a few shared words.
     */
    static final int TAG_BOOST = 4;

    /** Up to {@link #LIMIT} cases most like {@code source} (never itself), each with the tags they share. */
    public List<SimilarCase> like(SolrDocument source) {
        String id = SolrSupport.str(source, IndexFields.ID);
        String tags = tagQuery(source);
        // Every clause travels as a parameter reference: the id and the tags are never spliced into local params.
        // With tags, a like must share one (so each is explained to the reader); more shared tags and words rank higher.
        SolrQuery query = new SolrQuery("{!bool should=$like_text" + (tags.isEmpty() ? "" : " must=$like_tags") + "}")
                .addFilterQuery(IndexQueries.docType(DocType.CASE), IndexQueries.not(IndexQueries.is(IndexFields.ID, id)))
                .setFields(IndexFields.ID, IndexFields.TITLE, IndexFields.LANGUAGE, IndexFields.COUNTRY, IndexFields.YEAR,
                        IndexFields.ARTICLES, IndexFields.CRIME_TYPES, IndexFields.CROSS_CUTTING)
                .setRows(LIMIT);
        query.set("like_id", id);
        query.set("like_text", LIKE_TEXT);
        if (!tags.isEmpty()) {
            query.set("like_tags", tags);
        }
        // The /select default is edismax, which (rightly, for users' text) ignores local params.
        query.set("defType", "lucene");
        Set<String> own = expanded(source);
        List<SimilarCase> cases = new ArrayList<>();
        for (SolrDocument d : SolrSupport.query(solr, query).getResults()) {
            String caseId = SolrSupport.str(d, IndexFields.ID);
            String title = SolrSupport.str(d, IndexFields.TITLE);
            cases.add(new SimilarCase(caseId, title == null ? caseId : title, SolrSupport.str(d, IndexFields.LANGUAGE),
                    SolrSupport.str(d, IndexFields.COUNTRY),
                    SolrSupport.integer(d, IndexFields.YEAR), Page.DOCUMENT.of(caseId), shared(own, expanded(d))));
        }
        return List.copyOf(cases);
    }

    /** One boosted clause per tag family the source carries, each tag (with its ancestors) escaped. */
    private static String tagQuery(SolrDocument source) {
        List<String> clauses = new ArrayList<>();
        for (String field : List.of(IndexFields.CRIME_TYPES_EXPANDED, IndexFields.CROSS_CUTTING, IndexFields.ARTICLES_EXPANDED)) {
            List<String> values = SolrSupport.list(source, field);
            if (!values.isEmpty()) {
                clauses.add("(" + IndexQueries.anyOf(field, values) + ")^" + TAG_BOOST);
            }
        }
        return String.join(" ", clauses);
    }

    /** Tags of both, without a tag whose child is also shared ("UNTOC-16.1" says more than "UNTOC-16"). */
    private List<String> shared(Set<String> a, Set<String> b) {
        Set<String> both = new LinkedHashSet<>(a);
        both.retainAll(b);
        Set<String> ancestors = new LinkedHashSet<>();
        for (String tag : both) {
            ancestors.addAll(ancestorsOf(tag));
        }
        return both.stream().filter(t -> !ancestors.contains(t)).toList();
    }

    /** The unit's tags (crime types first, the most telling to a reader) with their ancestors. */
    private Set<String> expanded(SolrDocument doc) {
        Set<String> tags = new LinkedHashSet<>();
        // A tag the taxonomy no longer knows (an index older than its data) is still shared as itself.
        for (String crime : SolrSupport.list(doc, IndexFields.CRIME_TYPES)) {
            tags.addAll(ancestorsOf(crime));
            tags.add(crime);
        }
        tags.addAll(SolrSupport.list(doc, IndexFields.CROSS_CUTTING));
        for (String article : SolrSupport.list(doc, IndexFields.ARTICLES)) {
            tags.addAll(ancestorsOf(article));
            tags.add(article);
        }
        return tags;
    }

    private List<String> ancestorsOf(String tag) {
        List<String> withSelf = taxonomy.crimeType(tag).isPresent() ? taxonomy.crimeTypeWithAncestors(tag)
                : taxonomy.isValidArticleId(tag) ? Taxonomy.withAncestors(tag) : List.of(tag);
        return withSelf.stream().filter(t -> !t.equals(tag)).toList();
    }
}
