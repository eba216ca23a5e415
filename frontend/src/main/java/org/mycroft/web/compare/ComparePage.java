package org.mycroft.web.compare;

import java.util.List;
import org.mycroft.api.compare.Highlights;

/**
 * View model of {@code compare/compare.hbs}: the chooser (article, States, regions) and, when an
 * article and States are chosen, one column per State. Provision text is plain, cut into segments
 * (evidence marked) that the template escapes one by one: no HTML travels in the model.
 */
public record ComparePage(
        String articleId,
        String articleLabel,
        List<OptionGroup> articleOptions,
        List<Choice> chosenStates,
        List<Choice> chosenRegions,
        List<Option> regionOptions,
        List<String> stateNames,
        List<Column> columns,
        List<StateLink> withoutProvisions,
        long provisionCount,
        int perStateLimit,
        String csvHref,
        String jsonHref,
        String permalink,
        String articleHref) {

    public boolean hasArticle() {
        return articleId != null;
    }

    public boolean hasChosen() {
        return !chosenStates.isEmpty() || !chosenRegions.isEmpty();
    }

    public int columnCount() {
        return columns.size();
    }

    public record OptionGroup(String label, List<Option> options) {}

    public record Option(String value, String label, boolean selected) {}

    /** A State or region already chosen: a checked box, unchecking it removes it. */
    public record Choice(String value, String label, String id) {}

    /** One State's column; {@code headerId} ties its cell to its header. */
    public record Column(String iso3, String name, String headerId, long count, List<Provision> provisions,
                         String moreHref, String countryHref) {
        public boolean empty() {
            return count == 0;
        }
    }

    /**
     * A provision in a column. {@code lang} is set when the law's language differs from the UI's;
     * {@code segments} are the text with the evidence passages marked.
     */
    public record Provision(String id, String lawTitle, String number, String heading, Integer year, String lang,
                            List<Highlights.Segment> segments, boolean hasEvidence, String href, String sourceHref) {}

    public record StateLink(String name, String href) {}
}
