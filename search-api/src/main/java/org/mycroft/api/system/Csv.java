package org.mycroft.api.system;

import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * RFC 4180 CSV (CRLF, every cell quoted) safe to open in a spreadsheet: a cell starting with
 * = + - @ (or a tab or carriage return) is prefixed with an apostrophe so it is never run as a formula.
 */
public final class Csv {

    public static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final StringBuilder out = new StringBuilder();

    public Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** The response: text/csv in UTF-8, downloaded under {@code filename}. */
    public ResponseEntity<String> response(String filename) {
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .body(out.toString());
    }
}
