package org.mycroft.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mycroft.curation.versions.ProvisionDiff;
import org.mycroft.curation.versions.ProvisionDiff.Kind;
import org.mycroft.curation.versions.ProvisionDiff.Segment;

class ProvisionDiffTest {

    @Test
    void wordsThatChangedAreDeletedAndInsertedTheRestKept() {
        List<Segment> diff = ProvisionDiff.words("punishable by five years.", "punishable by ten years, or both.");
        assertThat(diff).containsExactly(
                new Segment(Kind.EQUAL, "punishable by "),
                new Segment(Kind.DELETE, "five"),
                new Segment(Kind.INSERT, "ten"),
                new Segment(Kind.EQUAL, " years"),
                new Segment(Kind.INSERT, ", or both"),
                new Segment(Kind.EQUAL, "."));
        assertThat(ProvisionDiff.changed(diff)).isTrue();
    }

    @Test
    void theSegmentsRebuildBothTexts() {
        String before = "Статья 5. Лицо, которое <b>скрывает</b> доходы.";
        String after = "Статья 5. Лицо, которое скрывает или перемещает доходы.";
        List<Segment> diff = ProvisionDiff.words(before, after);
        assertThat(text(diff, Kind.INSERT)).isEqualTo(before);
        assertThat(text(diff, Kind.DELETE)).isEqualTo(after);
    }

    @Test
    void chineseIsComparedCharacterByCharacter() {
        List<Segment> diff = ProvisionDiff.words("处五年以下有期徒刑", "处十年以下有期徒刑");
        assertThat(diff).containsExactly(new Segment(Kind.EQUAL, "处"), new Segment(Kind.DELETE, "五"),
                new Segment(Kind.INSERT, "十"), new Segment(Kind.EQUAL, "年以下有期徒刑"));
    }

    @Test
    void whiteSpaceAloneIsNoChange() {
        assertThat(ProvisionDiff.changed(ProvisionDiff.words("a  b\nc", "a b c"))).isFalse();
        assertThat(ProvisionDiff.words("same", "same")).containsExactly(new Segment(Kind.EQUAL, "same"));
    }

    /** The text without the segments of {@code leftOut}. */
    private static String text(List<Segment> diff, Kind leftOut) {
        StringBuilder text = new StringBuilder();
        diff.stream().filter(s -> s.kind() != leftOut).forEach(s -> text.append(s.text()));
        return text.toString();
    }
}
