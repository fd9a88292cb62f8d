package org.smartpick.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Adds, one at a time, the option (program and signal) that raises the value most while the limits allow. With
 * equal costs, no signals and independent outcomes this is exact and its sets are nested (Kapur & Hong 2022):
 * run to the end it gives the application order and the whole curve of value against applications.
 */
public final class GreedySolver {
    /** The greedy run: the selection and the value after each addition. */
    public record Run(Selection selection, List<Double> curve) {
        public Run {
            curve = List.copyOf(curve);
        }
    }

    public Run solve(PortfolioProblem problem) {
        return solve(problem, List.of());
    }

    /** Greedy additions to a starting set (which must keep within the limits). */
    public Run solve(PortfolioProblem problem, List<Pick> start) {
        List<Pick> chosen = new ArrayList<>(start);
        boolean[] taken = new boolean[problem.items().size()];
        Spend spend = new Spend(problem);
        chosen.forEach(p -> {
            taken[p.item()] = true;
            spend.add(p);
        });
        List<Pick> options = problem.options();
        List<Double> curve = new ArrayList<>();
        while (true) {
            SetView state = SetView.of(problem, chosen);
            Pick best = null;
            double bestGain = 1e-15;
            for (Pick option : options) {
                if (!taken[option.item()] && spend.canAdd(option)) {
                    double gain = state.gain(option);
                    if (gain > bestGain) {
                        best = option;
                        bestGain = gain;
                    }
                }
            }
            if (best == null) {
                break;
            }
            chosen.add(best);
            taken[best.item()] = true;
            spend.add(best);
            curve.add(state.value() + bestGain);
        }
        return new Run(new Selection(chosen, problem.value(chosen), problem.pMatch(chosen),
                problem.limits().cost(problem.items(), chosen)), curve);
    }
}
