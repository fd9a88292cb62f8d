package org.smartpick.engine.chance;

import org.smartpick.engine.Odds;
import org.smartpick.engine.ProgramSetting;
import org.smartpick.engine.Signal;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.profile.Applicant;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.season.Candidate;
import org.smartpick.engine.season.Program;
import org.smartpick.engine.season.ProgramPolicy;
import org.smartpick.engine.season.ProgramStats;
import org.smartpick.engine.season.Provenance;
import org.smartpick.engine.season.SeasonFacts;
import org.smartpick.engine.season.Site;
import org.smartpick.reference.ModelParameterFile;
import org.smartpick.reference.ReferenceData;

/** The bundled model, for tests. */
public final class Models {
    public static final ModelParameters PARAMETERS = ModelParameterFile.bundled();
    public static final SeasonFacts SEASON = ReferenceData.latest();
    public static final ChanceModel MODEL = new ChanceModel(PARAMETERS, SEASON);

    private Models() {}

    static Program program(String id, Specialty specialty, UsState state, ProgramSetting setting) {
        return new Program(
                id,
                null,
                specialty,
                "Program " + id,
                null,
                new Site("City", state, null, null),
                setting,
                null,
                ProgramPolicy.UNKNOWN,
                null,
                new Provenance("test", false, null),
                ProgramStats.NONE);
    }

    static ProgramChance assess(Profile profile, Program program) {
        return MODEL.forApplicant(new Applicant(profile, null), program.specialty())
                .assess(Candidate.of(program));
    }

    /** The marginal interview odds ratio between two profiles at one program. */
    static double interviewOddsRatio(Profile with, Profile without, Program program, Signal signal) {
        return Odds.ratio(
                assess(with, program).outcome(signal).interview(),
                assess(without, program).outcome(Signal.NONE).interview());
    }
}
