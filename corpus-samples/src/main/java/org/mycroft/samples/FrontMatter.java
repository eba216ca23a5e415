package org.mycroft.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.mycroft.core.taxonomy.DocType;
import org.mycroft.core.yaml.StrictYaml;
import org.mycroft.core.taxonomy.CaseVocabulary;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.core.taxonomy.UiLanguages;

import org.mycroft.samples.SourceDocument.Block;
import org.mycroft.samples.SourceDocument.Kind;

/**
 * Reads a source file: a YAML front-matter block between two {@code ---} lines (one {@code key: value}
 * per line; lists as {@code [a, b]}) and a body in a small Markdown subset: {@code # } title line, {@code ## } heading line (one provision or
 * case section), {@code - } list item, anything else a paragraph (consecutive lines are joined).
 * Validates the fields against the shared vocabulary so that a typo fails the build, not the index.
 */
public final class FrontMatter {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** The ids every tag uses (core's taxonomy files), so the samples cannot drift from them. */
    private static final Taxonomy TAXONOMY = Taxonomy.load();
    static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final Set<String> FORMATS = Set.of("pdf", "docx", "html", "txt");
    static final Set<String> DOC_TYPES = Set.of(DocType.LEGISLATION.id(), DocType.CASE.id());
    static final Set<String> LANGUAGES = Set.copyOf(UiLanguages.codes());
    static final Set<String> CASE_ONLY = Set.of("court", "cooperation_form", "requesting_state",
            "requested_state", "legal_basis", "outcome", "court_level", "confiscation_type", "legal_basis_articles");
    static final Set<String> COOPERATION_FORMS = Set.of("mutual-legal-assistance", "extradition",
            "transfer-of-sentenced-persons", "confiscation-cooperation", "joint-investigation",
            "law-enforcement-cooperation", "other");
    static final Set<String> LEGAL_BASES = Set.of("UNTOC", "bilateral-treaty", "regional-treaty",
            "domestic-law", "reciprocity", "other");
    static final Set<String> OUTCOMES = Set.of("granted", "partly-granted", "refused", "pending", "withdrawn");

    /** Notice of a summary of a real text; its first body line also names the official source. */
    public static final String REAL_NOTICE = "Sample summary written by the Mycroft team — not the official text.";
    /** Notice of an invented text. */
    public static final String FICTIONAL_NOTICE =
            "Fictional sample document written by the Mycroft team for demonstration — not the law of any State.";

    private FrontMatter() {}

    public static SourceDocument read(Path file) throws IOException {
        String name = file.getFileName().toString();
        try {
            SourceDocument doc = parse(Files.readString(file, StandardCharsets.UTF_8));
            if (!name.equals(doc.id() + ".md")) {
                throw new IllegalArgumentException("file name must be " + doc.id() + ".md");
            }
            return doc;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    /**
     * The front-matter fields, bound by Jackson: an unknown key, a repeated key or a year that is not
     * a number is refused with the key named.
     */
    record Fields(String id, String format, String title, @JsonProperty("doc_type") String docType, String country,
                  String language, Integer year, String date, @JsonProperty("source_url") String sourceUrl,
                  String licence, String notice, String court, @JsonProperty("cooperation_form") String cooperationForm,
                  @JsonProperty("requesting_state") String requestingState,
                  @JsonProperty("requested_state") String requestedState, @JsonProperty("legal_basis") String legalBasis,
                  String outcome, @JsonProperty("court_level") String courtLevel,
                  @JsonProperty("confiscation_type") String confiscationType,
                  @JsonProperty("legal_basis_articles") List<String> legalBasisArticles,
                  List<String> articles, @JsonProperty("crime_types") List<String> crimeTypes,
                  @JsonProperty("cross_cutting") List<String> crossCutting) {

        /** The fields other than id and format, keyed as in the sidecar (in its order); empty values left out. */
        Map<String, Object> meta() {
            Map<String, Object> byKey = new HashMap<>();
            for (RecordComponent c : Fields.class.getRecordComponents()) {
                JsonProperty json = c.getAccessor().getAnnotation(JsonProperty.class);
                try {
                    byKey.put(json != null ? json.value() : c.getName(), c.getAccessor().invoke(this));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e); // record accessors are public
                }
            }
            Map<String, Object> meta = new LinkedHashMap<>();
            for (String key : SourceDocument.SIDECAR_KEYS) {
                Object v = byKey.get(key);
                Object value = v instanceof String str ? str.strip()
                        : v instanceof List<?> l ? l.stream().map(Object::toString).map(String::strip).filter(x -> !x.isEmpty()).toList()
                        : v;
                boolean empty = value == null || value instanceof String str && str.isEmpty()
                        || value instanceof List<?> l && l.isEmpty();
                if (!empty) {
                    meta.put(key, value);
                }
            }
            return meta;
        }
    }

    /** Only true/false are booleans (a code such as NO stays text); a key given twice is refused. */
    private static final ObjectMapper YAML = StrictYaml.MAPPER;

    public static SourceDocument parse(String text) {
        List<String> lines = text.replace("\r\n", "\n").lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            throw new IllegalArgumentException("must start with a --- front-matter line");
        }
        int end = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new IllegalArgumentException("front matter is not closed by ---");
        }
        Fields fields = fields(String.join("\n", lines.subList(1, end)));
        List<Block> blocks = blocks(lines.subList(end + 1, lines.size()));
        SourceDocument doc = new SourceDocument(fields.id(), fields.format(), fields.meta(), blocks);
        validate(doc);
        return doc;
    }

    private static Fields fields(String yaml) {
        try {
            Fields fields = YAML.readValue(yaml, Fields.class);
            if (fields == null) {
                throw new IllegalArgumentException("the front matter is empty");
            }
            return fields;
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException("unknown key " + e.getPropertyName());
        } catch (MismatchedInputException e) {
            String key = e.getPath().isEmpty() ? "?" : e.getPath().getLast().getFieldName();
            throw new IllegalArgumentException(key + (key.equals("year") ? " must be a number" : " has the wrong type")
                    + " (" + e.getOriginalMessage() + ")");
        } catch (JsonProcessingException e) {
            // Includes STRICT_DUPLICATE_DETECTION's "Duplicate field 'x'".
            throw new IllegalArgumentException("front matter: " + e.getOriginalMessage());
        }
    }

    static List<Block> blocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String rawLine : lines) {
            String line = rawLine.strip();
            boolean special = line.startsWith("# ") || line.startsWith("## ") || line.startsWith("- ");
            if (line.isEmpty() || special) {
                flush(paragraph, blocks);
            }
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("# ")) {
                blocks.add(new Block(Kind.TITLE, line.substring(2).strip()));
            } else if (line.startsWith("## ")) {
                blocks.add(new Block(Kind.HEADING, line.substring(3).strip()));
            } else if (line.startsWith("- ")) {
                blocks.add(new Block(Kind.LIST_ITEM, line.substring(2).strip()));
            } else {
                if (!paragraph.isEmpty()) {
                    paragraph.append(' ');
                }
                paragraph.append(line);
            }
        }
        flush(paragraph, blocks);
        return blocks;
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks) {
        if (!paragraph.isEmpty()) {
            blocks.add(new Block(Kind.PARAGRAPH, paragraph.toString()));
            paragraph.setLength(0);
        }
    }

    static void validate(SourceDocument d) {
        require(d.id() != null && ID.matcher(d.id()).matches(), "id must match [a-z0-9]+(-[a-z0-9]+)*");
        require(d.format() != null && FORMATS.contains(d.format()), "format must be one of " + FORMATS);
        for (String key : d.meta().keySet()) {
            require(SourceDocument.SIDECAR_KEYS.contains(key), "unknown key " + key);
        }
        for (String key : List.of("title", "doc_type", "country", "language", "year", "licence", "notice")) {
            require(d.meta().containsKey(key), "missing " + key);
        }
        require(DOC_TYPES.contains(d.string("doc_type")), "doc_type must be one of " + DOC_TYPES);
        require(LANGUAGES.contains(d.language()), "language must be one of " + LANGUAGES);
        require(TAXONOMY.countries().byIso3(d.string("country")).isPresent(), "country must be an ISO 3166-1 alpha-3 code of the taxonomy");
        int year = (Integer) d.meta().get("year");
        require(year >= 1800 && year <= 2100, "implausible year " + year);
        if (d.meta().containsKey("date")) {
            require(DATE.matcher(d.string("date")).matches(), "date must be YYYY-MM-DD");
            require(d.string("date").startsWith(year + "-"), "date and year disagree");
        }
        if (!DocType.CASE.is(d.string("doc_type"))) {
            for (String key : CASE_ONLY) {
                require(!d.meta().containsKey(key), key + " is for cases only");
            }
        }
        for (String key : List.of("requesting_state", "requested_state")) {
            if (d.meta().containsKey(key)) {
                require(TAXONOMY.countries().byIso3(d.string(key)).isPresent(), key + " must be an ISO 3166-1 alpha-3 code of the taxonomy");
            }
        }
        checkIn(d, "cooperation_form", COOPERATION_FORMS);
        checkIn(d, "legal_basis", LEGAL_BASES);
        checkIn(d, "outcome", OUTCOMES);
        for (String field : List.of("court_level", "confiscation_type")) {
            if (d.meta().containsKey(field)) {
                require(CaseVocabulary.get().accepts(field, d.string(field)),
                        field + " must be one of " + CaseVocabulary.get().values(field));
            }
        }
        for (String a : list(d, "legal_basis_articles")) {
            require(TAXONOMY.isValidArticleId(a), "legal_basis_articles: " + a + " is not an article of the taxonomy");
            require("UNTOC".equals(d.string("legal_basis")), "legal_basis_articles need legal_basis: UNTOC");
        }
        for (String id : list(d, "crime_types")) {
            require(TAXONOMY.crimeType(id).isPresent(), "crime_types: unknown id " + id);
        }
        for (String id : list(d, "cross_cutting")) {
            require(TAXONOMY.crossCuttingIssue(id).isPresent(), "cross_cutting: unknown id " + id);
        }
        for (String a : list(d, "articles")) {
            require(TAXONOMY.isValidArticleId(a), "article id " + a + " is not an article of the taxonomy");
        }

        String notice = d.notice();
        require(notice.equals(REAL_NOTICE) || notice.equals(FICTIONAL_NOTICE),
                "notice must be exactly \"" + REAL_NOTICE + "\" or \"" + FICTIONAL_NOTICE + "\"");
        require(!d.blocks().isEmpty() && d.blocks().get(0).kind() == Kind.PARAGRAPH
                && d.blocks().get(0).text().startsWith(notice), "the body must start with the notice line");
        if (notice.equals(REAL_NOTICE)) {
            String url = d.string("source_url");
            require(url != null && url.startsWith("https://"), "a real summary needs an https source_url");
            require(d.blocks().get(0).text().contains("Official source: " + url),
                    "the notice line must end with \"Official source: <source_url>\"");
        }
        long titles = d.blocks().stream().filter(b -> b.kind() == Kind.TITLE).count();
        require(titles == 1, "the body needs exactly one # title line");
        long headings = d.blocks().stream().filter(b -> b.kind() == Kind.HEADING).count();
        if (DocType.LEGISLATION.is(d.string("doc_type"))) {
            require(headings >= 4 && headings <= 10, "a law needs 4-10 ## provision headings, has " + headings);
        } else {
            require(headings >= 4, "a case needs its ## sections, has " + headings);
        }
    }

    static List<String> list(SourceDocument d, String key) {
        Object v = d.meta().get(key);
        if (v == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<String> l = (List<String>) v;
        return l;
    }

    private static void checkIn(SourceDocument d, String key, Set<String> allowed) {
        if (d.meta().containsKey(key)) {
            require(allowed.contains(d.string(key)), key + " must be one of " + allowed);
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
