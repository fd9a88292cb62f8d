package org.smartpick.engine.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Figure;
import org.smartpick.engine.chance.InterviewMix;
import org.smartpick.engine.chance.ModelParameters;
import org.smartpick.engine.chance.Models;
import org.smartpick.engine.chance.Parameter;
import org.smartpick.engine.chance.ProgramMix;
import org.smartpick.reference.InterviewModelFile;

/** The committed fitted values are what the fit gives (the whole grid search runs in `smartpick model fit`). */
class ModelFitTest {
    @Test
    void solvingTheInterceptsAtTheCommittedGridPointGivesTheCommittedIntercepts() {
        ModelParameters committed = Models.PARAMETERS;
        ModelFit fit = new ModelFit(Models.SEASON, CalibrationTargets.published());
        ModelParameters solved = fit.solveIntercepts(
                committed, committed.get(Parameter.LATENT_SD), committed.get(Parameter.STEP2_SLOPE_INTERVIEW));
        for (Parameter p : new Parameter[] {
            Parameter.MATCH_INTERCEPT_CORE,
            Parameter.MATCH_INTERCEPT_COMPETITIVE,
            Parameter.INTERVIEW_INTERCEPT_US_MD,
            Parameter.INTERVIEW_INTERCEPT_US_DO,
            Parameter.INTERVIEW_INTERCEPT_US_IMG,
            Parameter.INTERVIEW_INTERCEPT_NON_US_IMG
        }) {
            assertThat(solved.get(p)).as(p.key()).isCloseTo(committed.get(p), within(2e-3));
        }
    }

    @Test
    void solvingModelV2sMatchOffsetsAtTheCommittedSlopesGivesTheCommittedOffsets() {
        ModelParameters committed = Models.PARAMETERS;
        ProgramMix mix = InterviewMix.synthetic(InterviewModelFile.bundled());
        ModelParameters solved = new ModelFit(Models.SEASON, CalibrationTargets.published(), mix).solveV2(committed);
        for (ApplicantType type : ApplicantType.values()) {
            Parameter p = ModelParameters.matchV2Parameter(type);
            assertThat(solved.get(p)).as(p.key()).isCloseTo(committed.get(p), within(2e-3));
        }
    }

    @Test
    void theFittedValuesSayTheyWereFitted() {
        assertThat(Models.PARAMETERS.values().get(Parameter.LATENT_SD).evidence())
                .isEqualTo(Figure.Evidence.FITTED);
        assertThat(Models.PARAMETERS.values().values())
                .allSatisfy(f -> assertThat(f.source()).isNotBlank());
    }

    @Test
    void theGridPointChosenIsInsideTheGrid() {
        double latent = Models.PARAMETERS.get(Parameter.LATENT_SD);
        assertThat(latent).isBetween(ModelFit.LATENT_GRID[0], ModelFit.LATENT_GRID[ModelFit.LATENT_GRID.length - 1]);
        assertThat(Models.PARAMETERS.get(Parameter.STEP2_SLOPE_INTERVIEW)).isGreaterThan(0);
    }
}
