package org.mycroft.web.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.mycroft.api.route.Routes;
import org.mycroft.api.solr.SolrSupport;
import org.mycroft.api.system.NotFoundException;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.index.IndexQueries;
import org.mycroft.core.taxonomy.Country;
import org.mycroft.core.taxonomy.DirectoryVocabulary;
import org.mycroft.core.taxonomy.DocType;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.curation.directory.Access;
import org.mycroft.curation.directory.DirectoryField;
import org.mycroft.curation.directory.DirectoryReader;
import org.mycroft.curation.directory.Listing;
import org.springframework.stereotype.Service;

/**
 * The directory for the public pages and the JSON twin: everything is built from what
 * {@link DirectoryReader} lets this reader see, so counts, links and fields can only show visible
 * data. Links to the index (national laws held there, reference documents) come from Solr, which
 * holds public data only.
 */
@Service
record DirectoryService(DirectoryReader reader, Taxonomy taxonomy, SolrClient solr) {

    static final String PAGE = "/directory";
    static final String API = "/api/directory";
    private static final Pattern INDEX_ID = Pattern.compile("[a-z0-9][a-z0-9_#.\\-]{0,199}");
    private static final int REFERENCES = 10;

    DirectoryJson.Listing search(DirectoryParameters params, Access access) {
        List<Listing> found = reader.search(params.query(taxonomy), access);
        List<DirectoryJson.Entry> entries = found.stream().map(l -> entry(l, params.lang(), List.of(), List.of())).toList();
        Map<String, Long> byType = new LinkedHashMap<>();
        DirectoryVocabulary.get().authorityTypes().forEach(t -> byType.put(t, 0L));
        Map<String, Long> byRegion = new LinkedHashMap<>();
        taxonomy.regions().forEach(r -> byRegion.put(r.id(), 0L));
        for (DirectoryJson.Entry e : entries) {
            byType.merge(e.authorityType(), 1L, Long::sum);
            if (e.region() != null) {
                byRegion.merge(e.region(), 1L, Long::sum);
            }
        }
        List<DirectoryJson.Count> types = byType.entrySet().stream().map(t -> new DirectoryJson.Count(t.getKey(),
                typeLabel(t.getKey(), params.lang()), t.getValue())).toList();
        List<DirectoryJson.Count> regions = byRegion.entrySet().stream().map(r -> new DirectoryJson.Count(r.getKey(),
                taxonomy.region(r.getKey()).map(x -> x.label(params.lang())).orElse(r.getKey()), r.getValue())).toList();
        return new DirectoryJson.Listing(params.lang(), params.canonical(), entries.size(), entries, types, regions);
    }

    /** One entry; a restricted, unpublished or unknown one is the same 404 with the same message. */
    DirectoryJson.Entry entry(String id, String lang, Access access) {
        Listing listing = (INDEX_ID.matcher(id).matches() ? reader.entry(id, access) : Optional.<Listing>empty())
                .orElseThrow(() -> new NotFoundException("No directory entry '" + id + "'."));
        return entry(listing, lang, lawLinks(listing), references(listing.entry().authorityType()));
    }

    /** The entries of one State this reader may see, for the country page. */
    List<DirectoryJson.Entry> ofState(String iso3, String lang, Access access) {
        return reader.search(new org.mycroft.curation.directory.DirectoryQuery(List.of(iso3), List.of(), null), access).stream()
                .map(l -> entry(l, lang, List.of(), List.of())).toList();
    }

    private DirectoryJson.Entry entry(Listing l, String lang, List<DirectoryJson.Link> laws, List<DirectoryJson.Link> references) {
        var e = l.entry();
        Map<String, String> fields = new LinkedHashMap<>();
        for (DirectoryField f : DirectoryField.values()) {
            l.value(f.id()).ifPresent(v -> fields.put(f.id(), v));
            if (f.kind() == DirectoryField.Kind.PHONE) {
                l.value(f.e164Id()).ifPresent(v -> fields.put(f.e164Id(), v));
            }
        }
        Optional<Country> country = taxonomy.countries().byIso3(e.state());
        return new DirectoryJson.Entry(e.id(), PAGE + "/" + e.id(), API + "/" + e.id(), e.state(),
                country.map(c -> c.name(lang)).orElse(e.state()), country.map(Country::region).orElse(null), e.authorityType(),
                typeLabel(e.authorityType(), lang), DirectoryVocabulary.get().instrument(e.authorityType()).orElse(null),
                DirectoryVocabulary.get().article(e.authorityType()).orElse(null), e.nameEn(), e.nameLocal(),
                "sample".equals(e.provenance().sourceKind()), e.updatedAt().toString().substring(0, 10), fields,
                List.copyOf(new TreeSet<>(l.restricted().keySet())), laws, references);
    }

    static String typeLabel(String type, String lang) {
        return DirectoryVocabulary.get().label(DirectoryVocabulary.AUTHORITY_TYPE, type, lang).orElse(type);
    }

    /**
     * The national-law lines of an entry the reader may see: "label | https://…" links out; a line
     * that is the id of a law or provision in the index links to its page there.
     */
    private List<DirectoryJson.Link> lawLinks(Listing listing) {
        Optional<String> value = listing.value(DirectoryField.NATIONAL_LAWS.id());
        if (value.isEmpty()) {
            return List.of();
        }
        List<String> lines = List.of(value.get().split("\n"));
        Set<String> candidates = new TreeSet<>();
        lines.stream().map(String::strip).filter(line -> INDEX_ID.matcher(line).matches()).forEach(candidates::add);
        Map<String, String> titles = indexTitles(candidates);
        List<DirectoryJson.Link> links = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            int bar = line.lastIndexOf('|');
            if (bar >= 0) {
                links.add(new DirectoryJson.Link(line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
            } else if (titles.containsKey(line)) {
                links.add(new DirectoryJson.Link(titles.get(line), org.mycroft.api.route.Page.DOCUMENT.of(line)));
            } else {
                links.add(new DirectoryJson.Link(line, null));
            }
        }
        return links;
    }

    /** Title of each id that is a law (parent id) or a unit of the index. */
    private Map<String, String> indexTitles(Set<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        SolrQuery q = IndexQueries.everything();
        q.addFilterQuery(IndexQueries.or(IndexQueries.anyOf(IndexFields.ID, ids), IndexQueries.anyOf(IndexFields.PARENT_ID, ids)));
        q.setFields(IndexFields.ID, IndexFields.PARENT_ID, IndexFields.PARENT_TITLE, IndexFields.TITLE);
        q.setRows(200);
        Map<String, String> titles = new LinkedHashMap<>();
        for (SolrDocument d : SolrSupport.query(solr, q).getResults()) {
            String parent = SolrSupport.str(d, IndexFields.PARENT_ID);
            String id = SolrSupport.str(d, IndexFields.ID);
            if (parent != null && ids.contains(parent)) {
                titles.putIfAbsent(parent, Objects.requireNonNullElse(SolrSupport.str(d, IndexFields.PARENT_TITLE), parent));
            }
            if (ids.contains(id)) {
                titles.put(id, Objects.requireNonNullElse(SolrSupport.str(d, IndexFields.TITLE), id));
            }
        }
        return titles;
    }

    /** Reference documents of the index (model laws and treaties, guides, manuals) on the entry's article or on central authorities. */
    private List<DirectoryJson.Link> references(String authorityType) {
        SolrQuery q = IndexQueries.everything();
        q.addFilterQuery(IndexQueries.docType(DocType.REFERENCE));
        String onCentralAuthorities = IndexQueries.is(IndexFields.CROSS_CUTTING, "central-authorities");
        q.addFilterQuery(DirectoryVocabulary.get().article(authorityType)
                .map(a -> IndexQueries.or(IndexQueries.is(IndexFields.ARTICLES_EXPANDED, a), onCentralAuthorities))
                .orElse(onCentralAuthorities));
        q.setFields(IndexFields.ID, IndexFields.PARENT_ID, IndexFields.PARENT_TITLE, IndexFields.TITLE);
        q.setRows(50);
        Map<String, DirectoryJson.Link> byDocument = new LinkedHashMap<>();
        for (SolrDocument d : SolrSupport.query(solr, q).getResults()) {
            String parent = Objects.requireNonNullElse(SolrSupport.str(d, IndexFields.PARENT_ID), SolrSupport.str(d, IndexFields.ID));
            String title = Objects.requireNonNullElse(SolrSupport.str(d, IndexFields.PARENT_TITLE), SolrSupport.str(d, IndexFields.TITLE));
            byDocument.putIfAbsent(parent, new DirectoryJson.Link(title, org.mycroft.api.route.Page.DOCUMENT.of(parent)));
        }
        return byDocument.values().stream().limit(REFERENCES).toList();
    }

    /** {@code /search} restricted to the directory's units, for "search everywhere" links. */
    static String searchHref() {
        return Routes.search().with(IndexFields.DOC_TYPE, DocType.AUTHORITY.id()).toString();
    }
}
