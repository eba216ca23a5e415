package org.mycroft.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrictYamlTest {

    record Source(String name, List<String> countries, Integer year) {}

    @Test
    void wordsThatYaml11ReadsAsBooleansStayWords() throws JsonProcessingException {
        Map<String, List<String>> m = StrictYaml.MAPPER.readValue("words: [on, NO, yes, off]\n", new TypeReference<>() {});
        assertThat(m.get("words")).containsExactly("on", "NO", "yes", "off");
    }

    @Test
    void aRepeatedOrUnknownKeyOrTextForANumberIsRefusedWithItsPlace() {
        assertThatThrownBy(() -> StrictYaml.MAPPER.readValue("name: a\nname: b\n", Source.class))
                .hasMessageContaining("Duplicate field 'name'");
        assertThatThrownBy(() -> StrictYaml.MAPPER.readValue("- name: a\n- name: b\n  contries: [NO]\n", Source[].class))
                .isInstanceOfSatisfying(JsonProcessingException.class,
                        e -> assertThat(StrictYaml.path(e)).isEqualTo("[2].contries"));
        assertThatThrownBy(() -> StrictYaml.MAPPER.readValue("name: a\nyear: \"2019\"\n", Source.class))
                .isInstanceOf(JsonProcessingException.class);
    }
}
