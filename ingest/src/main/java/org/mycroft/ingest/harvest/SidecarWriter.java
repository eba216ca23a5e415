package org.mycroft.ingest.harvest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mycroft.ingest.source.SidecarReader;

/**
 * Writes the {@code <file>.json} sidecar the ingest reads. Only the keys the harvest knows are
 * set; anything a curator added by hand (crime types, a better title…) is kept. Unchanged
 * content is not rewritten, because the ingest's content hash covers the sidecar.
 */
final class SidecarWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The harvest's keys, as the {@code Sidecar} record names them; null values leave a key alone. */
    record Fields(String id, String sourceUrl, String retrievedAt, String title, DocumentMeta meta) {

        Map<String, String> asMap() {
            Map<String, String> map = new LinkedHashMap<>();
            map.put("id", id);
            map.put("title", title);
            map.put("doc_type", meta.docType());
            map.put("country", meta.country());
            map.put("language", meta.language());
            map.put("source_url", sourceUrl);
            map.put("licence", meta.licence());
            map.put("retrieved_at", retrievedAt);
            return map;
        }
    }

    /** @return whether the sidecar changed */
    boolean write(Path document, Fields fields) throws IOException {
        Path sidecar = SidecarReader.sidecarOf(document);
        byte[] before = Files.isRegularFile(sidecar) ? Files.readAllBytes(sidecar) : null;
        ObjectNode json = JSON.createObjectNode();
        if (before != null) {
            try {
                JsonNode existing = JSON.readTree(before);
                if (existing instanceof ObjectNode object) {
                    json = object;
                }
            } catch (JacksonException e) {
                // a broken sidecar would fail the ingest of this document; ours replaces it
            }
        }
        for (Map.Entry<String, String> field : fields.asMap().entrySet()) {
            if (field.getValue() != null) {
                json.put(field.getKey(), field.getValue());
            }
        }
        byte[] after = JSON.writeValueAsBytes(json);
        if (Arrays.equals(before, after)) {
            return false;
        }
        Path temp = sidecar.resolveSibling("." + sidecar.getFileName() + ".tmp");
        Files.write(temp, after);
        Files.move(temp, sidecar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }
}
