package org.mycroft.web.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mycroft.api.document.UnitDocument;
import org.mycroft.tagging.TagEvidence;
import org.mycroft.api.search.Facet;
import org.mycroft.core.taxonomy.DocType;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.tagging.LawContext;
import org.mycroft.web.system.QueryString;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.mycroft.api.route.Page;
import org.mycroft.api.route.Routes;
import org.mycroft.api.unit.CaseFields;

/** Turns a {@link UnitDocument} into the {@link DocumentPage} view model. */
@Component
record DocumentPageAssembler(Taxonomy taxonomy, MessageSource messages) {

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    /** The family name of the group of tags only mentioned in passing. */
    static final String MENTIONS = "mentions";
    /** Case fields whose values are ids of a closed vocabulary, labelled from the message bundles. */
    static final List<String> VOCABULARY_FIELDS = List.of("cooperation_form", "legal_basis", "outcome");
    /** Only web links become links; anything else (a path, a javascript: URL) is shown as text. */
    private static final Pattern WEB_URL = Pattern.compile("https?://[^\\s\"<>]+", Pattern.CASE_INSENSITIVE);

    DocumentPage assemble(UnitDocument doc, String uiLang, String explicitLang) {
        Locale locale = Locale.of(uiLang);
        String langQuery = explicitLang == null ? "" : QueryString.of(Map.of("lang", List.of(explicitLang)));
        String source = blankToNull(doc.provenance().sourceUrl());
        CaseFields c = doc.caseFields();
        boolean linkable = source != null && WEB_URL.matcher(source).matches();
        return new DocumentPage(
                doc.id(),
                // A preamble's title is the splitter's word for it: interface text, in the reader's language.
                "preamble".equals(doc.provisionNumber()) ? messages.getMessage("doc.contents.preamble", null, locale)
                        : doc.title() == null || doc.title().isBlank() ? doc.id() : doc.title(),
                doc.parentTitle() != null && !doc.id().equals(doc.parentId()) ? doc.parentTitle() : null,
                doc.docType(),
                label("doc_type", doc.docType(), uiLang),
                blankToNull(doc.provisionNumber()),
                blankToNull(doc.heading()),
                label("country", doc.country(), uiLang),
                label("region", doc.region(), uiLang),
                doc.year(),
                blankToNull(doc.date()),
                label("language", doc.language(), uiLang),
                doc.language() != null && !doc.language().equals(uiLang) ? doc.language() : null,
                new CaseFields(blankToNull(c.court()), vocabulary("cooperation_form", c.cooperationForm(), locale),
                        label("requesting_state", c.requestingState(), uiLang), label("requested_state", c.requestedState(), uiLang),
                        vocabulary("legal_basis", c.legalBasis(), locale), vocabulary("outcome", c.outcome(), locale)),
                blankToNull(doc.provenance().notice()),
                tagGroups(doc, uiLang, explicitLang, doc.language() != null && !doc.language().equals(uiLang) ? doc.language() : null),
                doc.tagsCurated(),
                linkable ? source : null,
                linkable ? null : source != null ? source : blankToNull(doc.provenance().sourcePath()),
                blankToNull(doc.provenance().licence()),
                doc.provenance().retrievedAt() == null ? null : doc.provenance().retrievedAt().toString().substring(0, 10),
                paragraphs(doc.text()),
                doc.provisions().stream().map(p -> new DocumentPage.TocEntry(tocLabel(p, locale), p.url() + langQuery,
                        p.id().equals(doc.id()))).toList(),
                doc.duplicateOf() == null || doc.duplicateOf().isBlank() ? null : Page.DOCUMENT.of(QueryString.encode(doc.duplicateOf())) + langQuery,
                Page.DOCUMENT.api(doc.id()),
                Routes.search().toString() + langQuery,
                curation(doc, locale, langQuery),
                similar(doc, uiLang, langQuery),
                DocType.LEGISLATION.is(doc.docType()) && !doc.similarCases().isEmpty());
    }

    private List<DocumentPage.SimilarLink> similar(UnitDocument doc, String uiLang, String langQuery) {
        return doc.similarCases().stream().map(c -> new DocumentPage.SimilarLink(c.title(),
                c.language() != null && !c.language().equals(uiLang) ? c.language() : null, c.url() + langQuery,
                String.join(", ", Stream.of(label("country", c.country(), uiLang),
                        c.year() == null ? null : c.year().toString()).filter(Objects::nonNull).toList()),
                String.join(", ", shownShared(c.sharedTags()).stream()
                        .map(t -> taxonomy.label(familyOf(t).parameter(), t, uiLang)).toList()))).toList();
    }

    /**
     * The shared tags a reader is told: the subjects (crime types, cross-cutting issues), which the
     * shared articles mostly repeat ("UNTOC art. 16 — Extradition"); the articles only when no subject is shared.
     */
    static List<String> shownShared(List<String> shared, Predicate<String> isArticle) {
        List<String> subjects = shared.stream().filter(isArticle.negate()).toList();
        return subjects.isEmpty() ? shared : subjects;
    }

    private List<String> shownShared(List<String> shared) {
        return shownShared(shared.stream().filter(t -> familyOf(t) != null).toList(), taxonomy::isValidArticleId);
    }

    private DocumentPage.Curation curation(UnitDocument doc, Locale locale, String langQuery) {
        UnitDocument.Curation p = doc.curation();
        List<DocumentPage.Link> cited = doc.citedProvisions().stream()
                .map(l -> new DocumentPage.Link(l.title(), l.url() + langQuery)).toList();
        List<DocumentPage.Link> citing = doc.citingCases().stream()
                .map(l -> new DocumentPage.Link(l.title(), l.url() + langQuery)).toList();
        if (p == null) {
            return new DocumentPage.Curation(null, null, null, null, null, cited, citing);
        }
        return new DocumentPage.Curation(messages.getMessage("curation.source-kind." + p.sourceKind(), null, p.sourceKind(), locale),
                blankToNull(p.sourceReference()), blankToNull(p.submittedBy()), blankToNull(p.receivedOn()),
                p.updatedAt() == null ? null : p.updatedAt().toString().substring(0, 10), cited, citing);
    }

    /**
     * Plain text to paragraphs: blank lines and line breaks start a new paragraph, except a break
     * that only wraps a sentence (PDF extraction hard-wraps lines): the line does not end a
     * sentence and the next one starts in lower case.
     */
    static List<String> paragraphs(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = null;
        for (String raw : LINE_BREAK.split(text, -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                current = flush(paragraphs, current);
            } else if (current != null && isWrapped(current, line)) {
                current.append(' ').append(line);
            } else {
                flush(paragraphs, current);
                current = new StringBuilder(line);
            }
        }
        flush(paragraphs, current);
        return List.copyOf(paragraphs);
    }

    private static boolean isWrapped(CharSequence previous, String next) {
        char last = previous.charAt(previous.length() - 1);
        return ".!?:;»”\"".indexOf(last) < 0 && Character.isLowerCase(next.codePointAt(0));
    }

    private static StringBuilder flush(List<String> paragraphs, StringBuilder current) {
        if (current != null && !current.isEmpty()) {
            paragraphs.add(current.toString());
        }
        return null;
    }

    private String tocLabel(UnitDocument.ProvisionRef ref, Locale locale) {
        String number = blankToNull(ref.provisionNumber());
        if ("preamble".equals(number)) {
            number = messages.getMessage("doc.contents.preamble", null, locale);
        }
        String heading = blankToNull(ref.heading());
        String title = blankToNull(ref.title());
        if (!"preamble".equals(ref.provisionNumber()) && title != null) {
            return title; // "Section 1. Purpose", "Artículo 177 bis. Trata de seres humanos"
        }
        if (number != null && heading != null) {
            return number + " — " + heading;
        }
        return number != null ? number : heading != null ? heading : ref.id();
    }

    private List<DocumentPage.TagGroup> tagGroups(UnitDocument doc, String uiLang, String explicitLang, String textLang) {
        Map<Facet, Set<String>> tags = new LinkedHashMap<>();
        tags.put(Facet.ARTICLES, new LinkedHashSet<>(doc.articles()));
        tags.put(Facet.CRIME_TYPES, new LinkedHashSet<>(doc.crimeTypes()));
        tags.put(Facet.CROSS_CUTTING, new LinkedHashSet<>(doc.crossCutting()));
        Locale locale = Locale.of(uiLang);
        Map<String, List<DocumentPage.Evidence>> evidence = new LinkedHashMap<>();
        for (TagEvidence e : doc.evidence()) {
            if (e.tag() == null) {
                continue;
            }
            evidence.computeIfAbsent(e.tag(), k -> new ArrayList<>()).add(new DocumentPage.Evidence(
                    e.text() == null ? "" : e.text().strip(), textLang, e.rule(), (int) Math.round(e.confidence() * 100),
                    origin(e.rule(), locale)));
            // Evidence for a tag the lists lack (e.g. removed by curation) still tells the reader something;
            // a tag only mentioned has its own group below.
            Facet family = familyOf(e.tag());
            if (family != null && !doc.mentions().contains(e.tag())) {
                tags.get(family).add(e.tag());
            }
        }
        List<DocumentPage.TagGroup> groups = new ArrayList<>();
        tags.forEach((facet, values) -> {
            if (values.isEmpty()) {
                return;
            }
            List<DocumentPage.Tag> list = values.stream().map(v -> new DocumentPage.Tag(v,
                    taxonomy.label(facet.parameter(), v, uiLang),
                    Routes.search().with(facet.parameter(), v).with("lang", explicitLang).toString(),
                    List.copyOf(evidence.getOrDefault(v, List.of())),
                    UnitDocument.SUGGESTED.equals(doc.tagStatus().get(v)))).toList();
            groups.add(new DocumentPage.TagGroup(facet.parameter(),
                    messages.getMessage("facet." + facet.parameter(), null, locale), list));
        });
        List<DocumentPage.Tag> mentioned = doc.mentions().stream().filter(v -> familyOf(v) != null).map(v -> new DocumentPage.Tag(v,
                taxonomy.label(familyOf(v).parameter(), v, uiLang), Routes.search().with(MENTIONS, v).with("lang", explicitLang).toString(),
                List.copyOf(evidence.getOrDefault(v, List.of())), false)).toList();
        if (!mentioned.isEmpty()) {
            groups.add(new DocumentPage.TagGroup(MENTIONS, messages.getMessage("doc.tags.mentions", null, locale), mentioned));
        }
        return List.copyOf(groups);
    }

    /** Where an inherited tag comes from ("From the title of the Act:"); null for a passage of the text itself. */
    private String origin(String rule, Locale locale) {
        if (LawContext.TITLE_RULE.equals(rule)) {
            return messages.getMessage("doc.evidence.fromTitle", null, locale);
        }
        return LawContext.HEADING_RULE.equals(rule) ? messages.getMessage("doc.evidence.fromHeading", null, locale) : null;
    }

    /** "partly-granted" reads "Partly granted"; an id the bundles do not know is shown as it is. */
    private String vocabulary(String field, String value, Locale locale) {
        String id = blankToNull(value);
        return id == null ? null : messages.getMessage("value." + field + "." + id, null, id, locale);
    }

    private Facet familyOf(String tag) {
        if (taxonomy.isValidArticleId(tag)) {
            return Facet.ARTICLES;
        }
        if (taxonomy.crimeType(tag).isPresent()) {
            return Facet.CRIME_TYPES;
        }
        if (taxonomy.crossCuttingIssue(tag).isPresent()) {
            return Facet.CROSS_CUTTING;
        }
        return null;
    }

    private String label(String facet, String value, String uiLang) {
        return value == null || value.isBlank() ? null : taxonomy.label(facet, value, uiLang);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
