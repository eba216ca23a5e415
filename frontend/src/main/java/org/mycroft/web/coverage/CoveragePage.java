package org.mycroft.web.coverage;

import java.util.List;

/**
 * View model of {@code coverage/coverage.hbs}: the filters and the States × articles table. A cell
 * is a number (and, when 0, a hatched pattern), never a colour alone; {@code level} picks the shade.
 */
public record CoveragePage(
        String instrument,
        String instrumentName,
        String instrumentShort,
        List<Option> instruments,
        List<Option> regions,
        List<Option> crimeTypes,
        List<Option> stateScopes,
        List<Hidden> hidden,
        List<Header> articles,
        List<Row> rows,
        String csvHref,
        String jsonHref,
        String permalink,
        String filterSummary) {

    public int rowCount() {
        return rows.size();
    }

    public record Option(String value, String label, boolean selected) {}

    public record Hidden(String name, String value) {}

    /** An article column: its number, full label, and how many listed States have / lack a provision. */
    public record Header(String id, int number, String label, String href, String headerId, int stateCount, int gapCount) {}

    public record Row(String iso3, String name, String headerId, String href, long legislationCount, int covered,
                      List<Cell> cells) {}

    /** {@code href} (to the compare view) only when there is something to compare. */
    public record Cell(String article, long count, String level, String href) {
        public boolean zero() {
            return count == 0;
        }
    }
}
