package org.mycroft.api.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightsTest {

    private static final String TEXT = "<b>x</b> & the organized criminal group, a criminal group.";

    @Test
    void keepsOnlyEvidenceThatRollsUpToTheArticle() {
        int start = TEXT.indexOf("organized criminal group");
        String json = "[{\"tag\":\"UNTOC-5.1.a\",\"text\":\"organized criminal group\",\"start\":" + start + ",\"end\":" + (start + 24)
                + ",\"rule\":\"r\",\"confidence\":0.8},{\"tag\":\"UNTOC-50\",\"text\":\"x\",\"start\":3,\"end\":4,\"rule\":\"r\",\"confidence\":1},"
                + "{\"tag\":\"UNTOC-6\",\"text\":\"x\",\"start\":3,\"end\":4,\"rule\":\"r\",\"confidence\":1}]";
        List<CompareResult.Highlight> h = Highlights.of(json, "UNTOC-5", TEXT);
        assertThat(h).hasSize(1);
        assertThat(h.getFirst().passage()).isEqualTo("organized criminal group");
        assertThat(Highlights.rollsUp("UNTOC-50", "UNTOC-5")).isFalse();
        assertThat(Highlights.rollsUp("UNTOC-5.2", "UNTOC-5")).isTrue();
    }

    @Test
    void badOffsetsAreRelocatedOrDroppedAndMalformedJsonIsIgnored() {
        String json = "[{\"tag\":\"UNTOC-5\",\"text\":\"a criminal group\",\"start\":500,\"end\":510,\"rule\":\"r\",\"confidence\":1},"
                + "{\"tag\":\"UNTOC-5\",\"text\":\"absent\",\"start\":0,\"end\":6,\"rule\":\"r\",\"confidence\":1}]";
        List<CompareResult.Highlight> h = Highlights.of(json, "UNTOC-5", TEXT);
        assertThat(h).hasSize(1);
        assertThat(TEXT.substring(h.getFirst().start(), h.getFirst().end())).isEqualTo("a criminal group");
        assertThat(Highlights.of("{not json", "UNTOC-5", TEXT)).isEmpty();
        assertThat(Highlights.of(null, "UNTOC-5", TEXT)).isEmpty();
    }

    @Test
    void overlappingPassagesMergeIntoSegments() {
        int a = TEXT.indexOf("organized");
        int b = TEXT.indexOf("criminal group,");
        List<CompareResult.Highlight> h = List.of(
                new CompareResult.Highlight(a, a + 18, "UNTOC-5", "", "r", 1),
                new CompareResult.Highlight(b, b + 14, "UNTOC-5", "", "r", 1),
                new CompareResult.Highlight(0, 3, "UNTOC-5", "", "r", 1));
        List<Highlights.Segment> segments = Highlights.segments(TEXT, h);
        assertThat(String.join("", segments.stream().map(Highlights.Segment::text).toList())).isEqualTo(TEXT);
        assertThat(segments.stream().filter(Highlights.Segment::mark).count()).isEqualTo(2);
    }
}
