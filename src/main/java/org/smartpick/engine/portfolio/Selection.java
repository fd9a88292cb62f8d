package org.smartpick.engine.portfolio;

import java.util.ArrayList;
import java.util.List;

/**
 * A solved portfolio: the picks in application order (each the one that adds most to those before it), the value
 * (expected utility of the best success), P(at least one success) and the cost.
 */
public record Selection(List<Pick> picks, double value, double pMatch, int cost) {
    public Selection {
        picks = List.copyOf(picks);
    }

    /** The selection of these picks, put in application order. */
    public static Selection of(PortfolioProblem problem, List<Pick> picks) {
        List<Pick> remaining = new ArrayList<>(picks);
        List<Pick> ordered = new ArrayList<>();
        // With one utility the set's miss products grow by one factor per pick; otherwise the sorted fold is rebuilt.
        SetView.MissState miss =
                Double.isNaN(problem.uniformUtility()) ? null : new SetView.MissState(problem, List.of());
        while (!remaining.isEmpty()) {
            SetView state = miss != null ? miss : new SetState(problem, ordered);
            int best = 0;
            double bestGain = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < remaining.size(); i++) {
                double gain = state.gain(remaining.get(i));
                if (gain > bestGain + 1e-15) {
                    best = i;
                    bestGain = gain;
                }
            }
            Pick next = remaining.remove(best);
            ordered.add(next);
            if (miss != null) {
                miss.add(next);
            }
        }
        return new Selection(
                ordered,
                problem.value(ordered),
                problem.pMatch(ordered),
                problem.limits().cost(problem.items(), ordered));
    }
}
