package org.smartpick.engine;

import java.util.List;

/** A set of picks ready for marginal values: its value, and what one more pick would add. */
interface SetView {
    double value();

    /** The value added by a pick not in the set. */
    double gain(Pick pick);

    /** The cheapest view for the problem: miss products when every utility is equal, else the sorted fold. */
    static SetView of(PortfolioProblem problem, List<Pick> picks) {
        return Double.isNaN(problem.uniformUtility()) ? new SetState(problem, picks)
                : new MissState(problem, picks);
    }

    /**
     * With one utility u the value is u · (1 − E[Π (1 − f)]) and a pick with chance f adds u · E[Π (1 − f) · f]:
     * O(nodes) per pick after O(n · nodes), with no sorting.
     */
    final class MissState implements SetView {
        private final PortfolioProblem problem;
        private final double[] miss;

        MissState(PortfolioProblem problem, List<Pick> picks) {
            this.problem = problem;
            miss = new double[problem.nodes()];
            java.util.Arrays.fill(miss, 1);
            for (Pick p : picks) {
                for (int k = 0; k < miss.length; k++) {
                    miss[k] *= 1 - problem.success(p.item(), p.signal(), k);
                }
            }
        }

        /** Π (1 − f) over the set's picks at node k. */
        double miss(int k) {
            return miss[k];
        }

        @Override
        public double value() {
            double total = 0;
            for (int k = 0; k < miss.length; k++) {
                total += problem.weight(k) * (1 - miss[k]);
            }
            return problem.uniformUtility() * total;
        }

        @Override
        public double gain(Pick pick) {
            double total = 0;
            for (int k = 0; k < miss.length; k++) {
                total += problem.weight(k) * miss[k] * problem.success(pick.item(), pick.signal(), k);
            }
            return problem.uniformUtility() * total;
        }
    }
}
