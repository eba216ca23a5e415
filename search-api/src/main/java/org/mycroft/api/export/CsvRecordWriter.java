package org.mycroft.api.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV that Excel and LibreOffice open correctly: UTF-8 with a byte-order mark (else Excel reads
 * it as the local code page), RFC 4180 through commons-csv, every cell quoted, and a cell that
 * starts with = + - @ (or a tab or carriage return) prefixed with an apostrophe so a spreadsheet
 * never runs document text as a formula.
 */
final class CsvRecordWriter implements RecordWriter {

    static final List<String> HEADER = List.of("id", "doc_type", "title", "part_of", "provision", "country", "year",
            "date", "language", "articles", "crime_types", "cross_cutting", "court", "cooperation_form",
            "requesting_state", "requested_state", "legal_basis", "outcome", "url");
    /** Separator of the values of a multi-valued field inside one cell. */
    static final String LIST_SEPARATOR = "; ";

    private final CSVPrinter printer;

    CsvRecordWriter(Writer out) throws IOException {
        out.write('\uFEFF');
        printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get());
        printer.printRecord(HEADER);
    }

    @Override
    public void write(ExportRecord r) throws IOException {
        List<Object> cells = new ArrayList<>(List.of(r.id(), r.docType(), nz(r.title()), nz(r.partOf()),
                nz(r.provision()), nz(r.country()), r.year() == null ? "" : r.year(), nz(r.date()), nz(r.language()),
                String.join(LIST_SEPARATOR, r.articles()), String.join(LIST_SEPARATOR, r.crimeTypes()),
                String.join(LIST_SEPARATOR, r.crossCutting()), nz(r.court()), nz(r.cooperationForm()),
                nz(r.requestingState()), nz(r.requestedState()), nz(r.legalBasis()), nz(r.outcome()), r.url()));
        printer.printRecord(cells.stream().map(CsvRecordWriter::defused).toList());
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The cell's text, with an apostrophe before a leading formula character. */
    static String defused(Object value) {
        String text = value == null ? "" : value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
