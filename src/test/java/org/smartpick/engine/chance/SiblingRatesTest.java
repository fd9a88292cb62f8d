package org.smartpick.engine.chance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.season.InterviewRates;
import org.smartpick.engine.season.Program;
import org.smartpick.engine.season.ProgramPolicy;
import org.smartpick.engine.season.ProgramStats;
import org.smartpick.engine.season.Provenance;
import org.smartpick.engine.season.Site;

class SiblingRatesTest {
    private static Program program(String id, String name, Specialty s, Double nonUsImg) {
        ProgramStats stats = nonUsImg == null
                ? ProgramStats.NONE
                : ProgramStats.NONE.withInterviewRates(
                        new InterviewRates(2024, 0.3, 0.2, 0.1, nonUsImg, null, null, null, null, null, null));
        return new Program(
                id,
                null,
                s,
                name,
                null,
                new Site("Flint", UsState.MI, null, null),
                null,
                null,
                ProgramPolicy.UNKNOWN,
                null,
                new Provenance("test", false, null),
                stats);
    }

    @Test
    void aProgramSeesWhatItsInstitutionPublishedInOtherSpecialtiesNeverItsOwn() {
        List<Program> programs = List.of(
                program("im", "Hurley Medical Center Program", Specialty.INTERNAL_MEDICINE, 0.20),
                program("im2", "Other Hospital Program", Specialty.INTERNAL_MEDICINE, 0.02),
                program("fm", "Hurley Medical Center Program", Specialty.FAMILY_MEDICINE, null),
                program("peds", "Hurley Medical Center Program", Specialty.PEDIATRICS, 0.05));
        SiblingRates siblings = SiblingRates.of(programs);
        double[] fm = siblings.of(programs.get(2));
        // FM sees IM (0.20 against IM's mean of 0.20 and 0.02) and Pediatrics (0.05, its specialty's only program).
        double im = ProgramFeatures.logit(0.20) - (ProgramFeatures.logit(0.20) + ProgramFeatures.logit(0.02)) / 2;
        assertThat(fm[3]).isCloseTo((im + 0) / 2, within(1e-9));
        assertThat(fm[SiblingRates.SIZE - 1]).isEqualTo(1);
        double[] ownIm = siblings.of(programs.get(0));
        assertThat(ownIm[3]).isCloseTo(0, within(1e-9));
        assertThat(siblings.of(programs.get(1))[SiblingRates.SIZE - 1]).isZero();
    }
}
