package org.smartpick.engine.portfolio;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.smartpick.engine.Signal;

/**
 * The optimizer used for recommendations: exact when outcomes are independent and the budget has one dimension;
 * otherwise the better of two local searches, one from the greedy set and one from the exact optimum of the
 * independent problem with the same marginal chances (docs/model.md, "The optimizer": on 2,000 random small
 * correlated instances it found the optimum every time; greedy alone did in 88%).
 */
public final class PortfolioOptimizer {
    public Selection optimize(PortfolioProblem problem) {
        return optimize(problem, new GreedySolver().solve(problem).selection().picks());
    }

    /** As above, with the greedy start already computed. */
    public Selection optimize(PortfolioProblem problem, List<Pick> greedyStart) {
        if (problem.nodes() == 1) {
            Selection exact = exactIfPossible(problem);
            if (exact != null) {
                return exact;
            }
        }
        Selection exactMarginal = seed(problem);
        LocalSearch search = new LocalSearch();
        Selection fromGreedy = search.improve(problem, greedyStart);
        if (exactMarginal == null) {
            return fromGreedy;
        }
        if (new HashSet<>(exactMarginal.picks()).equals(new HashSet<>(fromGreedy.picks()))) {
            return fromGreedy;
        }
        Selection fromExact = search.improve(problem, exactMarginal.picks());
        return fromExact.value() > fromGreedy.value() ? fromExact : fromGreedy;
    }

    /**
     * The exact optimum of the independent problem with the same marginal chances, on the items that could be in
     * it: when utilities are equal (the match objective) and at most n applications with s signals are allowed,
     * only the n + s items with the best chances can be; otherwise all items are kept.
     */
    private static Selection seed(PortfolioProblem problem) {
        PortfolioProblem marginal = problem.marginal();
        Integer limit = problem.limits().applications();
        int m = problem.items().size();
        boolean equalUtilities = !Double.isNaN(problem.uniformUtility());
        if (limit == null || limit >= m || !equalUtilities) {
            return exactIfPossible(marginal);
        }
        int signals = problem.limits().signals().values().stream()
                .flatMap(c -> c.values().stream())
                .mapToInt(Integer::intValue)
                .sum();
        int keep = Math.min(m, limit + signals);
        int[] best = IntStream.range(0, m)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer j) -> -bestChance(marginal, j)))
                .limit(keep)
                .mapToInt(Integer::intValue)
                .toArray();
        Selection sub = exactIfPossible(marginal.restricted(best));
        if (sub == null) {
            return null;
        }
        List<Pick> picks = sub.picks().stream()
                .map(p -> new Pick(best[p.item()], p.signal()))
                .toList();
        return Selection.of(problem, picks);
    }

    private static double bestChance(PortfolioProblem problem, int item) {
        double best = 0;
        for (Signal s : Signal.values()) {
            if (problem.offers(item, s)) {
                best = Math.max(best, problem.success(item, s, 0));
            }
        }
        return best;
    }

    /** The assignment when the problem has its form (one utility, one group, no dollar limit), else the table. */
    private static Selection exactIfPossible(PortfolioProblem problem) {
        Selection assigned = SignalAssignment.solve(problem);
        if (assigned != null) {
            return assigned;
        }
        try {
            return new ExactDynamicProgram().solve(problem);
        } catch (IllegalArgumentException unsupported) {
            return null;
        }
    }
}
