package org.mycroft.tagging;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The shapes of the rule files, as Jackson binds them ({@link org.mycroft.core.yaml.StrictYaml}:
 * unknown and repeated keys are errors). What the shapes cannot say (ids in the taxonomy, language
 * codes, ranges) {@link RuleSet} checks when it compiles them.
 */
final class RuleFiles {

    private RuleFiles() {}

    /** crime-types.yaml and cross-cutting.yaml: per tag id, per language, its phrases. */
    record TagFile(Defaults defaults, Map<String, Map<String, List<PhraseEntry>>> tags) {}

    record Defaults(Double confidence, Integer window) {
        static final Defaults NONE = new Defaults(null, null);
    }

    /** A phrase: plain text, or a mapping with {@code phrase:} and its options. */
    record PhraseEntry(String phrase, Double confidence, List<String> articles,
                       @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Near> requires,
                       @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Near> unless,
                       @JsonProperty("mention_if") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Near> mentionIf,
                       @JsonProperty("case_sensitive") Boolean caseSensitive,
                       @JsonProperty("paragraph_in_body") Boolean paragraphInBody, String note) {

        @JsonCreator
        PhraseEntry {
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static PhraseEntry of(String phrase) {
            return new PhraseEntry(phrase, null, null, null, null, null, null, null, null);
        }
    }

    /** {@code {near: [...], window: N, side: before|after|both}}. */
    record Near(List<String> near, Integer window, String side) {}

    /** negation.yaml: defaults, then per language its cues. */
    record NegationFile(Integer window, Double confidence, Map<String, List<CueEntry>> cues) {}

    /** A cue: plain text, or a mapping; {@code list} is kept untyped so that a non-boolean is reported as such. */
    record CueEntry(String phrase, Integer window, String side, Object list, List<String> scope, List<String> except,
                    List<String> articles, String note) {

        @JsonCreator
        CueEntry {
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static CueEntry of(String phrase) {
            return new CueEntry(phrase, null, null, null, null, null, null, null);
        }
    }

    /** stop-phrases.yaml: per language, phrases that are never tag evidence. */
    record StopFile(Map<String, List<String>> phrases) {}

    /** citations.yaml: the words of a citation, the instruments' names, the confidences. */
    record CitationFile(@JsonProperty("article_words") List<String> articleWords,
                        @JsonProperty("paragraph_words") List<String> paragraphWords,
                        @JsonProperty("list_words") List<String> listWords,
                        @JsonProperty("range_words") List<String> rangeWords,
                        @JsonProperty("paragraph_of") List<String> paragraphOf,
                        List<String> connectors,
                        @JsonProperty("not_generic_after") List<String> notGenericAfter,
                        Map<String, List<String>> instruments,
                        @JsonProperty("generic_convention") List<String> genericConvention,
                        @JsonProperty("generic_protocol") List<String> genericProtocol,
                        @JsonProperty("other_instruments") List<String> otherInstruments,
                        CitationConfidence confidence) {}

    record CitationConfidence(Double explicit, @JsonProperty("generic_convention") Double genericConvention,
                              @JsonProperty("generic_protocol") Double genericProtocol) {
        static final CitationConfidence NONE = new CitationConfidence(null, null, null);
    }
}
