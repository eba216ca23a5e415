package org.mycroft.ingest.harvest;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The sources file of {@code mycroft harvest}: fetch settings and document metadata under
 * {@code defaults}, then the {@code sources}. Unknown keys are errors (a misspelt
 * {@code licence} must not silently publish documents without one).
 */
public record HarvestSources(FetchPolicy policy, List<HarvestSource> sources) {

    private static final Set<String> TOP_KEYS = Set.of("defaults", "sources");
    private static final Set<String> DEFAULT_KEYS = Set.of("licence", "country", "doc_type", "language",
            "concurrency", "timeout_seconds", "retries", "backoff_seconds", "max_bytes", "accept");
    private static final Set<String> SOURCE_KEYS = Set.of("name", "urls", "index", "link_pattern", "same_host",
            "robots_txt", "licence", "country", "doc_type", "language");
    /** Source names become folder names and document ids. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    public HarvestSources {
        sources = List.copyOf(sources);
    }

    public static HarvestSources load(Path file) throws IOException {
        return parse(Files.readString(file), file.getFileName().toString());
    }

    /** {@code origin} names the file in error messages. */
    public static HarvestSources parse(String yaml, String origin) {
        Object root;
        try {
            root = yaml().load(yaml);
        } catch (YAMLException e) {
            throw new HarvestConfigException(origin + ": not valid YAML: " + e.getMessage(), e);
        }
        Section top = Section.of(root, origin, origin);
        top.onlyKeys(TOP_KEYS);
        Section defaults = top.has("defaults") ? top.section("defaults", origin + ": defaults") : Section.empty(origin + ": defaults");
        defaults.onlyKeys(DEFAULT_KEYS);
        FetchPolicy policy = policy(defaults);
        DocumentMeta defaultMeta = meta(defaults);

        List<?> entries = top.list("sources");
        if (entries == null || entries.isEmpty()) {
            throw new HarvestConfigException(origin + ": 'sources' must list at least one source");
        }
        List<HarvestSource> sources = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Section entry = Section.of(entries.get(i), origin + ": source #" + (i + 1), origin);
            String name = entry.string("name");
            if (name == null) {
                throw entry.error("'name' is required");
            }
            entry = entry.renamed(origin + ": source '" + name + "'");
            if (!NAME.matcher(name).matches()) {
                throw entry.error("'name' must be lower-case letters, digits, '-' or '_' (it becomes a folder name)");
            }
            if (!names.add(name)) {
                throw entry.error("another source has the same name");
            }
            sources.add(source(entry, name, defaultMeta));
        }
        return new HarvestSources(policy, sources);
    }

    private static HarvestSource source(Section entry, String name, DocumentMeta defaults) {
        entry.onlyKeys(SOURCE_KEYS);
        List<URI> urls = new ArrayList<>();
        List<?> listed = entry.list("urls");
        if (listed != null) {
            for (int i = 0; i < listed.size(); i++) {
                urls.add(httpUrl(listed.get(i), entry, "urls[" + i + "]"));
            }
        }
        URI index = entry.has("index") ? httpUrl(entry.raw("index"), entry, "index") : null;
        if (urls.isEmpty() && index == null) {
            throw entry.error("give 'urls' (a list of document URLs) or 'index' (a page whose links are followed)");
        }
        Pattern linkPattern = null;
        String regex = entry.string("link_pattern");
        if (regex != null) {
            if (index == null) {
                throw entry.error("'link_pattern' only applies to an 'index' page");
            }
            try {
                linkPattern = Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw entry.error("'link_pattern' is not a valid regular expression: " + e.getDescription());
            }
        }
        Boolean sameHost = entry.bool("same_host");
        Boolean robotsTxt = entry.bool("robots_txt");
        DocumentMeta meta = meta(entry).orElse(defaults);
        if (meta.licence() == null || meta.licence().isBlank()) {
            throw entry.error("'licence' is required (on the source or under defaults): every harvested document must say how it may be reused");
        }
        return new HarvestSource(name, urls, index, linkPattern, sameHost == null || sameHost,
                robotsTxt == null || robotsTxt, meta);
    }

    private static FetchPolicy policy(Section defaults) {
        FetchPolicy base = FetchPolicy.DEFAULT;
        Integer concurrency = defaults.integer("concurrency");
        BigDecimal timeout = defaults.decimal("timeout_seconds");
        Integer retries = defaults.integer("retries");
        BigDecimal backoff = defaults.decimal("backoff_seconds");
        Long maxBytes = defaults.longValue("max_bytes");
        List<?> accept = defaults.list("accept");
        try {
            return new FetchPolicy(
                    concurrency != null ? concurrency : base.concurrency(),
                    timeout != null ? seconds(timeout) : base.timeout(),
                    retries != null ? retries : base.retries(),
                    backoff != null ? seconds(backoff) : base.backoff(),
                    maxBytes != null ? maxBytes : base.maxBytes(),
                    accept != null ? accept.stream().map(a -> text(a, defaults, "accept")).toList() : base.accept());
        } catch (IllegalArgumentException e) {
            throw defaults.error(e.getMessage());
        }
    }

    private static DocumentMeta meta(Section section) {
        String country = section.string("country");
        return new DocumentMeta(section.string("licence"), country == null ? null : country.toUpperCase(Locale.ROOT),
                section.string("doc_type"), section.string("language"));
    }

    private static Duration seconds(BigDecimal seconds) {
        return Duration.ofMillis(seconds.movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValue());
    }

    private static URI httpUrl(Object value, Section section, String field) {
        String text = text(value, section, field);
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri.normalize();
            }
        } catch (URISyntaxException e) {
            // reported below with the others
        }
        throw section.error("'" + field + "' is not an absolute http(s) URL: '" + text + "'");
    }

    private static String text(Object value, Section section, String field) {
        if (value instanceof String s && !s.isBlank()) {
            return s;
        }
        throw section.error("'" + field + "' must be text, not " + (value == null ? "empty" : "'" + value + "'"));
    }

    /**
     * YAML 1.1 reads {@code NO} (Norway), {@code on} and {@code 2019-05-01} as booleans and dates;
     * here only true/false are booleans and dates stay text.
     */
    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Resolver resolver = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                addImplicitResolver(Tag.BOOL, Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF");
                addImplicitResolver(Tag.INT, INT, "-+0123456789");
                addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
                addImplicitResolver(Tag.NULL, NULL, "~nN\0");
                addImplicitResolver(Tag.NULL, EMPTY, null);
            }
        };
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, resolver);
    }

    /** A YAML mapping and where it is, for typed reads with errors that say which field is wrong. */
    private record Section(Map<String, Object> map, String where, String origin) {

        static Section of(Object value, String where, String origin) {
            if (!(value instanceof Map<?, ?> map)) {
                throw new HarvestConfigException(where + ": expected a mapping of keys to values");
            }
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), v));
            return new Section(copy, where, origin);
        }

        static Section empty(String where) {
            return new Section(Map.of(), where, where);
        }

        Section renamed(String newWhere) {
            return new Section(map, newWhere, origin);
        }

        HarvestConfigException error(String message) {
            return new HarvestConfigException(where + ": " + message);
        }

        void onlyKeys(Set<String> known) {
            for (String key : map.keySet()) {
                if (!known.contains(key)) {
                    throw error("unknown key '" + key + "' (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
                }
            }
        }

        boolean has(String key) {
            return map.get(key) != null;
        }

        Object raw(String key) {
            return map.get(key);
        }

        Section section(String key, String name) {
            return Section.of(map.get(key), name, origin);
        }

        String string(String key) {
            Object value = map.get(key);
            if (value == null) {
                return null;
            }
            if (value instanceof String s) {
                return s.isBlank() ? null : s.strip();
            }
            throw error("'" + key + "' must be text, not '" + value + "'");
        }

        List<?> list(String key) {
            Object value = map.get(key);
            if (value == null) {
                return null;
            }
            if (value instanceof List<?> list) {
                return list;
            }
            if (value instanceof String) {
                return List.of(value); // one URL written without brackets
            }
            throw error("'" + key + "' must be a list");
        }

        Boolean bool(String key) {
            Object value = map.get(key);
            if (value == null || value instanceof Boolean) {
                return (Boolean) value;
            }
            throw error("'" + key + "' must be true or false, not '" + value + "'");
        }

        Integer integer(String key) {
            Long value = longValue(key);
            if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
                throw error("'" + key + "' is too large");
            }
            return value == null ? null : value.intValue();
        }

        Long longValue(String key) {
            Object value = map.get(key);
            if (value == null) {
                return null;
            }
            if (value instanceof Integer || value instanceof Long) {
                return ((Number) value).longValue();
            }
            throw error("'" + key + "' must be a whole number, not '" + value + "'");
        }

        BigDecimal decimal(String key) {
            Object value = map.get(key);
            if (value == null) {
                return null;
            }
            if (value instanceof Number n) {
                return new BigDecimal(n.toString());
            }
            throw error("'" + key + "' must be a number, not '" + value + "'");
        }
    }
}
