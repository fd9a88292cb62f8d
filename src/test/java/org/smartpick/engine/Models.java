package org.smartpick.engine;

import org.smartpick.catalog.ModelParameterFile;
import org.smartpick.catalog.ReferenceData;

/** The bundled model, for tests. */
final class Models {
    static final ModelParameters PARAMETERS = ModelParameterFile.bundled();
    static final SeasonFacts SEASON = ReferenceData.latest();
    static final ChanceModel MODEL = new ChanceModel(PARAMETERS, SEASON);

    private Models() {
    }

    static Program program(String id, Specialty specialty, UsState state, ProgramSetting setting) {
        return new Program(id, null, specialty, "Program " + id, null, "City", state, null, null, setting, null,
                ProgramPolicy.UNKNOWN, null, "test", false, null);
    }

    static ProgramChance assess(Profile profile, Program program) {
        return MODEL.forApplicant(new Applicant(profile, null), program.specialty()).assess(Candidate.of(program));
    }

    /** The marginal interview odds ratio between two profiles at one program. */
    static double interviewOddsRatio(Profile with, Profile without, Program program, Signal signal) {
        return Odds.ratio(assess(with, program).outcome(signal).interview(),
                assess(without, program).outcome(Signal.NONE).interview());
    }
}
