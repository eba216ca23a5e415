package org.mycroft.samples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** The sidecars as JSON: pretty-printed with Jackson, keys in {@link SourceDocument#SIDECAR_KEYS} order. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Two-space indent, {@code "key": value}, lists on one line: stable, readable diffs. */
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultPrettyPrinter.NopIndenter())
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayValueSpacing(Separators.Spacing.AFTER)));

    private Json() {}

    /** The sidecar of a document: the front-matter fields in {@link SourceDocument#SIDECAR_KEYS} order. */
    public static String sidecar(SourceDocument doc) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : SourceDocument.SIDECAR_KEYS) {
            Object v = doc.meta().get(key);
            if (v != null) {
                out.put(key, v);
            }
        }
        try {
            return WRITER.writeValueAsString(out) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a sidecar back (tests and tools). */
    public static Map<String, Object> parseObject(String text) {
        try {
            return MAPPER.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage(), e);
        }
    }
}
