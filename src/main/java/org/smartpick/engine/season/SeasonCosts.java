package org.smartpick.engine.season;

import org.smartpick.engine.Figure;
import org.smartpick.engine.Invariants;

/**
 * What a season costs beyond the application fees: NRMP registration (a base fee with a number of ranked programs
 * included, then a fee per further program) and an estimate of an in-person interview's travel. Each carries its
 * source and evidence; the interview figure is an estimate, and shown as one.
 */
public record SeasonCosts(
        Figure matchRegistration, Figure matchIncludedPrograms, Figure matchExtraProgram, Figure inPersonInterview) {
    public SeasonCosts {
        Invariants.present("matchRegistration", matchRegistration);
        Invariants.present("matchIncludedPrograms", matchIncludedPrograms);
        Invariants.present("matchExtraProgram", matchExtraProgram);
        Invariants.present("inPersonInterview", inPersonInterview);
    }

    /** NRMP's fee for a rank list of this many programs. */
    public int matchFee(int rankedPrograms) {
        int extra = Math.max(0, rankedPrograms - (int) matchIncludedPrograms.value());
        return (int) Math.round(matchRegistration.value() + extra * matchExtraProgram.value());
    }
}
