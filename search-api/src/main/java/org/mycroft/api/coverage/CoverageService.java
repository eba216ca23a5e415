package org.mycroft.api.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.json.DomainMap;
import org.apache.solr.client.solrj.request.json.JsonQueryRequest;
import org.apache.solr.client.solrj.request.json.QueryFacetMap;
import org.apache.solr.client.solrj.request.json.TermsFacetMap;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.mycroft.api.system.RequestParameters;
import org.mycroft.api.solr.SolrSupport;
import org.mycroft.api.unit.Units;
import org.mycroft.api.system.InvalidParameterException;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.index.IndexQueries;
import org.mycroft.core.taxonomy.Article;
import org.mycroft.core.taxonomy.Country;
import org.mycroft.core.taxonomy.Instrument;
import org.mycroft.core.taxonomy.Region;
import org.mycroft.core.taxonomy.Taxonomy;
import org.springframework.stereotype.Service;
import org.mycroft.api.route.Page;
import org.mycroft.api.system.NameOrder;
import org.mycroft.core.taxonomy.DocType;

/**
 * The coverage matrix from ONE Solr request: a terms facet on country with a nested terms facet
 * on articles_expanded (prefix = the instrument), so Solr does the counting for every cell at once.
 */
@Service
public record CoverageService(SolrClient solr, Taxonomy taxonomy) {

    /** Parameters of {@code /coverage}, {@code /api/coverage} and the CSV export. */
    public static final Set<String> PARAMETERS = Set.of("instrument", "region", "crime_types", "country", "states", "lang");
    public static final String DEFAULT_INSTRUMENT = "UNTOC";

    /** A validated request; {@code allStates} lists every State of the selection, not only those with legislation. */
    public record CoverageRequest(Instrument instrument, List<Region> regions, List<String> crimeTypes,
                                  List<Country> countries, boolean allStates, String lang) {}

    public CoverageRequest parse(Map<String, String[]> raw) {
        RequestParameters params = RequestParameters.of(raw, PARAMETERS);
        String lang = params.lang();
        Instrument instrument = params.instrument("instrument", DEFAULT_INSTRUMENT, taxonomy);
        String states = params.single("states", "indexed");
        if (!states.equals("indexed") && !states.equals("all")) {
            throw new InvalidParameterException("states", "Invalid states '" + states + "': expected indexed or all.");
        }
        return new CoverageRequest(instrument, params.regions("region", taxonomy), params.crimeTypes("crime_types", taxonomy),
                params.countries("country", taxonomy), states.equals("all"), lang);
    }

    /** The Solr request of the matrix (also what the benchmark times). */
    public JsonQueryRequest query(CoverageRequest request) {
        SolrQuery query = IndexQueries.everything().setRows(0);
        query.addFilterQuery(IndexQueries.docType(DocType.LEGISLATION));
        if (!request.regions().isEmpty()) {
            query.addFilterQuery(IndexQueries.anyOf(IndexFields.REGION, request.regions().stream().map(Region::id).toList()));
        }
        if (!request.countries().isEmpty()) {
            query.addFilterQuery(IndexQueries.anyOf(IndexFields.COUNTRY, request.countries().stream().map(Country::iso3).toList()));
        }
        String prefix = request.instrument().id() + "-";
        TermsFacetMap articles = new TermsFacetMap(IndexFields.ARTICLES_EXPANDED).setLimit(-1).setTermPrefix(prefix);
        QueryFacetMap provisions = new QueryFacetMap(IndexQueries.startsWith(IndexFields.ARTICLES_EXPANDED, prefix));
        if (!request.crimeTypes().isEmpty()) {
            // The crime filter narrows the cells, not the rows: a State stays listed with zeros.
            String crimes = IndexQueries.anyOf(IndexFields.CRIME_TYPES_EXPANDED, request.crimeTypes());
            articles.withDomain(new DomainMap().withFilter(crimes));
            provisions.withDomain(new DomainMap().withFilter(crimes));
        }
        return new JsonQueryRequest(query).withFacet("countries", new TermsFacetMap(IndexFields.COUNTRY).setLimit(-1)
                .withSubFacet("articles", articles).withSubFacet("provisions", provisions));
    }

    public CoverageMatrix matrix(CoverageRequest request) {
        String lang = request.lang();
        List<Article> articles = taxonomy.articlesOf(request.instrument().id());
        QueryResponse response = SolrSupport.query(solr, query(request));
        Map<String, BucketJsonFacet> byCountry = new HashMap<>();
        for (BucketJsonFacet bucket : SolrSupport.buckets(response.getJsonFacetingResponse(), "countries")) {
            byCountry.put(String.valueOf(bucket.getVal()), bucket);
        }
        // The rows: States with legislation, or every State of the selection.
        Set<String> isos = new LinkedHashSet<>();
        if (request.allStates()) {
            List<Country> pool = !request.countries().isEmpty() ? request.countries() : taxonomy.countries().all();
            for (Country c : pool) {
                if (request.regions().isEmpty() || request.regions().stream().anyMatch(r -> r.id().equals(c.region()))) {
                    isos.add(c.iso3());
                }
            }
        }
        isos.addAll(byCountry.keySet());
        List<CoverageMatrix.StateRow> rows = new ArrayList<>();
        for (String iso3 : isos) {
            Country country = taxonomy.countries().byIso3(iso3).orElse(null);
            if (country == null) {
                continue; // a unit with a code outside the taxonomy cannot be labelled or compared
            }
            BucketJsonFacet bucket = byCountry.get(iso3);
            Map<String, Long> counts = new LinkedHashMap<>();
            articles.forEach(a -> counts.put(a.id(), 0L));
            long provisions = SolrSupport.count(bucket, "provisions");
            for (BucketJsonFacet cell : SolrSupport.buckets(bucket, "articles")) {
                String article = String.valueOf(cell.getVal());
                if (Units.isArticleLevel(article) && counts.containsKey(article)) {
                    counts.put(article, cell.getCount());
                }
            }
            int covered = (int) counts.values().stream().filter(n -> n > 0).count();
            rows.add(new CoverageMatrix.StateRow(iso3, country.name(lang), country.region(),
                    bucket == null ? 0 : bucket.getCount(), provisions, covered, counts, Page.COUNTRY.of(iso3)));
        }
        rows.sort(NameOrder.byName(lang, CoverageMatrix.StateRow::name));
        List<CoverageMatrix.ArticleColumn> columns = new ArrayList<>();
        for (Article a : articles) {
            long total = rows.stream().mapToLong(r -> r.counts().get(a.id())).sum();
            int states = (int) rows.stream().filter(r -> r.counts().get(a.id()) > 0).count();
            columns.add(new CoverageMatrix.ArticleColumn(a.id(), a.number(), a.title(lang), taxonomy.label("articles", a.id(), lang),
                    total, states, rows.size() - states, Page.ARTICLE.of(a.id())));
        }
        return new CoverageMatrix(request.instrument().id(), request.instrument().name(lang), lang,
                request.regions().stream().map(Region::id).toList(), request.crimeTypes(),
                request.countries().stream().map(Country::iso3).toList(), request.allStates() ? "all" : "indexed",
                List.copyOf(columns), List.copyOf(rows));
    }
}
