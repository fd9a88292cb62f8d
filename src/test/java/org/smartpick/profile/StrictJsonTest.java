package org.smartpick.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The one JSON reading rule of the command line and the API. */
class StrictJsonTest {

    @Test
    void oneValueIsRead() {
        assertThat(StrictJson.parse(" {\"a\": [1, 2]} \n").at("/a/1").asInt()).isEqualTo(2);
    }

    @Test
    void aKeyTwiceTrailingDataAndEmptyTextAreRefusedSayingWhere() {
        assertThatThrownBy(() -> StrictJson.parse("{\"a\": 1,\n \"a\": 2}"))
                .isInstanceOf(StrictJson.NotJson.class)
                .hasMessageStartingWith("is not valid JSON (line 2")
                .hasMessageContaining("a key appears twice: \"a\"");
        assertThatThrownBy(() -> StrictJson.parse("{\"a\": 1} {\"b\": 2}"))
                .hasMessageContaining("one JSON value with nothing after it");
        assertThatThrownBy(() -> StrictJson.parse("{\"a\": 1} x"))
                .isInstanceOf(StrictJson.NotJson.class)
                .hasMessageStartingWith("is not valid JSON");
        assertThatThrownBy(() -> StrictJson.parse("  ")).hasMessage("is empty: a JSON document is needed");
        assertThatThrownBy(() -> StrictJson.parse("{\"a\": ")).isInstanceOf(StrictJson.NotJson.class);
    }
}
