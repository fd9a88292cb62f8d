package org.smartpick.engine.portfolio;

import java.util.Arrays;
import java.util.List;

/** A set of picks ready for marginal values: its value, and what one more pick would add. */
interface SetView {
    double value();

    /** The value added by a pick not in the set. */
    double gain(Pick pick);

    /** The cheapest view for the problem: miss products when every utility is equal, else the sorted fold. */
    static SetView of(PortfolioProblem problem, List<Pick> picks) {
        return Double.isNaN(problem.uniformUtility()) ? new SetState(problem, picks) : new MissState(problem, picks);
    }

    /**
     * With one utility u the value is u · (1 − E[Π (1 − f)]) and a pick with chance f adds u · E[Π (1 − f) · f]:
     * O(nodes) per pick after O(n · nodes), with no sorting.
     */
    final class MissState implements SetView {
        private final PortfolioProblem problem;
        private final double[] chances;
        private final double[] miss;
        /** weight(k) · miss(k) · u: a pick's gain is this vector's dot product with its row of chances. */
        private final double[] scaled;

        MissState(PortfolioProblem problem, List<Pick> picks) {
            this.problem = problem;
            this.chances = problem.chances();
            miss = new double[problem.nodes()];
            scaled = new double[miss.length];
            Arrays.fill(miss, 1);
            for (Pick p : picks) {
                multiply(p);
            }
            rescale();
        }

        /** The set with one more pick. */
        void add(Pick pick) {
            multiply(pick);
            rescale();
        }

        private void multiply(Pick pick) {
            int row = problem.row(pick.item(), pick.signal());
            for (int k = 0; k < miss.length; k++) {
                miss[k] *= 1 - chances[row + k];
            }
        }

        private void rescale() {
            for (int k = 0; k < miss.length; k++) {
                scaled[k] = problem.uniformUtility() * problem.weight(k) * miss[k];
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

        /** The pick's gain at node k alone (its gain is the sum over the nodes). */
        double term(Pick pick, int k) {
            return scaled[k] * chances[problem.row(pick.item(), pick.signal()) + k];
        }

        @Override
        public double gain(Pick pick) {
            int row = problem.row(pick.item(), pick.signal());
            double total = 0;
            for (int k = 0; k < scaled.length; k++) {
                total += scaled[k] * chances[row + k];
            }
            return total;
        }
    }
}
