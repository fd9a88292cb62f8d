package org.smartpick.engine.portfolio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.smartpick.engine.Signal;

/**
 * The exact optimum when outcomes are independent (Kapur & Hong 2022, dynamic program over programs sorted by
 * utility): with picks folded in ascending utility, adding a higher-utility program j to a set of value v gives
 * (1 − f_j) v + f_j t_j, increasing in v, so W_j(b, g) = max(W_{j−1}(b, g), max over signals of
 * (1 − f_j^s) W_{j−1}(b − c_j, g − e_s) + f_j^s t_j) over the budget b and the signal counts g. O(m · B · Π(G + 1)).
 *
 * <p>The budget is a number of applications (every cost 1), or dollars of per-program fees, or dollars of one
 * group's tiered fees — which depend only on the number of programs, so they are exactly a number of applications.
 */
public final class ExactDynamicProgram {
    /** The largest decision table it will build (bytes), about 64 MB. */
    static final long MAX_TABLE = 64L << 20;

    private static final Signal[] KINDS = {Signal.GOLD, Signal.SILVER, Signal.PLAIN};

    public Selection solve(PortfolioProblem problem) {
        if (problem.nodes() != 1) {
            throw new IllegalArgumentException("the exact program needs independent outcomes (one node)");
        }
        Budget budget = Budget.of(problem);
        List<PortfolioItem> items = problem.items();
        String group = items.isEmpty() ? "" : items.get(0).group();
        int[] caps = new int[KINDS.length];
        for (int s = 0; s < KINDS.length; s++) {
            caps[s] = problem.limits().signals(group, KINDS[s]);
        }
        if (items.stream().anyMatch(i -> !i.group().equals(group))
                && IntStream.of(caps).sum() > 0) {
            throw new IllegalArgumentException("the exact program handles signals of one group only");
        }
        int[] order = IntStream.range(0, items.size())
                .boxed()
                .sorted(Comparator.comparingDouble((Integer j) -> items.get(j).utility())
                        .thenComparingInt(j -> j))
                .mapToInt(Integer::intValue)
                .toArray();
        return new Table(problem, budget, caps, order).run();
    }

    /** The budget dimension: capacity and the cost of each item in its units. */
    record Budget(int capacity, int[] costs) {
        static Budget of(PortfolioProblem problem) {
            PortfolioLimits limits = problem.limits();
            List<PortfolioItem> items = problem.items();
            int m = items.size();
            if (limits.dollars() != null && limits.tieredFees().isEmpty()) {
                if (limits.applications() != null) {
                    throw new IllegalArgumentException("the exact program takes one budget: applications or dollars");
                }
                return new Budget(
                        limits.dollars(),
                        items.stream().mapToInt(PortfolioItem::fee).toArray());
            }
            int count = limits.applications() == null ? m : Math.min(m, limits.applications());
            if (limits.dollars() != null) {
                if (limits.tieredFees().size() != 1
                        || items.stream().map(PortfolioItem::group).distinct().count() > 1) {
                    throw new IllegalArgumentException("the exact program handles tiered fees of one group only");
                }
                count = Math.min(
                        count, limits.tieredFees().values().iterator().next().affordable(limits.dollars()));
            }
            int[] ones = new int[m];
            Arrays.fill(ones, 1);
            return new Budget(count, ones);
        }
    }

    /** The table of the dynamic program over (budget, gold, silver, plain). */
    private static final class Table {
        private final PortfolioProblem problem;
        private final Budget budget;
        private final int[] caps;
        private final int[] order;
        private final int states;
        private final byte[][] decision;
        /** Every cost is 1: after step s at most s + 1 items are taken, so budgets above s + 1 need no states. */
        private final boolean unitCosts;

        Table(PortfolioProblem problem, Budget budget, int[] caps, int[] order) {
            this.problem = problem;
            this.budget = budget;
            this.caps = caps;
            this.order = order;
            this.states = (budget.capacity() + 1) * (caps[0] + 1) * (caps[1] + 1) * (caps[2] + 1);
            if ((long) states * order.length > MAX_TABLE) {
                throw new IllegalArgumentException("instance too large for the exact program ("
                        + (long) states * order.length + " decisions); use greedy with local search");
            }
            this.decision = new byte[order.length][states];
            this.unitCosts = Arrays.stream(budget.costs()).allMatch(c -> c == 1);
        }

        /** The highest budget whose states differ from smaller ones after this step. */
        private int reach(int step) {
            return unitCosts ? Math.min(budget.capacity(), step + 1) : budget.capacity();
        }

        Selection run() {
            double[] previous = new double[states];
            for (int step = 0; step < order.length; step++) {
                previous = layer(step, previous);
            }
            return Selection.of(problem, reconstruct());
        }

        private double[] layer(int step, double[] previous) {
            int j = order[step];
            double t = problem.items().get(j).utility();
            int cost = budget.costs()[j];
            int plainStride = 1;
            int silverStride = caps[2] + 1;
            int goldStride = silverStride * (caps[1] + 1);
            int budgetStride = goldStride * (caps[0] + 1);
            double[] f = new double[KINDS.length + 1];
            boolean[] offered = new boolean[KINDS.length + 1];
            for (int option = 0; option <= KINDS.length; option++) {
                Signal signal = option == 0 ? Signal.NONE : KINDS[option - 1];
                offered[option] = problem.offers(j, signal);
                f[option] = offered[option] ? problem.success(j, signal, 0) : 0;
            }
            if (unitCosts && step + 1 <= budget.capacity()) {
                // The previous step's states at budget step + 1 are those at budget step (it took at most step).
                System.arraycopy(previous, step * budgetStride, previous, (step + 1) * budgetStride, budgetStride);
            }
            double[] next = previous.clone();
            byte[] decided = decision[step];
            int state = cost * budgetStride;
            for (int b = cost; b <= reach(step); b++) {
                for (int gold = 0; gold <= caps[0]; gold++) {
                    for (int silver = 0; silver <= caps[1]; silver++) {
                        for (int plain = 0; plain <= caps[2]; plain++, state++) {
                            int from = state - cost * budgetStride;
                            relax(next, decided, state, previous, from, f, offered[0], 0, t);
                            relax(next, decided, state, previous, from - goldStride, f, offered[1] && gold > 0, 1, t);
                            relax(
                                    next,
                                    decided,
                                    state,
                                    previous,
                                    from - silverStride,
                                    f,
                                    offered[2] && silver > 0,
                                    2,
                                    t);
                            relax(next, decided, state, previous, from - plainStride, f, offered[3] && plain > 0, 3, t);
                        }
                    }
                }
            }
            return next;
        }

        /** Taking the item with this option from state {@code from} of the previous layer, if it is better. */
        private static void relax(
                double[] next,
                byte[] decided,
                int state,
                double[] previous,
                int from,
                double[] f,
                boolean allowed,
                int option,
                double t) {
            if (!allowed) {
                return;
            }
            double candidate = (1 - f[option]) * previous[from] + f[option] * t;
            if (candidate > next[state] + 1e-15) {
                next[state] = candidate;
                decided[state] = (byte) (option + 1);
            }
        }

        private List<Pick> reconstruct() {
            List<Pick> picks = new ArrayList<>();
            int[] at = {budget.capacity(), caps[0], caps[1], caps[2]};
            for (int step = order.length - 1; step >= 0; step--) {
                at[0] = Math.min(at[0], reach(step));
                int choice = decision[step][encode(at)];
                if (choice == 0) {
                    continue;
                }
                int option = choice - 1;
                int j = order[step];
                picks.add(new Pick(j, option == 0 ? Signal.NONE : KINDS[option - 1]));
                at[0] -= budget.costs()[j];
                if (option > 0) {
                    at[option]--;
                }
            }
            return picks;
        }

        private int encode(int[] at) {
            return ((at[0] * (caps[0] + 1) + at[1]) * (caps[1] + 1) + at[2]) * (caps[2] + 1) + at[3];
        }
    }
}
