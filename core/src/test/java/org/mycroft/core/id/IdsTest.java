package org.mycroft.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class IdsTest {

    enum Colour {
        DARK_RED, GREEN, BLUE;

        String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    @Test
    void findsTheValueByItsIdInAnyCaseAndWithBlanksAround() {
        assertThat(Ids.parse(Colour.values(), Colour::id, "dark-red", "colour")).isEqualTo(Colour.DARK_RED);
        assertThat(Ids.parse(Colour.values(), Colour::id, " Green\n", "colour")).isEqualTo(Colour.GREEN);
    }

    @Test
    void refusesAnythingElseNamingTheIdsExpected() {
        assertThatThrownBy(() -> Ids.parse(Colour.values(), Colour::id, "DARK_RED", "colour"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown colour 'DARK_RED': expected dark-red, green or blue");
        assertThatThrownBy(() -> Ids.parse(Colour.values(), Colour::id, null, "colour"))
                .hasMessage("Unknown colour 'null': expected dark-red, green or blue");
        assertThatThrownBy(() -> Ids.parse(new Colour[] {Colour.BLUE}, Colour::id, "red", "colour"))
                .hasMessage("Unknown colour 'red': expected blue");
    }
}
