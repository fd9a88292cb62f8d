package org.smartpick.engine.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.chance.InterviewMix;
import org.smartpick.engine.chance.ListOdds;
import org.smartpick.engine.chance.Models;
import org.smartpick.reference.InterviewModelFile;

/** The committed parameters reproduce the published figures (docs/model.md, "Calibration"). */
class CalibrationTest {
    /** Model v2: the typical programs carry the committed interview model's baselines. */
    private final Calibration calibration = new Calibration(
            Models.MODEL, CalibrationTargets.published(), InterviewMix.synthetic(InterviewModelFile.bundled()));

    private final Calibration v1 = new Calibration(Models.MODEL, CalibrationTargets.published());

    @Test
    void everyCheckOfTheReportIsWithinItsTolerance() {
        List<Calibration.Row> rows = calibration.report();
        assertThat(rows).hasSizeGreaterThan(15);
        assertThat(rows)
                .allSatisfy(
                        r -> assertThat(r.withinTolerance()).as(r.toString()).isTrue());
    }

    @Test
    void modelV1StillMatchesTheNrmpRatesWhereNoInterviewDataApplies() {
        assertThat(v1.typicalMatchRate(ApplicantType.US_MD, 249)).isCloseTo(0.935, within(0.03));
        assertThat(v1.typicalMatchRate(ApplicantType.NON_US_IMG, 245)).isCloseTo(0.580, within(0.03));
        assertThat(v1.report())
                .allSatisfy(
                        r -> assertThat(r.withinTolerance()).as(r.toString()).isTrue());
    }

    @Test
    void underModelV2TheTypicalUsMdIsOfferedRealisticNumbersOfInterviews() {
        ListOdds.InterviewsByOutcome v2 = calibration.typicalInterviews(ApplicantType.US_MD);
        ListOdds.InterviewsByOutcome old = v1.typicalInterviews(ApplicantType.US_MD);
        assertThat(v2.matched()).isGreaterThan(old.matched()).isBetween(10.0, 20.0);
        assertThat(v2.unmatched()).isLessThan(v2.matched());
    }

    @Test
    void typicalApplicantsMatchAtTheNrmpRatesOfTheirTypeWithinThreePoints() {
        assertThat(calibration.typicalMatchRate(ApplicantType.US_MD, 249)).isCloseTo(0.935, within(0.03));
        assertThat(calibration.typicalMatchRate(ApplicantType.US_DO, 245)).isCloseTo(0.926, within(0.03));
        assertThat(calibration.typicalMatchRate(ApplicantType.US_IMG, 240)).isCloseTo(0.678, within(0.03));
        assertThat(calibration.typicalMatchRate(ApplicantType.NON_US_IMG, 245)).isCloseTo(0.580, within(0.03));
    }

    @Test
    void theChanceOfMatchingRisesWithStep2InThePublishedShape() {
        double previousMd = 0;
        double previousImg = 0;
        for (int score = 210; score <= 260; score += 5) {
            double md = calibration.typicalMatchRate(ApplicantType.US_MD, score, Specialty.INTERNAL_MEDICINE);
            double img = calibration.typicalMatchRate(ApplicantType.NON_US_IMG, score, Specialty.INTERNAL_MEDICINE);
            assertThat(md).isGreaterThan(previousMd).isGreaterThan(img);
            assertThat(img).isGreaterThan(previousImg);
            previousMd = md;
            previousImg = img;
        }
        assertThat(calibration.typicalMatchRate(ApplicantType.US_MD, 220, Specialty.INTERNAL_MEDICINE))
                .isCloseTo(0.76, within(0.08));
        assertThat(calibration.typicalMatchRate(ApplicantType.NON_US_IMG, 250, Specialty.INTERNAL_MEDICINE))
                .isCloseTo(0.53, within(0.08));
    }

    @Test
    void eachContiguousRankAddsAboutTheChartingOutcomesOdds() {
        assertThat(calibration.matchGivenRanks(Specialty.INTERNAL_MEDICINE, 4)).isCloseTo(0.90, within(0.02));
        assertThat(calibration.matchGivenRanks(Specialty.ORTHOPAEDIC_SURGERY, 11))
                .isCloseTo(0.90, within(0.02));
        assertThat(calibration.rankOddsRatio(Specialty.INTERNAL_MEDICINE, 10)).isCloseTo(1.36, within(0.25));
        for (int k = 1; k < 15; k++) {
            assertThat(calibration.rankOddsRatio(Specialty.INTERNAL_MEDICINE, k))
                    .isGreaterThan(1);
        }
    }

    @Test
    void matchedApplicantsHaveAboutTenInterviewsAndUnmatchedAboutFourUnderModelV1() {
        ListOdds.InterviewsByOutcome interviews = v1.typicalInterviews(ApplicantType.US_MD);
        assertThat(interviews.matched()).isCloseTo(10, within(2.5));
        assertThat(interviews.unmatched()).isCloseTo(4, within(2.5));
    }

    @Test
    void underModelV2TheOffersLieBetweenThePublishedRanksAndTwiceThem() {
        ListOdds.InterviewsByOutcome offers = calibration.typicalInterviews(ApplicantType.US_MD);
        assertThat(offers.matched()).isBetween(10 - 2.5, 20.0);
        assertThat(offers.unmatched()).isBetween(4 - 2.5, 8.0);
    }
}
