package org.mycroft.api.export;

import org.springframework.http.MediaType;

/** The export formats: spreadsheet, one JSON object a line, and RIS for reference managers. */
public enum ExportFormat {
    CSV("csv", "text/csv;charset=UTF-8"),
    JSONL("jsonl", "application/x-ndjson;charset=UTF-8"),
    RIS("ris", "application/x-research-info-systems;charset=UTF-8");

    private final String extension;
    private final MediaType mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = MediaType.parseMediaType(mediaType);
    }

    public String extension() {
        return extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    RecordWriter writer(java.io.Writer out) throws java.io.IOException {
        return switch (this) {
            case CSV -> new CsvRecordWriter(out);
            case JSONL -> new JsonLinesRecordWriter(out);
            case RIS -> new RisRecordWriter(out);
        };
    }
}
