package org.mycroft.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mycroft.api.system.Csv;

public class CsvTest {

    @Test
    void cellsAreQuotedAndFormulasDefused() {
        String csv = new Csv().row(List.of("a", "b \"c\"", "=1+1", "+x", "-3", "@SUM(A1)", "x,y")).toString();
        assertThat(csv).isEqualTo("\"a\",\"b \"\"c\"\"\",\"'=1+1\",\"'+x\",\"'-3\",\"'@SUM(A1)\",\"x,y\"\r\n");
        assertThat(parse(csv)).containsExactly(List.of("a", "b \"c\"", "'=1+1", "'+x", "'-3", "'@SUM(A1)", "x,y"));
    }

    @Test
    void multiLineTextStaysInOneCell() {
        String csv = new Csv().row(List.of("1", "line one\nline two")).row(List.of("2", "")).toString();
        assertThat(parse(csv)).containsExactly(List.of("1", "line one\nline two"), List.of("2", ""));
    }

    /** A strict RFC 4180 reader for the tests. */
    public static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertThat(cell.toString()).as("trailing text after the last CRLF").isEmpty();
        return rows;
    }
}
