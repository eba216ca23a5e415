package org.mycroft.api.country;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.json.JsonQueryRequest;
import org.apache.solr.client.solrj.request.json.TermsFacetMap;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.common.SolrDocument;
import org.mycroft.api.unit.CaseRef;
import org.mycroft.api.unit.ProvisionRef;
import org.mycroft.api.solr.SolrSupport;
import org.mycroft.api.unit.Units;
import org.mycroft.api.system.NotFoundException;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.index.IndexQueries;
import org.mycroft.core.taxonomy.Article;
import org.mycroft.core.taxonomy.Country;
import org.mycroft.core.taxonomy.Taxonomy;
import org.springframework.stereotype.Service;
import org.mycroft.api.route.Page;
import org.mycroft.api.system.RequestParameters;
import org.mycroft.api.route.Routes;
import org.mycroft.core.taxonomy.DocType;

/** A State's profile: two requests (its legislation with facets, its cases with facets). */
@Service
public record CountryService(SolrClient solr, Taxonomy taxonomy) {

    /** Parameters of {@code /countries/{iso3}} and its twin. */
    public static final Set<String> PARAMETERS = Set.of("lang");
    /** Provisions read to list them under their articles; the counts never depend on it. */
    public static final int MAX_PROVISIONS = 2000;
    public static final int MAX_CASES = 500;

    /** The State of an upper-case ISO alpha-3 code; anything else is a 404 (with a hint when it names a State). */
    public Country country(String iso3) {
        return taxonomy.countries().byIso3(iso3).orElseThrow(() -> {
            String hint = iso3 == null ? "" : taxonomy.countries().resolve(iso3)
                    .map(c -> " Did you mean " + c.iso3() + "?").orElse("");
            return new NotFoundException("No State '" + iso3 + "': States are written as ISO 3166-1 alpha-3 codes such as CAN." + hint);
        });
    }

    /** The stats a profile shows: when the State's documents were last ingested, their latest date and year. */
    private static JsonQueryRequest withDates(JsonQueryRequest request) {
        return request.withStatFacet("last_ingested", "max(" + IndexFields.INGESTED_AT + ")")
                .withStatFacet("latest_date", "max(" + IndexFields.DATE + ")")
                .withStatFacet("latest_year", "max(" + IndexFields.YEAR + ")");
    }

    /** The profile of a State, labelled in the language of the raw parameters ({@code lang} is the only one accepted). */
    public CountryProfile profile(String iso3, Map<String, String[]> raw) {
        String lang = RequestParameters.of(raw, PARAMETERS).lang();
        Country country = country(iso3);
        SolrQuery laws = IndexQueries.everything()
                .addFilterQuery(IndexQueries.is(IndexFields.COUNTRY, country.iso3()))
                .addFilterQuery(IndexQueries.docType(DocType.LEGISLATION))
                .setFields(Units.PROVISION_FIELDS + "," + IndexFields.ARTICLES_EXPANDED)
                .setRows(MAX_PROVISIONS);
        SolrSupport.sort(laws, Units.NEWEST_LAW_FIRST);
        QueryResponse lawResponse = SolrSupport.query(solr, withDates(new JsonQueryRequest(laws)
                .withFacet("articles", new TermsFacetMap(IndexFields.ARTICLES_EXPANDED).setLimit(-1))
                .withFacet("laws", new TermsFacetMap(IndexFields.PARENT_ID).setLimit(-1))));

        SolrQuery cases = IndexQueries.everything()
                .addFilterQuery(IndexQueries.docType(DocType.CASE))
                .addFilterQuery(IndexQueries.is(IndexFields.COUNTRY, country.iso3()) + " OR "
                        + IndexQueries.is(IndexFields.REQUESTING_STATE, country.iso3()) + " OR "
                        + IndexQueries.is(IndexFields.REQUESTED_STATE, country.iso3()))
                .setFields(Units.CASE_FIELDS)
                .setRows(MAX_CASES);
        SolrSupport.sort(cases, Units.NEWEST_CASE_FIRST);
        QueryResponse caseResponse = SolrSupport.query(solr, withDates(new JsonQueryRequest(cases)));

        // Provisions under each article they implement (article level), newest law first.
        Map<String, List<ProvisionRef>> byArticle = new HashMap<>();
        Map<String, SolrDocument> firstOfLaw = new LinkedHashMap<>();
        for (SolrDocument doc : lawResponse.getResults()) {
            ProvisionRef ref = Units.provision(doc);
            firstOfLaw.putIfAbsent(ref.lawId(), doc);
            for (String tag : SolrSupport.list(doc, IndexFields.ARTICLES_EXPANDED)) {
                if (Units.isArticleLevel(tag)) {
                    byArticle.computeIfAbsent(tag, k -> new ArrayList<>()).add(ref);
                }
            }
        }
        NestableJsonFacet lawFacets = lawResponse.getJsonFacetingResponse();
        Map<String, Long> articleCounts = new HashMap<>();
        for (BucketJsonFacet b : SolrSupport.buckets(lawFacets, "articles")) {
            articleCounts.put(String.valueOf(b.getVal()), b.getCount());
        }
        List<CountryProfile.ArticleGroup> groups = new ArrayList<>();
        for (Article a : taxonomy.articles()) {
            Long n = articleCounts.get(a.id());
            if (n == null || n == 0) {
                continue;
            }
            groups.add(new CountryProfile.ArticleGroup(a.id(), a.instrument(), taxonomy.label("articles", a.id(), lang),
                    a.title(lang), n, List.copyOf(byArticle.getOrDefault(a.id(), List.of())), Page.ARTICLE.of(a.id()),
                    Routes.compare(a.id(), List.of(country.iso3()), null)));
        }
        List<CountryProfile.Law> lawList = new ArrayList<>();
        Map<String, Long> lawCounts = new HashMap<>();
        for (BucketJsonFacet b : SolrSupport.buckets(lawFacets, "laws")) {
            lawCounts.put(String.valueOf(b.getVal()), b.getCount());
        }
        firstOfLaw.forEach((lawId, doc) -> {
            ProvisionRef ref = Units.provision(doc);
            lawList.add(new CountryProfile.Law(lawId, ref.lawTitle() == null ? lawId : ref.lawTitle(), ref.language(),
                    ref.year(), lawCounts.getOrDefault(lawId, 0L), ref.url()));
        });
        List<CaseRef> caseRefs = new ArrayList<>();
        for (SolrDocument doc : caseResponse.getResults()) {
            caseRefs.add(Units.caseRef(doc, taxonomy, lang, country.iso3()));
        }
        NestableJsonFacet caseFacets = caseResponse.getJsonFacetingResponse();
        String lastIngested = latestInstant(stat(lawFacets, "last_ingested"), stat(caseFacets, "last_ingested"));
        return new CountryProfile(country.iso3(), country.name(lang), country.region(),
                taxonomy.label("region", country.region(), lang), lang,
                lawResponse.getResults().getNumFound(), lawCounts.size(), caseResponse.getResults().getNumFound(),
                lastIngested,
                SolrSupport.day(latestDate(stat(lawFacets, "latest_date"), stat(caseFacets, "latest_date"))),
                latestYear(stat(lawFacets, "latest_year"), stat(caseFacets, "latest_year")),
                List.copyOf(groups), List.copyOf(lawList), List.copyOf(caseRefs),
                Routes.coverage().with("region", country.region()).with("country", country.iso3()).toString(),
                null, lastIngested == null ? null : lastIngested.substring(0, 10));
    }

    private static Object stat(NestableJsonFacet facets, String name) {
        return facets == null ? null : facets.getStatValue(name);
    }

    private static Date latestDate(Object a, Object b) {
        Date x = a instanceof Date d ? d : null;
        Date y = b instanceof Date d ? d : null;
        if (x == null) {
            return y;
        }
        return y == null || x.after(y) ? x : y;
    }

    private static String latestInstant(Object a, Object b) {
        Date latest = latestDate(a, b);
        return latest == null ? null : Instant.ofEpochMilli(latest.getTime()).toString();
    }

    private static Integer latestYear(Object a, Object b) {
        Integer x = a instanceof Number n ? n.intValue() : null;
        Integer y = b instanceof Number n ? n.intValue() : null;
        if (x == null) {
            return y;
        }
        return y == null ? x : Math.max(x, y);
    }
}
