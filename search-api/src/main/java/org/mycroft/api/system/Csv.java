package org.mycroft.api.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * RFC 4180 CSV (commons-csv: CRLF, every cell quoted) safe to open in a spreadsheet: a cell starting
 * with = + - @ (or a tab or carriage return) is prefixed with an apostrophe so it is never run as a formula.
 */
public final class Csv {

    public static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

    private final StringBuilder out = new StringBuilder();
    private final CSVPrinter printer;

    public Csv() {
        try {
            printer = new CSVPrinter(out, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
    }

    public Csv row(List<?> cells) {
        try {
            printer.printRecord(cells.stream().map(Csv::defused).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The cell's text, with an apostrophe before a leading formula character. */
    static String defused(Object value) {
        String text = value == null ? "" : value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
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
