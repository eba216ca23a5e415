package org.mycroft.ingest.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.mycroft.core.taxonomy.Country;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.ingest.country.CountryGuesser;
import org.mycroft.ingest.extraction.ExtractedDocument;
import org.mycroft.core.index.Provenance;
import org.mycroft.ingest.indexing.CaseDetails;
import org.mycroft.ingest.indexing.IndexUnit;
import org.mycroft.ingest.language.LanguageGuesser;
import org.mycroft.ingest.segmentation.Provision;
import org.mycroft.ingest.segmentation.ProvisionSplitter;
import org.mycroft.ingest.source.Ids;
import org.mycroft.ingest.source.Sidecar;
import org.mycroft.tagging.LawContext;
import org.mycroft.tagging.TagEvidence;
import org.mycroft.tagging.TagResult;
import org.mycroft.tagging.Tagger;
import org.mycroft.tagging.TaggingContext;
import org.mycroft.core.taxonomy.DocType;

/**
 * Turns one extracted document and its sidecar into index units: a law becomes one unit per
 * provision (each tagged on its own text), anything else one unit. Curated sidecar tags are
 * added to machine tags for single-unit documents; for a law they would wrongly land on every
 * provision, so laws rely on per-provision machine tags.
 */
public final class UnitBuilder {

    /** Provisions shorter than this inherit the document's language instead of being guessed. */
    private static final int MIN_CHARS_FOR_OWN_LANGUAGE = 200;
    /** The start of a provision is enough to tell its language. */
    private static final int PROVISION_LANGUAGE_SAMPLE = 800;

    private final Taxonomy taxonomy;
    private final Tagger tagger;
    private final LanguageGuesser languages;
    private final ProvisionSplitter splitter = new ProvisionSplitter();
    private final CountryGuesser countryGuesser;

    public UnitBuilder(Taxonomy taxonomy, Tagger tagger, LanguageGuesser languages) {
        this.taxonomy = taxonomy;
        this.tagger = tagger;
        this.languages = languages;
        this.countryGuesser = new CountryGuesser(taxonomy.countries());
    }

    /** What the units of one document share: the document and where it comes from. */
    private record DocumentFacts(IndexUnit.Parent parent, Provenance provenance, CaseDetails caseDetails) {}

    public List<IndexUnit> build(String id, Sidecar sidecar, ExtractedDocument extracted, String sourcePath,
            String contentHash, Instant now, boolean wholeDocument) {
        String text = extracted.text();
        List<Provision> provisions = wholeDocument || DocType.CASE.is(sidecar.docType()) ? List.of()
                : extracted.structured() ? extracted.provisions() : splitter.split(text);
        String docType = sidecar.docType() != null ? sidecar.docType() : provisions.isEmpty() ? DocType.REFERENCE.id() : DocType.LEGISLATION.id();
        if (!DocType.LEGISLATION.is(docType)) {
            provisions = List.of();
        }
        String language = firstPresent(sidecar.language());
        if (language == null) { // detect only what the sidecar does not say
            language = firstPresent(languages.guess(text).orElse(null), extracted.language());
        }
        boolean instrumentText = isInstrumentText(text);
        // The Convention or a Protocol belongs to no State, whatever places its text names ("done at Palermo, Italy").
        Optional<Country> country = Optional.ofNullable(sidecar.country()).flatMap(c -> taxonomy.countries().resolve(c))
                .or(() -> countryGuesser.guess(sidecar.source().sourceUrl(), sourcePath, instrumentText ? null : text)
                        .flatMap(taxonomy.countries()::byIso3));
        Integer year = sidecar.year() != null ? sidecar.year() : yearOf(sidecar.date());
        String title = firstPresent(sidecar.title(), extracted.title(), text.lines().findFirst().orElse(id));
        Sidecar.Source source = sidecar.source();
        DocumentFacts facts = new DocumentFacts(
                new IndexUnit.Parent(id, title, docType, country.map(Country::iso3).orElse(null),
                        country.map(Country::region).orElse(null), year, sidecar.date()),
                new Provenance(source.sourceUrl(), sourcePath, source.licence(), contentHash, now, source.retrieved(),
                        source.notice()),
                DocType.CASE.is(docType) ? sidecar.caseDetails().withStates(this::iso3) : CaseDetails.NONE);

        if (provisions.isEmpty()) {
            TagResult tags = tagger.tag(text, new TaggingContext(docType, language, instrumentText));
            return List.of(unit(facts, sidecar, id, title, null, null, 0, text, language, tags, true));
        }
        List<IndexUnit> units = new ArrayList<>(provisions.size());
        Set<String> usedIds = new HashSet<>();
        int position = 0;
        Set<String> probed = probeLanguages(provisions);
        boolean mixed = probed.size() > 1;
        // The title gives its subject to the operative provisions (not to the short title, reports…).
        LawContext law = LawContext.of(tagger, lawTitle(sidecar, extracted, provisions.getFirst()),
                new TaggingContext(docType, language, instrumentText));
        List<String> unitLanguages = new ArrayList<>(provisions.size());
        List<TagResult> ownTags = new ArrayList<>(provisions.size());
        Map<String, List<String>> crimeTypesByNumber = new HashMap<>();
        for (Provision p : provisions) { // first each provision on its own text
            String unitLanguage = mixed ? languageAmong(p, probed).orElse(language) : language;
            TagResult own = tagger.tag(p.text(), new TaggingContext(docType, unitLanguage, instrumentText));
            unitLanguages.add(unitLanguage);
            ownTags.add(own);
            crimeTypesByNumber.putIfAbsent(p.number(), own.crimeTypes());
        }
        for (int i = 0; i < provisions.size(); i++) { // then in the context of the law
            Provision p = provisions.get(i);
            String unitId = Ids.unique(Ids.provisionId(id, p.label()), usedIds);
            String unitLanguage = unitLanguages.get(i);
            LawContext.Role role = law.role(p.number(), p.heading(), p.text(), p.division()); // read once per provision
            TagResult tags = law.provision(ownTags.get(i), role, p.heading(), p.text(), p.division());
            if (role == LawContext.Role.OPERATIVE) {
                tags = law.withCitedOffences(tags, p.text(), n -> n.equals(p.number()) ? List.of()
                        : crimeTypesByNumber.getOrDefault(n, List.of()));
            }
            if (PREAMBLE.equals(p.number())) {
                tags = withoutArticles(tags);
            }
            String unitTitle = p.heading().isEmpty() ? p.label() : p.label() + ". " + p.heading();
            units.add(unit(facts, sidecar, unitId, unitTitle, p.number(), p.heading(), position++, p.text(),
                    unitLanguage, tags, provisions.size() == 1));
        }
        return units;
    }

    private IndexUnit unit(DocumentFacts facts, Sidecar sidecar, String id, String title, String number,
            String heading, int position, String text, String language, TagResult machine, boolean addCurated) {
        boolean curated = addCurated && sidecar.hasCuratedTags();
        Sidecar.CuratedTags given = curated ? sidecar.tags() : Sidecar.CuratedTags.NONE;
        IndexUnit.Tags tags = new IndexUnit.Tags(union(machine.articles(), given.articles()),
                union(machine.crimeTypes(), given.crimeTypes()), union(machine.crossCutting(), given.crossCutting()),
                machine.mentions(), machine.evidence(), curated);
        return new IndexUnit(id, facts.parent(), title, number, heading, position, text, language, tags,
                facts.provenance(), facts.caseDetails());
    }

    /**
     * The text of the Convention or a Protocol itself (its cross-references are not national
     * implementations): it names an instrument near its start and carries the treaty formula.
     */
    private boolean isInstrumentText(String text) {
        String head = text.length() > 3000 ? text.substring(0, 3000) : text;
        String folded = head.toLowerCase(Locale.ROOT);
        boolean namesInstrument = taxonomy.instruments().stream()
                .flatMap(i -> i.names().values().stream())
                .anyMatch(name -> folded.contains(name.toLowerCase(Locale.ROOT)));
        return namesInstrument && TREATY_FORMULA.matcher(text).find();
    }

    private static final Pattern TREATY_FORMULA = Pattern.compile(
            "(?i)have agreed as follows|sont convenus de ce qui suit|han convenido en lo siguiente");

    private static final String PREAMBLE = "preamble";
    /** Provisions sampled across a law to decide whether it mixes languages. */
    private static final int LANGUAGE_PROBES = 8;

    /**
     * The languages of a few provisions spread over the law. More than one means the law mixes
     * languages (the English text of a treaty followed by its Dutch translation); only such a law
     * pays for detecting every provision's language, and then only among the languages found here.
     */
    private Set<String> probeLanguages(List<Provision> provisions) {
        Map<String, Integer> seen = new HashMap<>();
        int step = Math.max(1, provisions.size() / LANGUAGE_PROBES);
        for (int i = 0; i < provisions.size(); i += step) {
            ownLanguage(provisions.get(i), languages::guess).ifPresent(l -> seen.merge(l, 1, Integer::sum));
        }
        ownLanguage(provisions.getLast(), languages::guess).ifPresent(l -> seen.merge(l, 1, Integer::sum));
        // One probe alone is not a second language: a list of Latin plant names in a Dutch law reads as Italian.
        Set<String> confirmed = new HashSet<>();
        seen.forEach((language, probes) -> {
            if (probes >= 2) {
                confirmed.add(language);
            }
        });
        return confirmed;
    }

    private Optional<String> languageAmong(Provision p, Set<String> candidates) {
        return ownLanguage(p, sample -> languages.guessAmong(sample, candidates));
    }

    /** A provision's own language, from its start; none when it is too short to tell. */
    private static Optional<String> ownLanguage(Provision p, Function<String, Optional<String>> detector) {
        String text = p.text();
        if (text.length() < MIN_CHARS_FOR_OWN_LANGUAGE) {
            return Optional.empty();
        }
        return detector.apply(text.length() > PROVISION_LANGUAGE_SAMPLE ? text.substring(0, PROVISION_LANGUAGE_SAMPLE) : text);
    }

    /**
     * A law's preamble (long title, enacting words) states what the law is about but implements
     * no article itself; counting it would put a phantom provision in every comparison.
     */
    private static TagResult withoutArticles(TagResult tags) {
        List<TagEvidence> evidence = tags.evidence().stream()
                .filter(e -> !tags.articles().contains(e.tag()))
                .toList();
        return new TagResult(List.of(), tags.crimeTypes(), tags.crossCutting(), evidence, tags.mentions());
    }

    private String iso3(String country) {
        return country == null ? null : taxonomy.countries().resolve(country).map(Country::iso3).orElse(country);
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }


    /**
     * The law's own title: the sidecar's or the file's, else the first line when it comes before the
     * first provision. A first line that is itself a provision heading is no title.
     */
    private static String lawTitle(Sidecar sidecar, ExtractedDocument extracted, Provision first) {
        String title = firstPresent(sidecar.title(), extracted.title());
        if (title != null) {
            return title;
        }
        String before = extracted.text().substring(0, Math.min(first.offset(), extracted.text().length())).strip();
        return before.isEmpty() ? "" : before.lines().findFirst().orElse("");
    }

    private static Integer yearOf(String date) {
        return date != null && date.matches("\\d{4}.*") ? Integer.valueOf(date.substring(0, 4)) : null;
    }

    private static String firstPresent(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
