package org.mycroft.curation.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrInputDocument;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.index.Provenance;
import org.mycroft.core.taxonomy.DocType;
import org.mycroft.core.taxonomy.Country;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.curation.cases.CaseFields;
import org.mycroft.curation.cases.CaseRecord;
import org.mycroft.curation.cases.CaseStatus;
import org.mycroft.curation.tags.TagDecision;
import org.mycroft.ingest.indexing.CaseDetails;
import org.mycroft.ingest.indexing.IndexUnit;
import org.mycroft.ingest.indexing.UnitDocuments;

/**
 * Puts published cases into the search index, through the same document mapping as ingested
 * units, and takes them out again. Only the public fields of a {@link CaseRecord} are in reach:
 * restricted fields live in another table that this class never reads.
 */
public class CaseIndexer {

    /** Solr field of the tags a reviewer confirmed or added; every other tag is a suggestion. */
    public static final String TAGS_CONFIRMED = IndexFields.TAGS_CONFIRMED;
    public static final String CITED_PROVISIONS = IndexFields.CITED_PROVISIONS;
    public static final String SOURCE_KIND = IndexFields.SOURCE_KIND;
    public static final String SOURCE_REFERENCE = IndexFields.SOURCE_REFERENCE;
    public static final String SUBMITTED_BY = IndexFields.SUBMITTED_BY;
    public static final String RECEIVED_ON = IndexFields.RECEIVED_ON;
    public static final String UPDATED_AT = IndexFields.UPDATED_AT;

    private final SolrClient solr;
    private final Taxonomy taxonomy;
    private final UnitDocuments documents;

    public CaseIndexer(SolrClient solr, Taxonomy taxonomy) {
        this.solr = solr;
        this.taxonomy = taxonomy;
        this.documents = new UnitDocuments(taxonomy);
    }

    /** Indexes a published case (and commits); any other status removes it from the index instead. */
    public void put(CaseRecord record, List<String> citedProvisions, List<TagDecision> decisions) {
        try {
            if (record.status() != CaseStatus.PUBLISHED) {
                solr.deleteById(record.id());
            } else {
                solr.add(toSolr(record, citedProvisions, decisions));
            }
            solr.commit();
        } catch (SolrServerException | IOException e) {
            throw new IllegalStateException("Could not update the index for case " + record.id() + ": " + e.getMessage(), e);
        }
    }

    /** Removes every curated case from the index, before they are all indexed again. */
    public void deleteAllCurated() {
        try {
            solr.deleteByQuery(SOURCE_KIND + ":[* TO *]");
            solr.commit();
        } catch (SolrServerException | IOException e) {
            throw new IllegalStateException("Could not clear curated cases from the index: " + e.getMessage(), e);
        }
    }

    SolrInputDocument toSolr(CaseRecord record, List<String> citedProvisions, List<TagDecision> decisions) {
        CaseFields f = record.fields();
        Map<String, TagDecision.Decision> byTag = decisions.stream()
                .collect(Collectors.toMap(TagDecision::tag, TagDecision::decision, (a, b) -> b));
        Set<String> all = new LinkedHashSet<>(f.tags());
        byTag.forEach((tag, decision) -> {
            if (decision == TagDecision.Decision.ADDED) {
                all.add(tag);
            }
        });
        all.removeIf(tag -> byTag.get(tag) == TagDecision.Decision.REJECTED);
        List<String> articles = pick(all, taxonomy::isValidArticleId);
        List<String> crimeTypes = pick(all, t -> taxonomy.crimeType(t).isPresent());
        List<String> crossCutting = pick(all, t -> taxonomy.crossCuttingIssue(t).isPresent());
        List<String> confirmed = all.stream().filter(t -> byTag.containsKey(t) && byTag.get(t).keeps()).toList();
        String country = f.requestedState();
        String region = taxonomy.countries().byIso3(country).map(Country::region).orElse(null);
        String text = f.summary() == null || f.summary().isBlank() ? f.title() : f.summary();
        String language = f.language() == null || f.language().isBlank() ? "en" : f.language();
        IndexUnit unit = new IndexUnit(record.id(),
                new IndexUnit.Parent(record.id(), null, DocType.CASE.id(), country, region, f.year(), null),
                f.title(), null, null, 0, text, language,
                new IndexUnit.Tags(articles, crimeTypes, crossCutting, List.of(), List.of(),
                        !all.isEmpty() && confirmed.size() == all.size()),
                new Provenance(f.provenance().sourceUrl(), null, null, "curated-v" + record.version(), record.updatedAt(),
                        null, null),
                new CaseDetails(f.court(), f.cooperationForm(), f.requestingState(), f.requestedState(),
                        f.legalBasis(), f.outcome(), null, null,
                        // with the Convention as legal basis, the articles applied are the ones relied on
                        "UNTOC".equals(f.legalBasis()) ? articles : List.of()));
        SolrInputDocument doc = documents.toSolr(unit, UnitDocuments.Placement.NONE);
        if (!confirmed.isEmpty()) {
            doc.setField(TAGS_CONFIRMED, confirmed);
        }
        if (!citedProvisions.isEmpty()) {
            doc.setField(CITED_PROVISIONS, citedProvisions);
        }
        doc.setField(SOURCE_KIND, f.provenance().sourceKind() == null ? "other" : f.provenance().sourceKind());
        set(doc, SOURCE_REFERENCE, f.provenance().sourceReference());
        set(doc, SUBMITTED_BY, f.provenance().submittedBy());
        if (f.provenance().receivedOn() != null) {
            doc.setField(RECEIVED_ON, f.provenance().receivedOn().toString());
        }
        doc.setField(UPDATED_AT, Date.from(record.updatedAt()));
        return doc;
    }

    private static List<String> pick(Set<String> tags, Function<String, Boolean> kind) {
        List<String> picked = new ArrayList<>();
        for (String tag : tags) {
            if (kind.apply(tag)) {
                picked.add(tag);
            }
        }
        return picked;
    }

    private static void set(SolrInputDocument doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.setField(field, value);
        }
    }
}
