package org.mycroft.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mycroft.api.search.Facet;
import org.mycroft.api.search.SearchParameters;
import org.mycroft.core.taxonomy.UiLanguages;

/**
 * The message bundles and the templates agree: same keys in every language, no empty message,
 * every {{t "key"}} defined, and no user-visible text written into a template.
 */
class I18nMessagesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** Every UI language of languages.tsv but English (the base bundle). */
    private static final List<String> LANGUAGES = UiLanguages.codes().stream().filter(l -> !l.equals("en")).toList();
    /** Keys whose text is the same in every language (a name, a format). */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("site.name", "workbench.json");

    /** {{t "key"}} and (t "key") as a sub-expression. */
    private static final Pattern T_CALL = Pattern.compile("[{(]\\s*t\\s+\"([^\"]+)\"");
    private static final Pattern COMMENT = Pattern.compile("\\{\\{!--.*?--}}|\\{\\{![^}]*}}", Pattern.DOTALL);
    private static final Pattern MUSTACHE = Pattern.compile("\\{\\{\\{.*?}}}|\\{\\{.*?}}", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>", Pattern.DOTALL);
    private static final Pattern TEXT_ATTRIBUTE = Pattern.compile(
            "\\s(aria-label|aria-description|title|alt|placeholder|value)\\s*=\\s*\"([^\"]*)\"");
    /** What may stand in a template outside mustaches and tags: symbols, punctuation, numbers, entities. */
    private static final Pattern NOT_TEXT = Pattern.compile("[\\p{P}\\p{S}\\p{N}\\s]*|&[a-z]+;|&#\\d+;");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private static Map<String, Properties> bundles;

    @BeforeAll
    static void load() throws IOException {
        bundles = new TreeMap<>();
        bundles.put("en", read(BUNDLES.resolve("messages.properties")));
        for (String lang : LANGUAGES) {
            bundles.put(lang, read(BUNDLES.resolve("messages_" + lang + ".properties")));
        }
    }

    private static Properties read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void everyLanguageHasExactlyTheEnglishKeys() {
        Set<String> english = bundles.get("en").stringPropertyNames();
        assertThat(english).hasSizeGreaterThan(50);
        for (String lang : LANGUAGES) {
            Set<String> keys = bundles.get(lang).stringPropertyNames();
            assertThat(difference(english, keys)).as("keys missing from messages_%s", lang).isEmpty();
            assertThat(difference(keys, english)).as("keys of messages_%s unknown in English", lang).isEmpty();
        }
    }

    @Test
    void everyUiLanguageHasABundle() {
        assertThat(LANGUAGES).contains("ar", "zh", "ru", "fr", "es");
        for (String lang : LANGUAGES) {
            assertThat(BUNDLES.resolve("messages_" + lang + ".properties")).as(lang).exists();
        }
    }

    /**
     * A message left in English is English text on that language's pages. Checked for the
     * languages in other scripts, where no message can rightly read as the English one
     * (French and Spanish share words like "Extradition" or "Error").
     */
    @Test
    void noMessageIsLeftUntranslated() {
        Properties english = bundles.get("en");
        for (String lang : List.of("ar", "zh", "ru")) {
            Properties messages = bundles.get(lang);
            List<String> same = english.stringPropertyNames().stream()
                    .filter(key -> !SAME_IN_EVERY_LANGUAGE.contains(key))
                    .filter(key -> english.getProperty(key).equals(messages.getProperty(key)))
                    .sorted().toList();
            assertThat(same).as("messages of %s identical to English", lang).isEmpty();
        }
    }

    @Test
    void messagesAreNonEmptyValidAndSafeForMessageFormat() {
        bundles.forEach((lang, messages) -> messages.stringPropertyNames().forEach(key -> {
            String value = messages.getProperty(key);
            assertThat(value).as("%s in %s", key, lang).isNotBlank();
            // MessageFormat drops ASCII apostrophes in messages with arguments: the bundles use ’.
            assertThat(value).as("%s in %s uses an ASCII apostrophe", key, lang).doesNotContain("'");
            Set<String> placeholders = placeholders(value);
            assertThat(placeholders).as("placeholders of %s in %s", key, lang)
                    .isEqualTo(placeholders(bundles.get("en").getProperty(key)));
            if (!placeholders.isEmpty()) {
                new MessageFormat(value, Locale.of(lang)).format(new Object[] {1, 2, 3});
            }
        }));
    }

    @Test
    void everyKeyUsedByTheTemplatesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path template : templates()) {
            Matcher m = T_CALL.matcher(COMMENT.matcher(Files.readString(template)).replaceAll(" "));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        assertThat(used).hasSizeGreaterThan(50).contains("search.button", "doc.text", "error.404.title");
        for (String lang : bundles.keySet()) {
            assertThat(difference(used, bundles.get(lang).stringPropertyNames())).as("keys missing in %s", lang).isEmpty();
        }
    }

    @Test
    void everyKeyBuiltInJavaExists() {
        List<String> keys = new ArrayList<>(List.of("lang.self"));
        for (Facet facet : Facet.values()) {
            keys.add("facet." + facet.parameter());
            keys.add("error.hint." + facet.parameter());
        }
        SearchParameters.GENERAL.forEach(p -> keys.add("error.hint." + p));
        keys.add("error.hint.id");
        keys.add("doc.contents.preamble");
        // The closed vocabularies of the case fields (corpus-samples FrontMatter, TAXONOMY.md).
        Map.of("cooperation_form", List.of("mutual-legal-assistance", "extradition", "transfer-of-sentenced-persons",
                        "confiscation-cooperation", "joint-investigation", "law-enforcement-cooperation", "other"),
                "legal_basis", List.of("UNTOC", "bilateral-treaty", "regional-treaty", "domestic-law", "reciprocity", "other"),
                "outcome", List.of("granted", "partly-granted", "refused", "pending", "withdrawn"))
                .forEach((field, ids) -> ids.forEach(id -> keys.add("value." + field + "." + id)));
        bundles.forEach((lang, messages) -> assertThat(messages.stringPropertyNames()).as(lang).containsAll(keys));
        assertThat(bundles.get("fr").getProperty("lang.self")).isEqualTo("Français");
        assertThat(bundles.get("es").getProperty("lang.self")).isEqualTo("Español");
        assertThat(bundles.get("ar").getProperty("lang.self")).isEqualTo("العربية");
        assertThat(bundles.get("zh").getProperty("lang.self")).isEqualTo("中文");
        assertThat(bundles.get("ru").getProperty("lang.self")).isEqualTo("Русский");
    }

    @Test
    void templatesContainNoHardCodedText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            problems.addAll(hardCodedText(template.toString(), Files.readString(template)));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theHardCodedTextScanCatchesTextAndAttributes() {
        assertThat(hardCodedText("t", "<p>{{t \"a.b\"}} · 42 → ×</p>")).isEmpty();
        assertThat(hardCodedText("t", "{{!-- a comment with words --}}<b>{{x}}</b>")).isEmpty();
        assertThat(hardCodedText("t", "<p>Search</p>")).hasSize(1);
        assertThat(hardCodedText("t", "<a aria-label=\"Close\">{{x}}</a>")).hasSize(1);
        assertThat(hardCodedText("t", "<input placeholder=\"Type here\">")).hasSize(1);
    }

    @Test
    void onlyTheSafeSnippetIsTripleStashed() throws IOException {
        List<String> raw = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = Pattern.compile("\\{\\{\\{\\s*([^}]*?)\\s*}}}").matcher(COMMENT.matcher(Files.readString(template)).replaceAll(""));
            while (m.find()) {
                raw.add(TEMPLATES.relativize(template) + ": " + m.group(1));
            }
        }
        assertThat(raw).containsExactly("search/results.hbs: snippet");
    }

    static List<String> hardCodedText(String name, String template) {
        List<String> problems = new ArrayList<>();
        String code = COMMENT.matcher(template).replaceAll(" ");
        code = MUSTACHE.matcher(code).replaceAll(" ");
        Matcher tags = TAG.matcher(code);
        while (tags.find()) {
            Matcher attribute = TEXT_ATTRIBUTE.matcher(tags.group());
            while (attribute.find()) {
                if (!NOT_TEXT.matcher(attribute.group(2)).matches()) {
                    problems.add(name + ": attribute " + attribute.group(1) + "=\"" + attribute.group(2) + "\"");
                }
            }
        }
        for (String text : TAG.split(code)) {
            String stripped = text.strip();
            if (!stripped.isEmpty() && !NOT_TEXT.matcher(stripped).matches()) {
                problems.add(name + ": text \"" + stripped + "\"");
            }
        }
        return problems;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".hbs")).sorted().toList();
            assertThat(list).hasSizeGreaterThanOrEqualTo(4);
            return list;
        }
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(message);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
