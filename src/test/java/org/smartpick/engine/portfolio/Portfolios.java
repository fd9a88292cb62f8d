package org.smartpick.engine.portfolio;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.smartpick.engine.Signal;

/** One-line builders of portfolio problems for tests, and a brute-force oracle. */
final class Portfolios {
    private Portfolios() {}

    static List<PortfolioItem> items(double[] utilities, int[] fees) {
        List<PortfolioItem> items = new ArrayList<>();
        for (int j = 0; j < utilities.length; j++) {
            items.add(new PortfolioItem(String.valueOf(j + 1), "g", utilities[j], fees == null ? 1 : fees[j]));
        }
        return items;
    }

    static PortfolioProblem independent(double[] f, double[] t, int[] fees, PortfolioLimits limits) {
        return PortfolioProblem.independent(items(t, fees), Map.of(Signal.NONE, f), limits);
    }

    static PortfolioProblem withSignals(
            double[] f, double[] gold, double[] silver, double[] t, int[] fees, PortfolioLimits limits) {
        Map<Signal, double[]> p = new EnumMap<>(Signal.class);
        p.put(Signal.NONE, f);
        p.put(Signal.GOLD, gold);
        p.put(Signal.SILVER, silver);
        return PortfolioProblem.independent(items(t, fees), p, limits);
    }

    static PortfolioLimits limits(Integer applications, Integer dollars, int gold, int silver) {
        return new PortfolioLimits(
                applications, dollars, null, Map.of("g", Map.of(Signal.GOLD, gold, Signal.SILVER, silver)));
    }

    /** 1-based ids of a selection, in its order. */
    static List<Integer> ids(Selection selection) {
        return selection.picks().stream().map(p -> p.item() + 1).toList();
    }

    /** The best value over every subset and every assignment of signals the limits allow. */
    static double bruteForce(PortfolioProblem problem) {
        return best(problem, 0, new ArrayList<>());
    }

    private static double best(PortfolioProblem problem, int j, List<Pick> chosen) {
        if (!problem.limits().allows(problem.items(), chosen)) {
            return Double.NEGATIVE_INFINITY;
        }
        if (j == problem.items().size()) {
            return problem.value(chosen);
        }
        double best = best(problem, j + 1, chosen);
        for (Signal s : Signal.values()) {
            if (problem.offers(j, s)) {
                chosen.add(new Pick(j, s));
                best = Math.max(best, best(problem, j + 1, chosen));
                chosen.remove(chosen.size() - 1);
            }
        }
        return best;
    }
}
