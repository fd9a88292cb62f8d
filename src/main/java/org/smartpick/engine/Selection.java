package org.smartpick.engine;

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
        while (!remaining.isEmpty()) {
            SetState state = new SetState(problem, ordered);
            Pick best = remaining.get(0);
            double bestGain = Double.NEGATIVE_INFINITY;
            for (Pick p : remaining) {
                double gain = state.gain(p);
                if (gain > bestGain + 1e-15) {
                    best = p;
                    bestGain = gain;
                }
            }
            ordered.add(best);
            remaining.remove(best);
        }
        return new Selection(ordered, problem.value(ordered), problem.pMatch(ordered),
                problem.limits().cost(problem.items(), ordered));
    }
}
