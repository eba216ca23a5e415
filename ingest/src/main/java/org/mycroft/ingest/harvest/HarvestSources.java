package org.mycroft.ingest.harvest;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.mycroft.core.yaml.StrictYaml;

/**
 * The sources file of {@code mycroft harvest}: fetch settings and document metadata under
 * {@code defaults}, then the {@code sources}. Read with Jackson into the records below; unknown and
 * repeated keys are errors (a misspelt {@code licence} must not silently publish documents without one).
 */
public record HarvestSources(FetchPolicy policy, List<HarvestSource> sources) {

    /** Source names become folder names and document ids. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    /**
     * Only true/false are booleans ({@code NO} is Norway, {@code on} a word); dates stay text; a
     * key given twice is refused.
     */
    private static final ObjectMapper YAML = StrictYaml.MAPPER;

    /** The file's top level; each part is bound on its own so that an error says where it is. */
    record FileFields(JsonNode defaults, List<JsonNode> sources) {}

    /** {@code defaults}: fetch settings, and document metadata every source inherits. */
    record Defaults(String licence, String country, @JsonProperty("doc_type") String docType, String language,
                    Integer concurrency, @JsonProperty("timeout_seconds") BigDecimal timeoutSeconds, Integer retries,
                    @JsonProperty("backoff_seconds") BigDecimal backoffSeconds, @JsonProperty("max_bytes") Long maxBytes,
                    List<String> accept) {

        static final Defaults NONE = new Defaults(null, null, null, null, null, null, null, null, null, null);
    }

    /** One entry of {@code sources}; {@code urls} may be one URL written without brackets. */
    record Entry(String name, @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> urls,
                 String index, @JsonProperty("link_pattern") String linkPattern,
                 @JsonProperty("same_host") Boolean sameHost, @JsonProperty("robots_txt") Boolean robotsTxt,
                 String licence, String country, @JsonProperty("doc_type") String docType, String language) {}

    public HarvestSources {
        sources = List.copyOf(sources);
    }

    public static HarvestSources load(Path file) throws IOException {
        return parse(Files.readString(file), file.getFileName().toString());
    }

    /** {@code origin} names the file in error messages. */
    public static HarvestSources parse(String yaml, String origin) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            String line = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new HarvestConfigException(origin + ": not valid YAML: " + e.getOriginalMessage() + line, e);
        }
        if (root == null || !root.isObject()) {
            throw new HarvestConfigException(origin + ": expected a mapping of keys to values");
        }
        FileFields file = bind(root, FileFields.class, origin);
        Defaults defaults = file.defaults() == null || file.defaults().isNull() ? Defaults.NONE
                : bind(file.defaults(), Defaults.class, origin + ": defaults");
        FetchPolicy policy = policy(defaults, origin + ": defaults");
        DocumentMeta defaultMeta = new DocumentMeta(text(defaults.licence()), country(defaults.country()),
                text(defaults.docType()), text(defaults.language()));

        List<JsonNode> entries = file.sources();
        if (entries == null || entries.isEmpty()) {
            throw new HarvestConfigException(origin + ": 'sources' must list at least one source");
        }
        List<HarvestSource> sources = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode node = entries.get(i);
            String where = origin + ": source #" + (i + 1);
            if (node == null || !node.isObject()) {
                throw new HarvestConfigException(where + ": expected a mapping of keys to values");
            }
            JsonNode nameNode = node.get("name");
            String name = nameNode != null && nameNode.isTextual() ? text(nameNode.asText()) : null;
            if (name == null) {
                throw new HarvestConfigException(where + ": 'name' is required");
            }
            where = origin + ": source '" + name + "'";
            if (!NAME.matcher(name).matches()) {
                throw new HarvestConfigException(where + ": 'name' must be lower-case letters, digits, '-' or '_' (it becomes a folder name)");
            }
            if (!names.add(name)) {
                throw new HarvestConfigException(where + ": another source has the same name");
            }
            sources.add(source(bind(node, Entry.class, where), name, defaultMeta, where));
        }
        return new HarvestSources(policy, sources);
    }

    /** Binds one mapping; a mistake is reported with where it is and the key it concerns. */
    private static <T> T bind(JsonNode node, Class<T> type, String where) {
        try {
            return YAML.treeToValue(node, type);
        } catch (UnrecognizedPropertyException e) {
            List<String> known = e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            throw new HarvestConfigException(where + ": unknown key '" + e.getPropertyName() + "' (known: "
                    + String.join(", ", known) + ")");
        } catch (MismatchedInputException e) {
            String key = e.getPath().isEmpty() ? "?" : e.getPath().getFirst().getFieldName();
            JsonNode value = key == null ? null : node.get(key);
            throw new HarvestConfigException(where + ": '" + key + "' " + expected(type, key) + ", not '"
                    + (value == null ? "" : value.isValueNode() ? value.asText() : value.toString()) + "'");
        } catch (JsonProcessingException e) {
            throw new HarvestConfigException(where + ": " + e.getOriginalMessage(), e);
        }
    }

    /** What a key holds, for the error message of a value of the wrong type. */
    private static String expected(Class<?> type, String key) {
        for (var component : type.getRecordComponents()) {
            JsonProperty json = component.getAccessor().getAnnotation(JsonProperty.class);
            String name = json != null ? json.value() : component.getName();
            if (name.equals(key)) {
                Class<?> t = component.getType();
                return t == Boolean.class ? "must be true or false"
                        : t == Integer.class || t == Long.class ? "must be a whole number"
                        : t == BigDecimal.class ? "must be a number"
                        : t == List.class ? "must be a list of text" : "must be text";
            }
        }
        return "has the wrong type";
    }

    private static HarvestSource source(Entry entry, String name, DocumentMeta defaults, String where) {
        List<URI> urls = new ArrayList<>();
        List<String> listed = entry.urls();
        if (listed != null) {
            for (int i = 0; i < listed.size(); i++) {
                urls.add(httpUrl(listed.get(i), where, "urls[" + i + "]"));
            }
        }
        URI index = text(entry.index()) != null ? httpUrl(entry.index(), where, "index") : null;
        if (urls.isEmpty() && index == null) {
            throw new HarvestConfigException(where + ": give 'urls' (a list of document URLs) or 'index' (a page whose links are followed)");
        }
        Pattern linkPattern = null;
        String regex = text(entry.linkPattern());
        if (regex != null) {
            if (index == null) {
                throw new HarvestConfigException(where + ": 'link_pattern' only applies to an 'index' page");
            }
            try {
                linkPattern = Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new HarvestConfigException(where + ": 'link_pattern' is not a valid regular expression: " + e.getDescription());
            }
        }
        DocumentMeta meta = new DocumentMeta(text(entry.licence()), country(entry.country()), text(entry.docType()),
                text(entry.language())).orElse(defaults);
        if (meta.licence() == null || meta.licence().isBlank()) {
            throw new HarvestConfigException(where + ": 'licence' is required (on the source or under defaults): every harvested document must say how it may be reused");
        }
        return new HarvestSource(name, urls, index, linkPattern, entry.sameHost() == null || entry.sameHost(),
                entry.robotsTxt() == null || entry.robotsTxt(), meta);
    }

    private static FetchPolicy policy(Defaults d, String where) {
        FetchPolicy base = FetchPolicy.DEFAULT;
        List<String> accept = d.accept();
        try {
            if (accept != null && accept.stream().anyMatch(a -> text(a) == null)) {
                throw new IllegalArgumentException("'accept' must list media types");
            }
            return new FetchPolicy(
                    d.concurrency() != null ? d.concurrency() : base.concurrency(),
                    d.timeoutSeconds() != null ? seconds(d.timeoutSeconds()) : base.timeout(),
                    d.retries() != null ? d.retries() : base.retries(),
                    d.backoffSeconds() != null ? seconds(d.backoffSeconds()) : base.backoff(),
                    d.maxBytes() != null ? d.maxBytes() : base.maxBytes(),
                    accept != null ? accept : base.accept());
        } catch (IllegalArgumentException e) {
            throw new HarvestConfigException(where + ": " + e.getMessage());
        }
    }

    /** Blank text counts as absent. */
    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String country(String value) {
        String text = text(value);
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    private static Duration seconds(BigDecimal seconds) {
        return Duration.ofMillis(seconds.movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValue());
    }

    private static URI httpUrl(String value, String where, String field) {
        String text = text(value);
        if (text != null) {
            try {
                URI uri = new URI(text);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                    return uri.normalize();
                }
            } catch (URISyntaxException e) {
                // reported below with the others
            }
        }
        throw new HarvestConfigException(where + ": '" + field + "' is not an absolute http(s) URL: '" + value + "'");
    }
}
