package org.mycroft.api.article;

import org.mycroft.api.system.RequestParameters;
import org.mycroft.api.solr.SolrSupport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.Group;
import org.apache.solr.client.solrj.response.GroupCommand;
import org.apache.solr.client.solrj.request.json.JsonQueryRequest;
import org.apache.solr.client.solrj.request.json.QueryFacetMap;
import org.apache.solr.client.solrj.request.json.TermsFacetMap;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.common.SolrDocument;
import org.mycroft.api.system.NotFoundException;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.index.IndexQueries;
import org.mycroft.core.taxonomy.Article;
import org.mycroft.core.taxonomy.Country;
import org.mycroft.core.taxonomy.Instrument;
import org.mycroft.core.taxonomy.Region;
import org.mycroft.core.taxonomy.Taxonomy;
import org.springframework.stereotype.Service;
import org.mycroft.api.unit.Units;
import org.mycroft.api.unit.ProvisionRef;
import org.mycroft.api.unit.CaseRef;
import org.mycroft.api.route.Page;
import org.mycroft.api.route.Routes;
import org.mycroft.api.system.NameOrder;
import org.mycroft.core.taxonomy.DocType;

/** The articles list and the one-article view; Solr counts and groups, one request each. */
@Service
public record ArticleService(SolrClient solr, Taxonomy taxonomy) {

    /** Parameters of {@code /articles} and {@code /api/articles}. */
    public static final Set<String> LIST_PARAMETERS = Set.of("instrument", "lang");
    /** Parameters of {@code /articles/{id}} and its twin. */
    public static final Set<String> DETAIL_PARAMETERS = Set.of("lang");

    /** Provisions listed per State on the article page (the count is always complete). */
    public static final int PROVISIONS_PER_STATE = 50;
    public static final int MAX_CASES = 200;
    /** More groups than there are States, so every State with a provision comes back. */
    private static final int MAX_STATES = 400;

    /** The list's validated parameters: instrument ids (UNTOC, TIP, SOM, FP; empty for all four) and the labels' language. */
    public record ListRequest(List<String> instruments, String lang) {}

    /** Validates the list's raw parameters, for the page and its JSON twin alike: a bad one is a 400 naming it. */
    public ListRequest parseList(Map<String, String[]> raw) {
        RequestParameters params = RequestParameters.of(raw, LIST_PARAMETERS);
        return new ListRequest(params.instruments("instrument", taxonomy), params.lang());
    }

    /** Counts for every article of the requested instruments (all four when none), in one request. */
    public ArticleOverview overview(ListRequest request) {
        List<String> instrumentIds = request.instruments();
        String lang = request.lang();
        List<Instrument> instruments = instrumentIds.isEmpty() ? taxonomy.instruments()
                : instrumentIds.stream().map(id -> taxonomy.instrument(id).orElseThrow()).toList();
        SolrQuery query = IndexQueries.everything().setRows(0);
        query.addFilterQuery(IndexQueries.docType(DocType.LEGISLATION, DocType.CASE));
        TermsFacetMap byArticleFacet = new TermsFacetMap(IndexFields.ARTICLES_EXPANDED).setLimit(-1)
                .withSubFacet("provisions", new QueryFacetMap(IndexQueries.docType(DocType.LEGISLATION))
                        .withSubFacet("states", new TermsFacetMap(IndexFields.COUNTRY).setLimit(-1)))
                .withSubFacet("cases", new QueryFacetMap(IndexQueries.docType(DocType.CASE)));
        QueryResponse response = SolrSupport.query(solr, new JsonQueryRequest(query).withFacet("articles", byArticleFacet));
        Map<String, BucketJsonFacet> byArticle = new HashMap<>();
        for (BucketJsonFacet bucket : SolrSupport.buckets(response.getJsonFacetingResponse(), "articles")) {
            byArticle.put(String.valueOf(bucket.getVal()), bucket);
        }
        List<ArticleOverview.InstrumentArticles> out = new ArrayList<>();
        for (Instrument instrument : instruments) {
            List<ArticleOverview.ArticleCounts> articles = new ArrayList<>();
            for (Article a : taxonomy.articlesOf(instrument.id())) {
                BucketJsonFacet bucket = byArticle.get(a.id());
                NestableJsonFacet provisions = bucket == null ? null : bucket.getQueryFacet("provisions");
                articles.add(new ArticleOverview.ArticleCounts(a.id(), a.instrument(), a.number(), a.title(lang),
                        taxonomy.label("articles", a.id(), lang),
                        provisions == null ? 0 : provisions.getCount(),
                        SolrSupport.buckets(provisions, "states").size(),
                        SolrSupport.count(bucket, "cases"),
                        Page.ARTICLE.of(a.id()), Page.ARTICLE.api(a.id())));
            }
            out.add(new ArticleOverview.InstrumentArticles(instrument.id(), instrument.name(lang), instrument.shortName(lang),
                    List.copyOf(articles)));
        }
        return new ArticleOverview(lang, List.copyOf(out));
    }

    /** The article of an id; 404 for anything that is not an article of the taxonomy (paragraphs included). */
    public Article article(String id) {
        if (id == null || !taxonomy.isValidArticleId(id) || !Units.isArticleLevel(id)) {
            throw new NotFoundException("No article '" + id + "'. Articles are written like UNTOC-5 or TIP-3"
                    + (id != null && taxonomy.isValidArticleId(id) ? "; see " + Taxonomy.articleOf(id) + " for this paragraph." : "."));
        }
        return taxonomy.article(id).orElseThrow();
    }

    /** One article, labelled in the language of the raw parameters ({@code lang} is the only one accepted). */
    public ArticleDetail detail(String id, Map<String, String[]> raw) {
        String lang = RequestParameters.of(raw, DETAIL_PARAMETERS).lang();
        Article article = article(id);
        Instrument instrument = taxonomy.instrument(article.instrument()).orElseThrow();

        // Provisions grouped by State: one grouped request, newest law first inside each group.
        SolrQuery provisions = IndexQueries.everything()
                .addFilterQuery(IndexQueries.is(IndexFields.ARTICLES_EXPANDED, article.id()))
                .addFilterQuery(IndexQueries.docType(DocType.LEGISLATION))
                .setFields(Units.PROVISION_FIELDS)
                .setRows(MAX_STATES)
                .addSort(IndexFields.COUNTRY, SolrQuery.ORDER.asc);
        provisions.set("group", true);
        provisions.set("group.field", IndexFields.COUNTRY);
        provisions.set("group.limit", PROVISIONS_PER_STATE);
        provisions.set("group.sort", Units.NEWEST_LAW_FIRST);
        GroupCommand groups = SolrSupport.query(solr, provisions).getGroupResponse().getValues().getFirst();
        List<ArticleDetail.StateProvisions> states = new ArrayList<>();
        for (Group group : groups.getValues()) {
            Country country = group.getGroupValue() == null ? null : taxonomy.countries().byIso3(group.getGroupValue()).orElse(null);
            if (country == null) {
                continue; // a unit without a (known) State cannot sit in a State's column
            }
            List<ProvisionRef> refs = new ArrayList<>();
            for (SolrDocument doc : group.getResult()) {
                refs.add(Units.provision(doc));
            }
            states.add(new ArticleDetail.StateProvisions(country.iso3(), country.name(lang), country.region(),
                    group.getResult().getNumFound(), List.copyOf(refs),
                    Routes.compare(article.id(), List.of(country.iso3()), null), Page.COUNTRY.of(country.iso3())));
        }
        states.sort(NameOrder.byName(lang, ArticleDetail.StateProvisions::name));

        // Cases that apply the article, newest first.
        SolrQuery cases = IndexQueries.everything()
                .addFilterQuery(IndexQueries.is(IndexFields.ARTICLES_EXPANDED, article.id()))
                .addFilterQuery(IndexQueries.docType(DocType.CASE))
                .setFields(Units.CASE_FIELDS)
                .setRows(MAX_CASES);
        SolrSupport.sort(cases, Units.NEWEST_CASE_FIRST);
        QueryResponse caseResponse = SolrSupport.query(solr, cases);
        List<CaseRef> caseRefs = new ArrayList<>();
        for (SolrDocument doc : caseResponse.getResults()) {
            caseRefs.add(Units.caseRef(doc, taxonomy, lang, null));
        }

        List<String> isos = states.stream().map(ArticleDetail.StateProvisions::country).toList();
        Map<String, Integer> perRegion = new LinkedHashMap<>();
        for (Region r : taxonomy.regions()) {
            int n = (int) states.stream().filter(s -> r.id().equals(s.region())).count();
            if (n > 0) {
                perRegion.put(r.id(), n);
            }
        }
        List<ArticleDetail.RegionLink> regionLinks = new ArrayList<>();
        perRegion.forEach((region, n) -> regionLinks.add(new ArticleDetail.RegionLink(region,
                taxonomy.label("region", region, lang), n, Routes.compare(article.id(), List.of(), region))));
        return new ArticleDetail(article.id(), instrument.id(), instrument.name(lang), article.number(), article.title(lang),
                taxonomy.label("articles", article.id(), lang), lang, groups.getMatches(), states.size(),
                caseResponse.getResults().getNumFound(), List.copyOf(states), List.copyOf(caseRefs),
                isos.isEmpty() ? null : Routes.compare(article.id(), isos.size() > RequestParameters.MAX_VALUES
                        ? isos.subList(0, RequestParameters.MAX_VALUES) : isos, null),
                List.copyOf(regionLinks), Routes.coverage().with("instrument", instrument.id()).toString());
    }

}
