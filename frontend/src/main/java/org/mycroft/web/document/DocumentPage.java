package org.mycroft.web.document;

import java.util.List;
import org.mycroft.api.unit.CaseFields;

/**
 * View model of {@code document/document.hbs}: one provision or case with labels in the UI
 * language. All text is plain and escaped by the template; {@code lang} is set only when the
 * document's language differs from the UI's. {@code caseFields} hold the case fields as labels.
 * {@code similarInsteadOfApplying}: a provision no case is linked to, shown with similar cases instead.
 */
public record DocumentPage(
        String id,
        String title,
        String parentTitle,
        String docType,
        String docTypeLabel,
        String provisionNumber,
        String heading,
        String country,
        String region,
        Integer year,
        String date,
        String language,
        String lang,
        CaseFields caseFields,
        String notice,
        List<TagGroup> tagGroups,
        boolean tagsCurated,
        String sourceHref,
        String sourceText,
        String licence,
        String retrievedAt,
        List<String> paragraphs,
        List<TocEntry> contents,
        String duplicateOfHref,
        String jsonHref,
        String searchHref,
        Curation curation,
        List<SimilarLink> similarCases,
        boolean similarInsteadOfApplying) {

    /** Provenance and links of curated records; the links lists are empty for units nobody linked. */
    public record Curation(String sourceKind, String sourceReference, String submittedBy, String receivedOn, String updated,
            List<Link> citedProvisions, List<Link> citingCases) {
        public boolean hasProvenance() {
            return sourceKind != null;
        }
    }

    public record Link(String title, String href) {}

    /**
     * A case like this unit: its title (in {@code lang}), "country, year", and the labels of the tags
     * both carry, joined for reading ("Extradition, Trafficking in persons").
     */
    public record SimilarLink(String title, String lang, String href, String meta, String shared) {}

    public boolean hasContents() {
        return contents.size() > 1;
    }

    /** Tags of one family (articles, crime types, cross-cutting issues), or the tags only mentioned ("mentions"). */
    public record TagGroup(String family, String heading, List<Tag> tags) {
        public boolean isMentions() {
            return "mentions".equals(family);
        }
    }

    /** A tag, the search for everything carrying it, and why it was assigned. */
    public record Tag(String value, String label, String href, List<Evidence> evidence, boolean suggested) {}

    /**
     * A matched passage (in the document's language, {@code lang} when it differs from the UI's), the rule,
     * its confidence in percent, and where an inherited tag's passage comes from ("From the title of the
     * Act:"; null when the passage is in the text).
     */
    public record Evidence(String passage, String lang, String rule, int confidence, String origin) {}

    /** One provision of the law; {@code current} marks the one on screen. */
    public record TocEntry(String label, String href, boolean current) {}
}
