package org.mycroft.core.index;

import java.util.List;

/**
 * Names of the Solr fields, shared by the indexer, the search service and the tests. The schema
 * in solr-config/ defines each one; solr-config/README.md explains them.
 */
public final class IndexFields {

    public static final String ID = "id";
    /** Id of the whole law (for a provision) or of the case itself. */
    public static final String PARENT_ID = "parent_id";
    public static final String PARENT_TITLE = "parent_title";
    /** legislation, case, authority, reference. */
    public static final String DOC_TYPE = "doc_type";
    public static final String TITLE = "title";
    /** Provision number as printed ("12", "462.31", "225-4-1", "177 bis"); empty for a case. */
    public static final String PROVISION_NUMBER = "provision_number";
    public static final String HEADING = "heading";
    /** Position of the provision inside its law, for ordering. */
    public static final String POSITION = "position";

    /** Body text analysed per language (the six UN languages); {@link #TEXT_GENERAL} is the fallback for other languages. */
    public static final String TEXT_EN = "text_en";
    public static final String TEXT_FR = "text_fr";
    public static final String TEXT_ES = "text_es";
    public static final String TEXT_AR = "text_ar";
    public static final String TEXT_ZH = "text_zh";
    public static final String TEXT_RU = "text_ru";
    public static final String TEXT_GENERAL = "text_general";
    public static final List<String> TEXT_FIELDS = List.of(TEXT_EN, TEXT_FR, TEXT_ES, TEXT_AR, TEXT_ZH, TEXT_RU, TEXT_GENERAL);
    /** Catch-all copy of title, heading and every text field (indexed only), searched with a low boost. */
    public static final String TEXT_ALL = "text_all";

    /** ISO 639-1 code. */
    public static final String LANGUAGE = "language";
    /** ISO 3166-1 alpha-3. */
    public static final String COUNTRY = "country";
    /** One of the five UN regional groups. */
    public static final String REGION = "region";
    public static final String YEAR = "year";
    /** Date of the law or decision, when known. */
    public static final String DATE = "date";

    /** Tags as assigned (may be paragraph-level, e.g. UNTOC-18.13). */
    public static final String ARTICLES = "articles";
    /** Tags plus every ancestor (UNTOC-18.13 adds UNTOC-18): filtered and faceted on. */
    public static final String ARTICLES_EXPANDED = "articles_expanded";
    public static final String CRIME_TYPES = "crime_types";
    /** Crime types plus their parents (wildlife-crime adds environmental-crime). */
    public static final String CRIME_TYPES_EXPANDED = "crime_types_expanded";
    public static final String CROSS_CUTTING = "cross_cutting";
    /**
     * Tag ids of any family a unit only names in passing (a crime in a list of predicate offences, the
     * law's subject in its short title): searchable, never faceted or counted by compare or coverage.
     */
    public static final String MENTIONS = "mentions";
    /** JSON array of tag evidence: tag, text, start, end, rule, confidence. Stored only. */
    public static final String TAG_EVIDENCE = "tag_evidence";
    /** Where each tag came from: "curated" (sidecar) or "machine". */
    public static final String TAGS_CURATED = "tags_curated";

    public static final String SOURCE_URL = "source_url";
    public static final String SOURCE_PATH = "source_path";
    public static final String LICENCE = "licence";
    public static final String CONTENT_HASH = "content_hash";
    public static final String INGESTED_AT = "ingested_at";
    /** When a harvested document was fetched from its source URL. */
    public static final String RETRIEVED_AT = "retrieved_at";
    /** Free-text notice shown on the page, e.g. "Sample summary written by the Mycroft team". */
    public static final String NOTICE = "notice";
    /** Id of the document this one nearly duplicates (same text but for layout), or contained in. */
    public static final String DUPLICATE_OF = "duplicate_of";
    /** MinHash LSH band keys (indexed only), signature and shingle count (stored only). */
    public static final String DEDUP_BANDS = "dedup_bands";
    public static final String DEDUP_SIGNATURE = "dedup_signature";
    public static final String DEDUP_SHINGLES = "dedup_shingles";
    /** Absolute folder the file was ingested from; {@code --prune} removes its documents whose files are gone. */
    public static final String SOURCE_ROOT = "source_root";

    /** Case fields. */
    public static final String COURT = "court";
    public static final String COOPERATION_FORM = "cooperation_form";
    public static final String REQUESTING_STATE = "requesting_state";
    public static final String REQUESTED_STATE = "requested_state";
    public static final String LEGAL_BASIS = "legal_basis";
    public static final String OUTCOME = "outcome";
    /** Where the deciding court sits: first-instance, appeal, supreme, international (CaseVocabulary). */
    public static final String COURT_LEVEL = "court_level";
    /** Footing of a confiscation: conviction-based, non-conviction-based, value-based, other. */
    public static final String CONFISCATION_TYPE = "confiscation_type";
    /** Articles of the Convention or a Protocol the case relied on as its legal basis (UNTOC-16, UNTOC-18 ...). */
    public static final String LEGAL_BASIS_ARTICLES = "legal_basis_articles";

    /** Tags a reviewer confirmed or added (module curation); every other tag of the unit is a suggestion. */
    public static final String TAGS_CONFIRMED = "tags_confirmed";
    /** Ids of the provisions a curated case applied. */
    public static final String CITED_PROVISIONS = "cited_provisions";
    /** Provenance of a curated case: state-submission, court-decision, conference-document, other. */
    public static final String SOURCE_KIND = "source_kind";
    /** E.g. a Conference document symbol such as CTOC/COP/2008/CRP.2. */
    public static final String SOURCE_REFERENCE = "source_reference";
    public static final String SUBMITTED_BY = "submitted_by";
    public static final String RECEIVED_ON = "received_on";
    /** Last change of a curated record. */
    public static final String UPDATED_AT = "updated_at";

    /**
     * Versions of laws (module curation): {@code false} on a superseded text of a provision, absent on
     * the text in force. Search sees only the text in force unless it asks for history
     * ({@link IndexQueries#withHistory}).
     */
    public static final String IN_FORCE = "in_force";
    /** When a superseded version stopped being in force (the day the changed law was ingested). */
    public static final String SUPERSEDED_ON = "superseded_on";
    /** The amending source of a superseded version, when known (the law's sidecar {@code amended_by}). */
    public static final String AMENDED_BY = "amended_by";
    /** The stable id of the provision a superseded version belongs to, and the version's number (1, 2 ...). */
    public static final String VERSION_OF = "version_of";
    public static final String VERSION_NUMBER = "version_number";

    private IndexFields() {}

    /** The text field of a unit in {@code language} (ISO 639-1); other languages go to {@link #TEXT_GENERAL}. */
    public static String textField(String language) {
        return switch (language == null ? "" : language) {
            case "en" -> TEXT_EN;
            case "fr" -> TEXT_FR;
            case "es" -> TEXT_ES;
            case "ar" -> TEXT_AR;
            case "zh" -> TEXT_ZH;
            case "ru" -> TEXT_RU;
            default -> TEXT_GENERAL;
        };
    }
}
