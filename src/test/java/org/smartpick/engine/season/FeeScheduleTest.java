package org.smartpick.engine.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeeScheduleTest {
    /** AAMC ERAS 2026: $11 per program for 1–30, $30 from the 31st. */
    private final FeeSchedule eras2026 = new FeeSchedule(
            List.of(new FeeSchedule.Band(1, 30, 11), new FeeSchedule.Band(31, null, 30)), "AAMC ERAS 2026");

    @Test
    void costsMatchThePublishedExamples() {
        assertThat(eras2026.cost(40)).isEqualTo(630);
        assertThat(eras2026.cost(60)).isEqualTo(1230);
        assertThat(eras2026.cost(100)).isEqualTo(2430);
        assertThat(eras2026.cost(0)).isZero();
    }

    @Test
    void theFeeOfEachProgramFollowsItsBand() {
        assertThat(eras2026.feeOf(30)).isEqualTo(11);
        assertThat(eras2026.feeOf(31)).isEqualTo(30);
    }

    @Test
    void aDollarBudgetBuysTheMostProgramsItPaysFor() {
        assertThat(eras2026.affordable(630)).isEqualTo(40);
        assertThat(eras2026.affordable(659)).isEqualTo(40);
        assertThat(eras2026.affordable(10)).isZero();
    }

    @Test
    void bandsMustCoverEveryCountWithoutGaps() {
        assertThatThrownBy(() -> new FeeSchedule(
                        List.of(new FeeSchedule.Band(1, 30, 11), new FeeSchedule.Band(32, null, 30)), "x"))
                .hasMessageContaining("without gaps");
        assertThatThrownBy(() -> new FeeSchedule(List.of(new FeeSchedule.Band(1, 30, 11)), "x"))
                .hasMessageContaining("no upper end");
    }
}
