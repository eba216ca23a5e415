package org.mycroft.web.statistics;

import java.util.ArrayList;
import java.util.List;
import org.mycroft.api.search.StateReliance;
import org.mycroft.api.search.FacetValue;
import org.mycroft.api.statistics.CaseStatistics;

/**
 * View model of {@code statistics/statistics.hbs}: per breakdown, a bar chart drawn as SVG on the
 * server (geometry computed here, so the page needs no JavaScript) and the same numbers as a table.
 */
public record StatisticsPage(long total, List<Chart> charts, List<StateReliance> reliance) {

    static final int LABEL_WIDTH = 260;
    static final int BAR_WIDTH = 300;
    static final int ROW = 22;

    public record Chart(String field, String id, String heading, int width, int height, List<Bar> bars) {}

    /** One bar: the value's label and count, its search link, and where to draw it. */
    public record Bar(String label, long count, String href, int y, int textY, int barWidth, int countX) {}

    static Chart chart(CaseStatistics.Group group, String heading, java.util.function.Function<String, String> href) {
        long max = Math.max(1, group.max());
        List<Bar> bars = new ArrayList<>();
        int i = 0;
        for (FacetValue v : group.values()) {
            int y = i * ROW;
            int width = (int) Math.max(1, Math.round((double) v.count() / max * BAR_WIDTH));
            bars.add(new Bar(v.label(), v.count(), href.apply(v.value()), y + 3, y + 15, width, LABEL_WIDTH + width + 6));
            i++;
        }
        return new Chart(group.field(), "stat-" + group.field().replace('_', '-'), heading,
                LABEL_WIDTH + BAR_WIDTH + 60, Math.max(ROW, i * ROW), List.copyOf(bars));
    }
}
