package org.mycroft.ingest.harvest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What earlier harvests fetched ({@code <data>/harvest/state.json}), per URL: the validators
 * for the next conditional GET, the SHA-256 of the body and where it was saved. Losing the file
 * only costs one full download.
 */
public final class HarvestState {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** {@code file} is relative to the harvest folder; times are ISO instants. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String source, String file, String etag, @JsonProperty("last_modified") String lastModified,
            String sha256, @JsonProperty("retrieved_at") String retrievedAt, @JsonProperty("checked_at") String checkedAt) {

        Entry checked(String at) {
            return new Entry(source, file, etag, lastModified, sha256, retrievedAt, at);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record Stored(int version, Map<String, Entry> documents) {}

    private final Path file;
    private final ConcurrentMap<String, Entry> entries;

    private HarvestState(Path file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = new ConcurrentHashMap<>(entries);
    }

    public static HarvestState load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return new HarvestState(file, Map.of());
        }
        try {
            Stored stored = JSON.readValue(file.toFile(), Stored.class);
            return new HarvestState(file, stored.documents() == null ? Map.of() : stored.documents());
        } catch (JacksonException e) {
            throw new IOException("harvest state " + file + " is unreadable (" + e.getOriginalMessage()
                    + "); delete it to fetch everything again", e);
        }
    }

    public Optional<Entry> get(URI url) {
        return Optional.ofNullable(entries.get(url.toString()));
    }

    public Map<String, Entry> all() {
        return Map.copyOf(entries);
    }

    void put(URI url, Entry entry) {
        entries.put(url.toString(), entry);
    }

    /** Written to a temporary file and moved over the old one, so a crash never leaves half a state. */
    public void save() throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        JSON.writeValue(temp.toFile(), new Stored(1, new TreeMap<>(entries)));
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
