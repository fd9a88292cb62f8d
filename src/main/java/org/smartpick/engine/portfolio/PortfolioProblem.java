package org.smartpick.engine.portfolio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smartpick.engine.Odds;
import org.smartpick.engine.Signal;
import org.smartpick.engine.chance.LatentStrength;

/**
 * A portfolio problem (Kapur & Hong's college application problem with signals and a latent factor): items, the
 * chance each would take the applicant — per signal and per node of the latent strength, with the nodes' weights
 * (one node of weight 1 when outcomes are independent) — and the limits. The value of a set is the expected
 * utility of its best success: at each node, fold the picks by ascending utility with v ← (1 − f) v + f t, then
 * average over the nodes.
 */
public final class PortfolioProblem {
    /** Signal.values() copies its array on every call; the hot paths index by this instead. */
    private static final int SIGNALS = Signal.values().length;

    private final List<PortfolioItem> items;
    /** success[(item · signals + signal) · nodes + node]: one row of nodes per option, the rows side by side. */
    private final double[] success;

    private final double[] weights;
    private final PortfolioLimits limits;
    /** Each item's group as an index into {@link #groups}: the optimizer's limits are counted per group. */
    private final int[] groupOf;

    private final List<String> groups;
    /**
     * The utility every item shares (the match objective: 1), or NaN. With one utility u the value of a set is
     * u · P(at least one success), which needs no sorting: the local search evaluates thousands of sets.
     */
    private final double uniformUtility;

    /**
     * @param success {@code success[item][signal.ordinal()][node]}, NaN where the signal is not available
     */
    public PortfolioProblem(List<PortfolioItem> items, double[][][] success, double[] weights, PortfolioLimits limits) {
        this(items, flatten(items, success, weights.length), weights.clone(), limits);
    }

    /** Over chances already laid out in rows (see {@link #row}), shared, not copied. */
    private PortfolioProblem(List<PortfolioItem> items, double[] success, double[] weights, PortfolioLimits limits) {
        this.items = List.copyOf(items);
        this.success = success;
        this.weights = weights;
        this.limits = limits;
        this.uniformUtility = uniformUtility(this.items);
        Map<String, Integer> index = new LinkedHashMap<>();
        this.groupOf = new int[this.items.size()];
        for (int j = 0; j < groupOf.length; j++) {
            groupOf[j] = index.computeIfAbsent(this.items.get(j).group(), g -> index.size());
        }
        this.groups = List.copyOf(index.keySet());
    }

    private static double[] flatten(List<PortfolioItem> items, double[][][] success, int nodes) {
        if (success.length != items.size()) {
            throw new IllegalArgumentException("one success table per item");
        }
        double[] flat = new double[success.length * SIGNALS * nodes];
        for (int j = 0; j < success.length; j++) {
            for (int s = 0; s < SIGNALS; s++) {
                if (success[j][s].length != nodes) {
                    throw new IllegalArgumentException("one chance per node for every item and signal");
                }
                System.arraycopy(success[j][s], 0, flat, (j * SIGNALS + s) * nodes, nodes);
            }
        }
        return flat;
    }

    /** Where the option's row of chances by node starts in {@link #chances()}. */
    int row(int item, Signal signal) {
        return (item * SIGNALS + signal.ordinal()) * weights.length;
    }

    /** Every option's chances by node, row after row (see {@link #row}); not to be changed. */
    double[] chances() {
        return success;
    }

    /** The index of item j's group in {@link #groups()}. */
    int groupOf(int item) {
        return groupOf[item];
    }

    /** The items' groups, each once, in order of first appearance. */
    List<String> groups() {
        return groups;
    }

    /** The utility every item shares, or NaN when they differ. */
    double uniformUtility() {
        return uniformUtility;
    }

    private static double uniformUtility(List<PortfolioItem> items) {
        if (items.isEmpty()) {
            return Double.NaN;
        }
        double u = items.get(0).utility();
        return items.stream().allMatch(i -> i.utility() == u) ? u : Double.NaN;
    }

    /** Independent outcomes: one node; {@code p.get(signal)[item]} is the chance with that signal (NaN = none). */
    public static PortfolioProblem independent(
            List<PortfolioItem> items, Map<Signal, double[]> p, PortfolioLimits limits) {
        double[][][] success = new double[items.size()][Signal.values().length][1];
        for (int j = 0; j < items.size(); j++) {
            for (Signal s : Signal.values()) {
                double[] values = p.get(s);
                success[j][s.ordinal()][0] = values == null ? Double.NaN : values[j];
            }
        }
        return new PortfolioProblem(items, success, new double[] {1}, limits);
    }

    /**
     * Correlated outcomes from marginal chances: each item's chance is a logistic function of a shared standard
     * normal factor with loading λ chosen so that two items' latent utilities correlate at {@code correlation}
     * (λ² / (λ² + π²/3) = ρ), and an intercept that keeps the item's marginal chance.
     */
    public static PortfolioProblem correlated(
            List<PortfolioItem> items,
            Map<Signal, double[]> p,
            double correlation,
            LatentStrength latent,
            PortfolioLimits limits) {
        if (!(correlation >= 0 && correlation < 1)) {
            throw new IllegalArgumentException("correlation must be in [0, 1), got " + correlation);
        }
        double loading = Math.sqrt(correlation / (1 - correlation) * Math.PI * Math.PI / 3);
        double[][][] success = new double[items.size()][Signal.values().length][latent.size()];
        for (int j = 0; j < items.size(); j++) {
            for (Signal s : Signal.values()) {
                double[] values = p.get(s);
                double marginal = values == null ? Double.NaN : values[j];
                double intercept = Double.isNaN(marginal) ? 0 : interceptFor(marginal, loading, latent);
                for (int k = 0; k < latent.size(); k++) {
                    success[j][s.ordinal()][k] = Double.isNaN(marginal)
                            ? Double.NaN
                            : marginal <= 0
                                    ? 0
                                    : marginal >= 1 ? 1 : Odds.probability(intercept + loading * latent.node(k));
                }
            }
        }
        double[] weights = new double[latent.size()];
        for (int k = 0; k < weights.length; k++) {
            weights[k] = latent.weight(k);
        }
        return new PortfolioProblem(items, success, weights, limits);
    }

    /** The intercept a with E_z[σ(a + λ z)] = p, by bisection. */
    private static double interceptFor(double p, double loading, LatentStrength latent) {
        double lo = -40;
        double hi = 40;
        for (int i = 0; i < 100; i++) {
            double mid = (lo + hi) / 2;
            double mean = latent.expectation(z -> Odds.probability(mid + loading * z));
            if (mean < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    /** The independent problem with the same marginal chances (one node), e.g. to seed a search exactly. */
    public PortfolioProblem marginal() {
        double[] mean = new double[items.size() * SIGNALS];
        for (int row = 0; row < mean.length; row++) {
            double total = 0;
            for (int k = 0; k < weights.length; k++) {
                total += weights[k] * success[row * weights.length + k];
            }
            mean[row] = total;
        }
        return new PortfolioProblem(items, mean, new double[] {1}, limits);
    }

    /** The problem on a subset of the items (in the given order); pick i of it is item {@code keep[i]} here. */
    public PortfolioProblem restricted(int[] keep) {
        List<PortfolioItem> subset = new ArrayList<>();
        int width = SIGNALS * weights.length;
        double[] chances = new double[keep.length * width];
        for (int i = 0; i < keep.length; i++) {
            subset.add(items.get(keep[i]));
            System.arraycopy(success, keep[i] * width, chances, i * width, width);
        }
        return new PortfolioProblem(subset, chances, weights, limits);
    }

    /** The same items and chances under other limits. */
    public PortfolioProblem withLimits(PortfolioLimits next) {
        return new PortfolioProblem(items, success, weights, next);
    }

    public List<PortfolioItem> items() {
        return items;
    }

    public PortfolioLimits limits() {
        return limits;
    }

    public int nodes() {
        return weights.length;
    }

    public double weight(int node) {
        return weights[node];
    }

    /** The chance item j takes the applicant at node k with signal s (NaN when the signal is not offered). */
    public double success(int item, Signal signal, int node) {
        return success[row(item, signal) + node];
    }

    public boolean offers(int item, Signal signal) {
        return !Double.isNaN(success[row(item, signal)]);
    }

    /** The expected utility of the best success of a set. */
    public double value(List<Pick> picks) {
        return Double.isNaN(uniformUtility) ? new SetState(this, picks).value() : uniformUtility * pMatch(picks);
    }

    /** P(at least one success) of a set (the value with every utility 1). */
    public double pMatch(List<Pick> picks) {
        double total = 0;
        for (int k = 0; k < weights.length; k++) {
            double miss = 1;
            for (Pick p : picks) {
                miss *= 1 - success(p.item(), p.signal(), k);
            }
            total += weights[k] * (1 - miss);
        }
        return total;
    }

    /** P(at least one success) of every prefix of the picks: element i is that of the first i + 1. */
    public double[] pMatchPrefixes(List<Pick> picks) {
        double[] miss = new double[weights.length];
        Arrays.fill(miss, 1);
        double[] out = new double[picks.size()];
        for (int i = 0; i < out.length; i++) {
            Pick p = picks.get(i);
            double total = 0;
            for (int k = 0; k < weights.length; k++) {
                miss[k] *= 1 - success(p.item(), p.signal(), k);
                total += weights[k] * (1 - miss[k]);
            }
            out[i] = total;
        }
        return out;
    }

    /** Every option (item, signal) the problem offers. */
    public List<Pick> options() {
        List<Pick> out = new ArrayList<>();
        for (int j = 0; j < items.size(); j++) {
            for (Signal s : Signal.values()) {
                if (offers(j, s)) {
                    out.add(new Pick(j, s));
                }
            }
        }
        return out;
    }
}
