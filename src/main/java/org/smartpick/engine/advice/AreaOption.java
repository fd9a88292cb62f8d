package org.smartpick.engine.advice;

import java.util.List;
import org.smartpick.engine.UsState;

/**
 * One step of widening the area, priced at the applicant's budget: how many programs it offers, how many of them
 * the list takes, P(match), and the application fees.
 *
 * @param wholeBudget whether this is the step offered as "use your whole budget" (the first whose programs reach it)
 * @param programIds  the list of this step, in application order
 */
public record AreaOption(
        String label,
        List<String> regions,
        List<UsState> states,
        int programs,
        int applications,
        double pMatch,
        int fees,
        boolean wholeBudget,
        List<String> programIds) {
    public AreaOption {
        regions = List.copyOf(regions);
        states = List.copyOf(states);
        programIds = List.copyOf(programIds);
        if (!(pMatch >= 0 && pMatch <= 1)) {
            throw new IllegalArgumentException("pMatch must be in [0, 1], got " + pMatch);
        }
    }
}
