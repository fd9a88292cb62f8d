package org.smartpick.engine.chance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.calibration.Calibration;
import org.smartpick.engine.calibration.CalibrationTargets;

/** Outcomes share the applicant's strength: assuming independence overstates the chance of a long list. */
class CorrelationTest {
    private final Calibration calibration = new Calibration(Models.MODEL, CalibrationTargets.published());
    private final ListOdds odds = new ListOdds(Models.MODEL);

    @Test
    void independenceOverstatesTheChanceOfALongList() {
        List<ListOdds.Application> long120 = calibration.typicalApplications(ApplicantType.US_IMG, 240, null);
        ListOutlook outlook = odds.evaluate(long120);
        double overstatement = outlook.pMatchIfIndependent() - outlook.pMatch();
        // 120 applications of a typical US-citizen IMG: 0.68 with the shared strength, about 0.8 if independent.
        assertThat(outlook.applications()).isEqualTo(120);
        assertThat(overstatement).isGreaterThan(0.08);
        assertThat(outlook.pMatchIfIndependent()).isGreaterThan(outlook.pMatch());
    }

    @Test
    void theOverstatementGrowsWithTheListWhileTheChanceIsFarFromCertain() {
        List<ListOdds.Application> all = calibration.typicalApplications(ApplicantType.US_IMG, 240, null);
        ListOutlook ten = odds.evaluate(all.subList(0, 10));
        ListOutlook sixty = odds.evaluate(all.subList(0, 60));
        assertThat(sixty.pMatchIfIndependent() - sixty.pMatch())
                .isGreaterThan(ten.pMatchIfIndependent() - ten.pMatch());
    }

    @Test
    void theBandBracketsTheEstimateAndExpectedInterviewsAddUp() {
        List<ListOdds.Application> apps = calibration.typicalApplications(ApplicantType.US_MD, 249, null);
        ListOutlook outlook = odds.evaluate(apps);
        assertThat(outlook.pMatchLow()).isLessThan(outlook.pMatch());
        assertThat(outlook.pMatchHigh()).isGreaterThan(outlook.pMatch());
        double sum = apps.stream()
                .mapToDouble(a -> a.chance().outcome(a.signal()).interview())
                .sum();
        assertThat(outlook.expectedInterviews()).isCloseTo(sum, within(1e-9));
    }
}
