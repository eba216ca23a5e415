package org.mycroft.api.export;

import java.io.IOException;
import java.io.Writer;

/**
 * RIS for reference managers (Zotero, EndNote): a case is {@code TY - CASE}, a provision
 * {@code TY - STAT}, anything else {@code GEN}. Tags: ID, TI, T2 (the law), PY, DA, LA, CY (State),
 * PB (court), KW (one per tag), N1 (one per cooperation field, "field: value"), UR, ER.
 */
final class RisRecordWriter implements RecordWriter {

    private final Writer out;

    RisRecordWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(ExportRecord r) throws IOException {
        tag("TY", switch (r.docType() == null ? "" : r.docType()) {
            case "case" -> "CASE";
            case "legislation" -> "STAT";
            default -> "GEN";
        });
        tag("ID", r.id());
        tag("TI", r.title());
        tag("T2", r.partOf());
        tag("PY", r.year() == null ? null : String.valueOf(r.year()));
        tag("DA", r.date() == null ? null : r.date().replace('-', '/'));
        tag("LA", r.language());
        tag("CY", r.country());
        tag("PB", r.court());
        for (String kw : r.articles()) {
            tag("KW", kw);
        }
        for (String kw : r.crimeTypes()) {
            tag("KW", kw);
        }
        for (String kw : r.crossCutting()) {
            tag("KW", kw);
        }
        note("cooperation_form", r.cooperationForm());
        note("requesting_state", r.requestingState());
        note("requested_state", r.requestedState());
        note("legal_basis", r.legalBasis());
        note("outcome", r.outcome());
        tag("UR", r.url());
        out.write("ER  - \r\n");
    }

    private void note(String field, String value) throws IOException {
        if (value != null) {
            tag("N1", field + ": " + value);
        }
    }

    private void tag(String tag, String value) throws IOException {
        if (value == null || value.isBlank()) {
            return;
        }
        // A RIS value is one line.
        out.write(tag + "  - " + value.replaceAll("\\s+", " ").strip() + "\r\n");
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
