package org.smartpick.catalog.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smartpick.engine.UsState;

class StateBordersTest {
    @Test
    void bordersAreSymmetricAndCaliforniasAreTheArticles() {
        for (UsState s : UsState.values()) {
            for (UsState n : StateBorders.of(s)) {
                assertThat(StateBorders.of(n)).as("%s borders %s", s, n).contains(s);
            }
        }
        assertThat(StateBorders.of(UsState.CA)).containsExactly(UsState.AZ, UsState.NV, UsState.OR);
        assertThat(StateBorders.of(UsState.HI)).isEmpty();
        assertThat(StateBorders.of(UsState.AK)).isEmpty();
    }
}
