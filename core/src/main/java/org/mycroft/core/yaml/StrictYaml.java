package org.mycroft.core.yaml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.util.List;

/**
 * The one way the project reads its hand-written YAML (harvest sources, tagging rules, evaluation
 * sets, sample front matter) into records. Only true/false are booleans ({@code NO} is Norway,
 * {@code on} a word); a key given twice is refused instead of silently replacing the first; an
 * unknown key is refused (a misspelt key must not be ignored); text is never coerced to a number.
 */
public final class StrictYaml {

    public static final ObjectMapper MAPPER = YAMLMapper.builder()
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private StrictYaml() {}

    /**
     * Where in the document a binding error is, as a rule file author writes it:
     * {@code money-laundering.en[3].confidence} (list positions from 1); empty at the top level.
     */
    public static String path(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException m)) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        List<JsonMappingException.Reference> refs = m.getPath();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex() + 1).append(']');
            }
        }
        return out.toString();
    }
}
