package org.smartpick.engine.portfolio;

import java.util.ArrayList;
import java.util.List;
import org.smartpick.engine.Signal;

/**
 * Improves a selection by best-improvement moves until none helps: replace a pick by another option (another
 * program, or the same program with another signal), add an option when the limits leave room, or move a signal
 * from one pick to another. Used with the correlated model, where greedy is not exact.
 */
final class LocalSearch {
    private static final double IMPROVEMENT = 1e-12;
    private final int maxRounds;

    public LocalSearch(int maxRounds) {
        this.maxRounds = maxRounds;
    }

    public LocalSearch() {
        this(200);
    }

    public Selection improve(PortfolioProblem problem, List<Pick> start) {
        List<Pick> current = new ArrayList<>(start);
        double value = problem.value(current);
        for (int round = 0; round < maxRounds; round++) {
            // Signal moves are tried only when no replacement helps: they are the costlier neighbourhood.
            List<Pick> next = bestReplacement(problem, current, value);
            if (next == null) {
                next = bestSignalMove(problem, current, value);
            }
            if (next == null) {
                break;
            }
            current = next;
            value = problem.value(current);
        }
        return Selection.of(problem, current);
    }

    /** The best set reached by removing at most one pick and adding one option, if it beats {@code value}. */
    private List<Pick> bestReplacement(PortfolioProblem problem, List<Pick> current, double value) {
        Replacement search = new Replacement(problem, current, value + IMPROVEMENT);
        for (int r = -1; r < current.size(); r++) {
            search.tryRemoving(r);
        }
        return search.best;
    }

    /**
     * The replacements of one round, tried in order (removed pick, then option), the first best winning ties. With
     * one utility u a removal whose best possible replacement cannot win is skipped: without pick r the miss product
     * m at node k is the set's divided by (1 − f_rk), so an option adds at most Σ_k G_k / (1 − f_rk), with G_k the
     * largest u · w_k · m_k · f_ok over the options o that could come in (by group and signal, as the limits allow).
     */
    private static final class Replacement {
        private final PortfolioProblem problem;
        private final List<Pick> current;
        private final List<Pick> options;
        private final Spend spend;
        private final boolean[] taken;
        /** terms[group][signal][k]: the largest gain term at node k to the whole set of a free option. */
        private final double[][][] terms;

        private final SetView.MissState whole;
        private List<Pick> best;
        private double bestValue;

        Replacement(PortfolioProblem problem, List<Pick> current, double threshold) {
            this.problem = problem;
            this.current = current;
            this.options = problem.options();
            this.bestValue = threshold;
            spend = spendOf(problem, current);
            taken = new boolean[problem.items().size()];
            current.forEach(p -> taken[p.item()] = true);
            whole = Double.isNaN(problem.uniformUtility()) ? null : new SetView.MissState(problem, current);
            terms = new double[problem.groups().size()][Signal.values().length][problem.nodes()];
            if (whole != null) {
                options.stream().filter(o -> !taken[o.item()]).forEach(o -> raise(termsOf(o), o));
            }
        }

        private double[] termsOf(Pick option) {
            return terms[problem.groupOf(option.item())][option.signal().ordinal()];
        }

        private void raise(double[] into, Pick option) {
            for (int k = 0; k < into.length; k++) {
                into[k] = Math.max(into[k], whole.term(option, k));
            }
        }

        void tryRemoving(int r) {
            if (r < 0 && spend.full()) {
                return;
            }
            List<Pick> rest = new ArrayList<>(current);
            Pick out = r < 0 ? null : rest.remove(r);
            SetView state = SetView.of(problem, rest);
            double base = state.value();
            if (whole != null && base + bound(out) * (1 + 1e-9) + 1e-15 < bestValue) {
                return;
            }
            for (Pick in : options) {
                double candidate = base + state.gain(in);
                if (candidate > bestValue && free(in, out) && spend.canReplace(out, in)) {
                    bestValue = candidate;
                    best = new ArrayList<>(rest);
                    best.add(in);
                }
            }
        }

        /** At most what an option that may come in adds to the set without {@code out} (null: the whole set). */
        private double bound(Pick out) {
            double[] top = new double[problem.nodes()];
            for (int g = 0; g < terms.length; g++) {
                for (Signal s : Signal.values()) {
                    if (spend.signalRoom(out, g, s)) {
                        double[] t = terms[g][s.ordinal()];
                        for (int k = 0; k < top.length; k++) {
                            top[k] = Math.max(top[k], t[k]);
                        }
                    }
                }
            }
            if (out != null) {
                for (Signal s : Signal.values()) {
                    boolean other = s != out.signal() && problem.offers(out.item(), s);
                    if (other && spend.signalRoom(out, problem.groupOf(out.item()), s)) {
                        raise(top, new Pick(out.item(), s));
                    }
                }
            }
            double total = 0;
            for (int k = 0; k < top.length; k++) {
                double keep = out == null ? 1 : 1 - problem.success(out.item(), out.signal(), k);
                total += keep > 0 ? top[k] / keep : top[k] > 0 ? Double.POSITIVE_INFINITY : 0;
            }
            return total;
        }

        private boolean free(Pick in, Pick out) {
            return !taken[in.item()] || (out != null && out.item() == in.item());
        }
    }

    /**
     * The best set reached by taking the signal of one pick and giving it to another, if it beats {@code value}.
     * When every utility is equal the value is u · (1 − E[Π (1 − f)]), so a move changes two factors of the product
     * at each node: it is valued in O(nodes) from the set's miss products instead of as a new set.
     */
    private List<Pick> bestSignalMove(PortfolioProblem problem, List<Pick> current, double value) {
        SetView.MissState miss =
                Double.isNaN(problem.uniformUtility()) ? null : new SetView.MissState(problem, current);
        List<Pick> best = null;
        double bestValue = value + IMPROVEMENT;
        for (int a = 0; a < current.size(); a++) {
            Pick from = current.get(a);
            if (from.signal() == Signal.NONE) {
                continue;
            }
            for (int b = 0; b < current.size(); b++) {
                Pick to = current.get(b);
                if (to.signal() != Signal.NONE
                        || !problem.offers(to.item(), from.signal())
                        || !sameGroup(problem, from, to)) {
                    continue;
                }
                double v =
                        miss != null ? movedValue(problem, miss, current, a, b) : problem.value(moved(current, a, b));
                if (v > bestValue) {
                    bestValue = v;
                    best = moved(current, a, b);
                }
            }
        }
        return best;
    }

    /** The picks with pick a's signal given to pick b. */
    private static List<Pick> moved(List<Pick> current, int a, int b) {
        List<Pick> moved = new ArrayList<>(current);
        moved.set(a, new Pick(current.get(a).item(), Signal.NONE));
        moved.set(b, new Pick(current.get(b).item(), current.get(a).signal()));
        return moved;
    }

    /**
     * The value after moving {@code from}'s signal to {@code to}, from the set's miss products; a factor of zero (a
     * certain success) cannot be divided out, so that move is valued as a new set.
     */
    private static double movedValue(
            PortfolioProblem problem, SetView.MissState miss, List<Pick> current, int a, int b) {
        Pick from = current.get(a);
        Pick to = current.get(b);
        double total = 0;
        for (int k = 0; k < problem.nodes(); k++) {
            double fromWith = 1 - problem.success(from.item(), from.signal(), k);
            double toWithout = 1 - problem.success(to.item(), Signal.NONE, k);
            if (fromWith < 1e-12 || toWithout < 1e-12) {
                return problem.value(moved(current, a, b));
            }
            double m = miss.miss(k)
                    / fromWith
                    / toWithout
                    * (1 - problem.success(from.item(), Signal.NONE, k))
                    * (1 - problem.success(to.item(), from.signal(), k));
            total += problem.weight(k) * (1 - m);
        }
        return problem.uniformUtility() * total;
    }

    private static boolean sameGroup(PortfolioProblem problem, Pick a, Pick b) {
        return problem.groupOf(a.item()) == problem.groupOf(b.item());
    }

    private static Spend spendOf(PortfolioProblem problem, List<Pick> picks) {
        Spend spend = new Spend(problem);
        picks.forEach(spend::add);
        return spend;
    }
}
