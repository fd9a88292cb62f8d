package org.smartpick.engine.chance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.ProgramSetting;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.calibration.Calibration;
import org.smartpick.engine.calibration.CalibrationTargets;
import org.smartpick.engine.recommend.Recommendations;
import org.smartpick.engine.season.Candidate;
import org.smartpick.engine.season.Program;

class ProgramMixTest {
    @Test
    void theSyntheticMixIsTheNormalQuantiles() {
        ProgramMix mix = ProgramMix.synthetic();
        assertThat(mix.at(Specialty.INTERNAL_MEDICINE, 1, 2)).isCloseTo(-0.5 * 0.6745, within(1e-3));
        assertThat(mix.at(Specialty.INTERNAL_MEDICINE, 2, 2)).isCloseTo(0.5 * 0.6745, within(1e-3));
    }

    @Test
    void aCatalogMixTakesTheEmpiricalQuantilesWithSettingsAndDemand() {
        Program university = Models.program("u", Specialty.INTERNAL_MEDICINE, UsState.CA, ProgramSetting.UNIVERSITY);
        Program community = Models.program("c", Specialty.INTERNAL_MEDICINE, UsState.CA, ProgramSetting.COMMUNITY);
        List<Candidate> candidates = List.of(
                new Candidate(university, Set.of(), 1.2),
                new Candidate(community, Set.of(), null, 0.5, "Greater Los Angeles", null));
        ProgramMix mix = ProgramMix.of(candidates, Models.PARAMETERS);
        assertThat(mix.isSynthetic()).isFalse();
        assertThat(mix.at(Specialty.INTERNAL_MEDICINE, 1, 2)).isCloseTo(-0.4 + 0.5, within(1e-9));
        assertThat(mix.at(Specialty.INTERNAL_MEDICINE, 2, 2)).isCloseTo(1.2, within(1e-9));
        assertThat(mix.at(Specialty.PEDIATRICS, 1, 1))
                .as("no program: the synthetic median")
                .isCloseTo(0, within(1e-6));
    }

    @Test
    void theCalibrationHoldsWhenApplicantsApplyToTheStarterCatalog() {
        ProgramMix mix = ProgramMix.of(Recommendations.CATALOG, Models.PARAMETERS);
        var rows = new Calibration(Models.MODEL, CalibrationTargets.published(), mix).report();
        assertThat(rows.get(0).name()).isEqualTo("typical US_MD");
        assertThat(rows.get(0).predicted()).isBetween(0.80, 1.0);
    }
}
