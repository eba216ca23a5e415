package org.mycroft.api.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.Group;
import org.apache.solr.client.solrj.response.GroupCommand;
import org.apache.solr.common.SolrDocument;
import org.mycroft.api.system.RequestParameters;
import org.mycroft.api.solr.SolrSupport;
import org.mycroft.api.unit.Units;
import org.mycroft.api.system.InvalidParameterException;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.index.IndexQueries;
import org.mycroft.core.taxonomy.Article;
import org.mycroft.core.taxonomy.Country;
import org.mycroft.core.taxonomy.Region;
import org.mycroft.core.taxonomy.Taxonomy;
import org.springframework.stereotype.Service;
import org.mycroft.api.route.Page;
import org.mycroft.api.route.Routes;
import org.mycroft.api.system.NameOrder;
import org.mycroft.core.taxonomy.DocType;

/** The side-by-side view: one grouped Solr request (group.field=country) for all the chosen States. */
@Service
public record CompareService(SolrClient solr, Taxonomy taxonomy) {

    /** Parameters of {@code /compare}, {@code /api/compare} and the CSV export. */
    public static final Set<String> PARAMETERS = Set.of("article", "country", "region", "lang");
    /** Provisions shown per State; the rest is one link away (a search on the same filters). */
    public static final int PER_STATE = 25;
    private static final String FIELDS = String.join(",", Units.PROVISION_FIELDS, String.join(",", IndexFields.TEXT_FIELDS),
            IndexFields.TAG_EVIDENCE, IndexFields.SOURCE_URL);

    /** A validated comparison request. */
    public record CompareRequest(Article article, List<Country> countries, List<Region> regions, String lang) {
        public boolean hasStates() {
            return !countries.isEmpty() || !regions.isEmpty();
        }
    }

    /** Parses the parameters; {@code article} may be absent only when {@code articleRequired} is false (the page's chooser). */
    public CompareRequest parse(Map<String, String[]> raw, boolean articleRequired) {
        RequestParameters params = RequestParameters.of(raw, PARAMETERS);
        String lang = params.lang();
        String articleId = params.single("article", null);
        Article article = null;
        if (articleId == null) {
            if (articleRequired) {
                throw new InvalidParameterException("article", "Missing parameter 'article': an article id such as UNTOC-5.");
            }
        } else if (!taxonomy.isValidArticleId(articleId) || !Units.isArticleLevel(articleId)) {
            throw new InvalidParameterException("article", "Invalid article '" + articleId + "': expected an article id such as UNTOC-5 or TIP-3"
                    + (taxonomy.isValidArticleId(articleId) ? " (paragraphs count for their article: use " + org.mycroft.core.taxonomy.Taxonomy.articleOf(articleId) + ")." : "."));
        } else {
            article = taxonomy.article(articleId).orElseThrow();
        }
        return new CompareRequest(article, params.countries("country", taxonomy), params.regions("region", taxonomy), lang);
    }

    public CompareResult compare(CompareRequest request) {
        Article article = request.article();
        String lang = request.lang();
        // The States of the columns: the named ones, in the order given, then those of the regions.
        Set<String> named = new LinkedHashSet<>();
        request.countries().forEach(c -> named.add(c.iso3()));
        Set<String> all = new LinkedHashSet<>(named);
        for (Region r : request.regions()) {
            taxonomy.countries().inRegion(r.id()).forEach(c -> all.add(c.iso3()));
        }
        Map<String, Group> groups = new HashMap<>();
        long total = 0;
        if (!all.isEmpty()) {
            SolrQuery query = IndexQueries.everything()
                    .addFilterQuery(IndexQueries.is(IndexFields.ARTICLES_EXPANDED, article.id()))
                    .addFilterQuery(IndexQueries.docType(DocType.LEGISLATION))
                    .addFilterQuery(IndexQueries.anyOf(IndexFields.COUNTRY, all))
                    .setFields(FIELDS)
                    .setRows(all.size());
            query.set("group", true);
            query.set("group.field", IndexFields.COUNTRY);
            query.set("group.limit", PER_STATE);
            query.set("group.sort", Units.NEWEST_LAW_FIRST);
            GroupCommand command = SolrSupport.query(solr, query).getGroupResponse().getValues().getFirst();
            for (Group g : command.getValues()) {
                if (g.getGroupValue() != null) {
                    groups.put(g.getGroupValue(), g);
                }
            }
            total = command.getMatches();
        }
        List<CompareResult.StateColumn> columns = new ArrayList<>();
        List<CompareResult.StateRef> without = new ArrayList<>();
        for (String iso3 : named) {
            columns.add(column(taxonomy.countries().byIso3(iso3).orElseThrow(), groups.get(iso3), article, lang));
        }
        List<CompareResult.StateColumn> regional = new ArrayList<>();
        for (String iso3 : all) {
            if (named.contains(iso3)) {
                continue;
            }
            Country c = taxonomy.countries().byIso3(iso3).orElseThrow();
            if (groups.containsKey(iso3)) {
                regional.add(column(c, groups.get(iso3), article, lang));
            } else {
                without.add(new CompareResult.StateRef(iso3, c.name(lang), Page.COUNTRY.of(iso3)));
            }
        }
        regional.sort(NameOrder.byName(lang, CompareResult.StateColumn::name));
        columns.addAll(regional);
        without.sort(NameOrder.byName(lang, CompareResult.StateRef::name));
        return new CompareResult(article.id(), taxonomy.label("articles", article.id(), lang), article.title(lang),
                article.instrument(), lang, List.copyOf(named), request.regions().stream().map(Region::id).toList(),
                PER_STATE, total, List.copyOf(columns), List.copyOf(without));
    }

    private CompareResult.StateColumn column(Country country, Group group, Article article, String lang) {
        List<CompareResult.Provision> provisions = new ArrayList<>();
        long count = 0;
        if (group != null) {
            count = group.getResult().getNumFound();
            for (SolrDocument doc : group.getResult()) {
                provisions.add(provision(doc, article.id()));
            }
        }
        String more = count > provisions.size() ? Routes.search().with("doc_type", DocType.LEGISLATION.id())
                .with("country", country.iso3()).with("articles", article.id()).toString() : null;
        return new CompareResult.StateColumn(country.iso3(), country.name(lang), country.region(), count,
                List.copyOf(provisions), more, Page.COUNTRY.of(country.iso3()));
    }

    private static CompareResult.Provision provision(SolrDocument doc, String article) {
        String text = SolrSupport.text(doc);
        text = text == null ? "" : text;
        var ref = Units.provision(doc);
        String source = SolrSupport.str(doc, IndexFields.SOURCE_URL);
        return new CompareResult.Provision(ref.id(), ref.lawId(), ref.lawTitle(), ref.provisionNumber(), ref.heading(),
                ref.language(), ref.year(), ref.date(), text,
                Highlights.of(SolrSupport.str(doc, IndexFields.TAG_EVIDENCE), article, text), ref.url(),
                source != null && source.matches("(?i)https?://\\S+") ? source : null);
    }
}
