package org.mycroft.api.feed;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.mycroft.api.route.Page;
import org.mycroft.api.search.SearchQueryBuilder;
import org.mycroft.api.search.SearchRequest;
import org.mycroft.api.solr.SolrSupport;
import org.mycroft.core.index.IndexFields;
import org.springframework.stereotype.Component;

/**
 * A saved search as an Atom feed (built with Rome): the search's newest units first, newest by
 * when Mycroft indexed them, so a feed reader shows what was published since the last visit.
 * Entry ids are {@code urn:mycroft:document:<id>}: the same unit keeps its id across re-indexing.
 */
@Component
public record SearchFeed(SolrClient solr, SearchQueryBuilder queries) {

    static final int ENTRIES = 50;
    private static final int SUMMARY_CHARS = 300;

    /**
     * @param base the portal's absolute base URL
     * @param raw  the request parameters, for the feed's stable id and its alternate link
     */
    public Feed build(SearchRequest request, String base, String queryString, Map<String, String[]> raw) {
        SolrQuery query = queries.unboosted(request);
        query.setStart(0);
        query.setRows(ENTRIES);
        query.setFacet(false);
        query.remove("facet.field");
        query.setHighlight(false);
        query.clearSorts();
        query.addSort(IndexFields.INGESTED_AT, SolrQuery.ORDER.desc).addSort(IndexFields.ID, SolrQuery.ORDER.asc);
        query.setFields(IndexFields.ID, IndexFields.TITLE, IndexFields.PARENT_TITLE, IndexFields.DOC_TYPE,
                IndexFields.COUNTRY, IndexFields.YEAR, IndexFields.DATE, IndexFields.INGESTED_AT, IndexFields.TEXT_EN,
                IndexFields.TEXT_FR, IndexFields.TEXT_ES, IndexFields.TEXT_GENERAL);
        List<Entry> entries = new ArrayList<>();
        Date newest = null;
        for (SolrDocument doc : SolrSupport.query(solr, query).getResults()) {
            Entry entry = entry(doc, base);
            entries.add(entry);
            if (newest == null || entry.getUpdated().after(newest)) {
                newest = entry.getUpdated();
            }
        }
        Feed feed = new Feed("atom_1.0");
        feed.setId("urn:mycroft:search:" + canonical(raw));
        feed.setTitle("Mycroft: " + (request.hasQuery() ? request.query() : "all documents"));
        feed.setUpdated(newest == null ? new Date(0) : newest);
        Person author = new Person();
        author.setName("Mycroft");
        feed.setAuthors(List.of(author));
        String suffix = queryString == null || queryString.isEmpty() ? "" : "?" + queryString;
        feed.setAlternateLinks(List.of(link("alternate", "text/html", base + "/search" + suffix)));
        feed.setOtherLinks(List.of(link("self", "application/atom+xml", base + "/search.atom" + suffix)));
        feed.setEntries(entries);
        return feed;
    }

    private static Entry entry(SolrDocument doc, String base) {
        String id = SolrSupport.str(doc, IndexFields.ID);
        Entry entry = new Entry();
        entry.setId("urn:mycroft:document:" + id);
        String title = SolrSupport.str(doc, IndexFields.TITLE);
        String parent = SolrSupport.str(doc, IndexFields.PARENT_TITLE);
        entry.setTitle(parent != null && !parent.equals(title) ? parent + " — " + title : title);
        Object indexed = doc.getFieldValue(IndexFields.INGESTED_AT);
        entry.setUpdated(indexed instanceof Date d ? d : new Date(0));
        if (doc.getFieldValue(IndexFields.DATE) instanceof Date published) {
            entry.setPublished(published);
        }
        entry.setAlternateLinks(List.of(link("alternate", "text/html", base + Page.DOCUMENT.of(id))));
        String text = SolrSupport.text(doc);
        if (text != null) {
            Content summary = new Content();
            summary.setType("text");
            String flat = text.replaceAll("\\s+", " ").strip();
            summary.setValue(flat.length() > SUMMARY_CHARS ? flat.substring(0, SUMMARY_CHARS) + " …" : flat);
            entry.setSummary(summary);
        }
        return entry;
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    /** The parameters in a fixed order, so the same saved search always has the same feed id. */
    static String canonical(Map<String, String[]> raw) {
        Map<String, List<String>> sorted = new TreeMap<>();
        raw.forEach((k, v) -> {
            if (!k.equals("page") && !k.equals("size")) {
                List<String> values = new ArrayList<>(List.of(v));
                values.removeIf(String::isBlank);
                values.sort(null);
                if (!values.isEmpty()) {
                    sorted.put(k, values);
                }
            }
        });
        StringBuilder out = new StringBuilder();
        sorted.forEach((k, values) -> values.forEach(v -> out.append(out.isEmpty() ? "" : "&")
                .append(java.net.URLEncoder.encode(k, java.nio.charset.StandardCharsets.UTF_8)).append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8))));
        return out.toString();
    }
}
