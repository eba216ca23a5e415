package org.mycroft.web.directory;

import java.util.List;
import java.util.Map;

/** The JSON of {@code /api/directory} and {@code /api/directory/{id}} (snake_case on the wire, like the rest of the API). */
final class DirectoryJson {

    private DirectoryJson() {}

    /** One entry as this reader may see it. {@code fields} holds only what the reader may read. */
    record Entry(String id, String url, String apiUrl, String state, String stateName, String region, String authorityType,
            String authorityTypeLabel, String instrument, String article, String nameEn, String nameLocal, boolean sample,
            String lastUpdated, Map<String, String> fields, List<String> restrictedFields, List<Link> nationalLaws,
            List<Link> references) {}

    record Link(String label, String url) {}

    record Count(String id, String label, long count) {}

    record Listing(String lang, Map<String, List<String>> filters, int total, List<Entry> entries, List<Count> authorityTypes,
            List<Count> regions) {}
}
