package org.mycroft.curation.directory;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mycroft.curation.cases.Provenance;

/**
 * Reads a State's bulk submission, CSV (header line, one entry per row) or JSON (an array of
 * objects), into rows that keep their line in the file. The columns are the entry's field names
 * ({@code state, authority_type, name_en, name_local, visibility, address, phone, ...}), plus
 * {@code restricted} (the names of the restricted fields, separated by spaces or commas) and the
 * provenance ({@code source_kind, source_reference, source_url, submitted_by, received_on}).
 * An unknown column refuses the whole file: a misspelt field would otherwise be lost silently.
 */
public final class SubmissionReader {

    public static final String RESTRICTED = "restricted";
    private static final List<String> IDENTITY = List.of("state", "authority_type", "name_en", "name_local", "visibility");
    private static final List<String> PROVENANCE = List.of("source_kind", "source_reference", "source_url", "submitted_by",
            "received_on");

    private SubmissionReader() {}

    /** Every column name a submission may use, in the order of the CSV template. */
    public static List<String> columns() {
        List<String> all = new ArrayList<>(IDENTITY);
        for (DirectoryField f : DirectoryField.values()) {
            all.add(f.id());
        }
        all.add(RESTRICTED);
        all.addAll(PROVENANCE);
        return List.copyOf(all);
    }

    public static List<ImportRow> csv(Reader in) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<ImportRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            checkColumns(parser.getHeaderNames());
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                // the line the next record starts on (a quoted cell may span lines)
                int line = (int) parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                Map<String, String> cells = new LinkedHashMap<>();
                record.toMap().forEach((k, v) -> cells.put(k.strip(), v));
                rows.add(row(line, cells, record.isConsistent() ? null : "has " + record.size() + " cells, the header has "
                        + parser.getHeaderNames().size()));
            }
        }
        return rows;
    }

    public static List<ImportRow> json(InputStream in) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<ImportRow> rows = new ArrayList<>();
        try (JsonParser parser = mapper.getFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new IllegalArgumentException("A JSON submission is an array of entries: [ {\"state\": \"FRA\", ...}, ... ]");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode node = mapper.readTree(parser);
                Map<String, String> cells = new LinkedHashMap<>();
                String problem = null;
                for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    checkColumns(List.of(e.getKey()));
                    JsonNode v = e.getValue();
                    if (v.isArray()) {
                        List<String> items = new ArrayList<>();
                        v.forEach(item -> items.add(item.asText()));
                        cells.put(e.getKey(), String.join(e.getKey().equals(RESTRICTED) ? " " : "\n", items));
                    } else if (v.isValueNode()) {
                        cells.put(e.getKey(), v.isNull() ? null : v.asText());
                    } else {
                        problem = e.getKey() + " must be a text or a list of texts";
                    }
                }
                rows.add(row(line, cells, problem));
            }
        }
        return rows;
    }

    /** Reads by the file's extension (.csv or .json). */
    public static List<ImportRow> read(String fileName, InputStream in) throws IOException {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".json")) {
            return json(in);
        }
        if (name.endsWith(".csv")) {
            return csv(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        throw new IllegalArgumentException("A submission is a .csv or a .json file: " + fileName);
    }

    private static void checkColumns(List<String> names) {
        Set<String> unknown = new LinkedHashSet<>();
        for (String n : names) {
            if (!columns().contains(n.strip())) {
                unknown.add(n);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown column(s) " + unknown + "; the columns are " + String.join(", ", columns()));
        }
    }

    private static ImportRow row(int line, Map<String, String> cells, String problem) {
        if (problem != null) {
            return ImportRow.unreadable(line, problem);
        }
        Visibility visibility;
        try {
            visibility = blank(cells.get("visibility")) ? Visibility.PUBLIC : Visibility.parse(cells.get("visibility"));
        } catch (IllegalArgumentException e) {
            return ImportRow.unreadable(line, "visibility must be public or restricted");
        }
        Set<DirectoryField> restricted = EnumSet.noneOf(DirectoryField.class);
        if (!blank(cells.get(RESTRICTED))) {
            for (String name : cells.get(RESTRICTED).split("[\\s,;]+")) {
                var field = DirectoryField.byId(name);
                if (field.isEmpty()) {
                    return ImportRow.unreadable(line, "restricted names an unknown field: " + name);
                }
                restricted.add(field.get());
            }
        }
        LocalDate received = null;
        if (!blank(cells.get("received_on"))) {
            try {
                received = LocalDate.parse(cells.get("received_on").strip());
            } catch (DateTimeParseException e) {
                return ImportRow.unreadable(line, "received_on is not a date (YYYY-MM-DD)");
            }
        }
        Map<DirectoryField, String> values = new EnumMap<>(DirectoryField.class);
        for (DirectoryField f : DirectoryField.values()) {
            if (!blank(cells.get(f.id()))) {
                values.put(f, cells.get(f.id()));
            }
        }
        Provenance provenance = new Provenance(text(cells, "source_kind"), text(cells, "source_reference"),
                text(cells, "source_url"), text(cells, "submitted_by"), received);
        return ImportRow.of(line, new AuthorityDraft(upper(text(cells, "state")), text(cells, "authority_type"),
                text(cells, "name_en"), text(cells, "name_local"), visibility, values, restricted, provenance));
    }

    private static String text(Map<String, String> cells, String name) {
        String v = cells.get(name);
        return blank(v) ? null : v.strip();
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(java.util.Locale.ROOT);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
