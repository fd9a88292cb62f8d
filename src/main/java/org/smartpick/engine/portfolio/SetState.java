package org.smartpick.engine.portfolio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A set of picks prepared for fast marginal values. With the picks sorted by ascending utility, at each node the
 * value is v = v_A + Π_A · v_B for the picks above (A) and up to (B) a utility t, so adding item j with chance f and
 * utility t gains Π_A · f · (t − v_B): O(nodes) per candidate after O(n · nodes) preparation.
 */
final class SetState implements SetView {
    private final PortfolioProblem problem;
    private final List<Pick> sorted;
    private final double[] utilities;
    /** foldBelow[k][p]: value at node k of the first p sorted picks. */
    private final double[][] foldBelow;
    /** missAbove[k][p]: Π (1 − f) at node k over sorted picks p.. end. */
    private final double[][] missAbove;

    SetState(PortfolioProblem problem, List<Pick> picks) {
        this.problem = problem;
        this.sorted = new ArrayList<>(picks);
        sorted.sort(Comparator.comparingDouble((Pick p) -> utility(problem, p)).thenComparingInt(Pick::item));
        int n = sorted.size();
        utilities = new double[n];
        for (int i = 0; i < n; i++) {
            utilities[i] = utility(problem, sorted.get(i));
        }
        foldBelow = new double[problem.nodes()][n + 1];
        missAbove = new double[problem.nodes()][n + 1];
        for (int k = 0; k < problem.nodes(); k++) {
            for (int i = 0; i < n; i++) {
                double f = problem.success(sorted.get(i).item(), sorted.get(i).signal(), k);
                foldBelow[k][i + 1] = (1 - f) * foldBelow[k][i] + f * utilities[i];
            }
            missAbove[k][n] = 1;
            for (int i = n - 1; i >= 0; i--) {
                missAbove[k][i] = missAbove[k][i + 1]
                        * (1
                                - problem.success(
                                        sorted.get(i).item(), sorted.get(i).signal(), k));
            }
        }
    }

    @Override
    public double value() {
        double total = 0;
        int n = sorted.size();
        for (int k = 0; k < problem.nodes(); k++) {
            total += problem.weight(k) * foldBelow[k][n];
        }
        return total;
    }

    /** The value added by a pick not in the set. */
    @Override
    public double gain(Pick pick) {
        double t = utility(problem, pick);
        int p = upperBound(t);
        double total = 0;
        for (int k = 0; k < problem.nodes(); k++) {
            double f = problem.success(pick.item(), pick.signal(), k);
            total += problem.weight(k) * missAbove[k][p] * f * (t - foldBelow[k][p]);
        }
        return total;
    }

    /** The number of sorted picks with utility ≤ t. */
    private int upperBound(double t) {
        int lo = 0;
        int hi = utilities.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (utilities[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double utility(PortfolioProblem problem, Pick pick) {
        return problem.items().get(pick.item()).utility();
    }
}
