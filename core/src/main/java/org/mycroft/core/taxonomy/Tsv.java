package org.mycroft.core.taxonomy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Minimal reader for the hand-edited TSV files: a header line, then one row per line; blank lines
 * and lines starting with '#' are comments, so the secretariat can annotate the files freely.
 */
final class Tsv {

    static final String BASE = "/mycroft/taxonomy/";

    private Tsv() {}

    /** Rows as header -> value maps (missing trailing cells read as ""). Fails loudly on a missing file. */
    static List<Map<String, String>> read(String file) {
        String path = BASE + file;
        try (InputStream in = Tsv.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + path);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Map<String, String>> rows = new ArrayList<>();
            String[] header = null;
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1); // editors on Windows add a BOM
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (header == null) {
                    header = cells;
                    for (int i = 0; i < header.length; i++) {
                        header[i] = header[i].strip();
                    }
                    continue;
                }
                if (cells.length > header.length) {
                    throw new IllegalStateException(path + ":" + lineNo + ": " + cells.length
                            + " cells, header has " + header.length);
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], i < cells.length ? cells[i].strip() : "");
                }
                row.put("#line", String.valueOf(lineNo));
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    /** Splits a comma- or pipe-separated cell into trimmed, non-empty parts. */
    static List<String> list(String cell, String separatorRegex) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String p : cell.split(separatorRegex)) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return List.copyOf(out);
    }
}
