package org.smartpick.engine.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The timing curves and the season a day belongs to. */
class InvitationTimingTest {

    @Test
    void aDayBelongsToTheSeasonReleasedTheSeptemberBeforeItsMatch() {
        assertThat(InvitationTiming.seasonOf(LocalDate.of(2025, 10, 20)).release())
                .isEqualTo(LocalDate.of(2025, 9, 24));
        assertThat(InvitationTiming.seasonOf(LocalDate.of(2026, 2, 1)).matchYear())
                .isEqualTo(2026);
        assertThat(InvitationTiming.seasonOf(LocalDate.of(2026, 12, 2)).matchYear())
                .isEqualTo(2027);
        assertThat(InvitationTiming.forMatch(2026).release()).isEqualTo(LocalDate.of(2025, 9, 24));
    }

    @Test
    void theSharesRiseFromNothingAtTheReleaseToAllAndALateApplicationStartsItsOwnClock() {
        InvitationTiming timing = InvitationTiming.forMatch(2026);
        LocalDate release = timing.release();
        assertThat(timing.shareSentBy(release, release)).isZero();
        assertThat(timing.shareSentBy(release.plusDays(21), release)).isCloseTo(0.40, within(1e-12));
        assertThat(timing.shareSentBy(release.plusDays(200), release)).isEqualTo(1.0);
        // sent three weeks late: its clock starts then
        assertThat(timing.shareSentBy(release.plusDays(42), release.plusDays(21)))
                .isCloseTo(0.40, within(1e-12));
        assertThat(timing.shareLeft(release.plusDays(42))).isCloseTo(0.35, within(1e-12));
        // rejections: half of programs, four weeks behind the invitations
        assertThat(timing.rejectionsSentBy(release.plusDays(28), release)).isZero();
        assertThat(timing.rejectionsSentBy(release.plusDays(28 + 21), release)).isCloseTo(0.20, within(1e-12));
        double previous = 0;
        for (int day = 0; day < 200; day++) {
            double share = InvitationTiming.shareAfterDays(day);
            assertThat(share).isGreaterThanOrEqualTo(previous).isBetween(0.0, 1.0);
            previous = share;
        }
    }
}
