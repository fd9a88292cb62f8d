package org.smartpick.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.calibration.Calibration;
import org.smartpick.engine.calibration.CalibrationTargets;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.engine.chance.ProgramChance;
import org.smartpick.engine.chance.TypicalApplicant;
import org.smartpick.engine.profile.Applicant;
import org.smartpick.engine.season.Candidate;
import org.smartpick.reference.ModelParameterFile;
import org.smartpick.reference.ReferenceData;

class RankListOddsTest {
    private final ChanceModel model = new ChanceModel(ModelParameterFile.bundled(), ReferenceData.latest());
    private final RankListOdds odds = new RankListOdds(model.latent(), model.latentSd());

    private List<ProgramChance> ranks(int k) {
        var profile = TypicalApplicant.of(ApplicantType.US_MD).profile(2026, 254);
        var chances = model.forApplicant(new Applicant(profile, null), Specialty.INTERNAL_MEDICINE);
        List<ProgramChance> out = new ArrayList<>();
        for (Candidate c : TypicalApplicant.averagePrograms(Specialty.INTERNAL_MEDICINE, k)) {
            out.add(chances.assess(new Candidate(c.program(), Set.of(), 0.0)));
        }
        return out;
    }

    @Test
    void theOddsAgreeWithTheCalibrationsContiguousRanks() {
        double calibrated =
                new Calibration(model, CalibrationTargets.published()).matchGivenRanks(Specialty.INTERNAL_MEDICINE, 4);
        assertThat(odds.of(ranks(4)).pMatch())
                .isCloseTo(calibrated, within(1e-9))
                .isCloseTo(0.90, within(0.02));
    }

    @Test
    void eachRankAddsItsChanceAndTheStepsAddUp() {
        RankListOdds.Result r = odds.of(ranks(6));
        double sum = 0;
        for (RankListOdds.Step s : r.steps()) {
            sum += s.matchHere();
            assertThat(s.matchedByHere()).isCloseTo(sum, within(1e-12));
            assertThat(s.matchHere()).isPositive();
        }
        assertThat(r.pMatch()).isCloseTo(sum, within(1e-12));
        for (int i = 1; i < r.steps().size(); i++) {
            assertThat(r.steps().get(i).matchHere())
                    .isLessThan(r.steps().get(i - 1).matchHere());
        }
        assertThat(r.pMatchLow()).isLessThan(r.pMatch());
    }

    @Test
    void aLongerListNeverLowersTheChance() {
        double previous = 0;
        for (int k = 1; k <= 10; k++) {
            double p = odds.of(ranks(k)).pMatch();
            assertThat(p).isGreaterThan(previous);
            previous = p;
        }
    }
}
