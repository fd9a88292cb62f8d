package org.smartpick.engine.portfolio;

import java.util.List;
import org.smartpick.engine.profile.Applicant;
import org.smartpick.engine.profile.Preferences;
import org.smartpick.engine.season.Candidate;
import org.smartpick.engine.season.Program;

/**
 * The utility of each program to the applicant, for the utility objective: 1, plus 0.5 in a preferred region or
 * state, plus 0.25 for a wanted setting, plus 0.25 within the stated radius. Equal (1) when the applicant states
 * no preference, and always 1 for the match objective. The weights are a documented choice, not an estimate.
 */
public final class Utilities {
    static final double PREFERRED_PLACE = 0.5;
    static final double WANTED_SETTING = 0.25;
    static final double WITHIN_RADIUS = 0.25;

    private Utilities() {}

    public static double[] of(Applicant applicant, List<Candidate> candidates, Objective objective) {
        double[] u = new double[candidates.size()];
        for (int j = 0; j < u.length; j++) {
            u[j] = objective == Objective.MATCH ? 1 : utility(applicant, candidates.get(j));
        }
        return u;
    }

    static double utility(Applicant applicant, Candidate candidate) {
        Preferences p = applicant.profile().preferences();
        Program program = candidate.program();
        double u = 1;
        if (p.states().contains(program.state()) || p.regions().stream().anyMatch(candidate.regions()::contains)) {
            u += PREFERRED_PLACE;
        }
        if (program.setting() != null && p.settingsWanted().contains(program.setting())) {
            u += WANTED_SETTING;
        }
        if (p.radius() != null
                && applicant.radiusCenter() != null
                && program.point() != null
                && program.point().milesTo(applicant.radiusCenter())
                        <= p.radius().miles()) {
            u += WITHIN_RADIUS;
        }
        return u;
    }
}
