package org.smartpick.engine.portfolio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.smartpick.engine.Signal;

/**
 * The exact optimum of an independent problem with one utility and one group, by successive longest augmenting
 * paths: with every utility u the value is u · (1 − Π (1 − f)), so the best set maximises Σ −ln(1 − f_j,s), an
 * assignment of programs to "kinds" (no signal, gold, silver, plain) under the kinds' signal limits and at most n
 * programs — a transportation problem with four sources. Each augmentation adds one program, possibly moving
 * others between kinds; n augmentations of O(passes · kinds · m) replace the dynamic program's O(m · n · Π(G + 1)).
 */
final class SignalAssignment {
    private static final Signal[] KINDS = Signal.values();
    /** Gains below this are no reason to take a program (as in the dynamic program). */
    private static final double MIN_GAIN = 1e-15;
    /** A chance of 1 is kept finite so that the logarithm is. */
    private static final double CERTAIN = 1 - 1e-16;

    private final PortfolioProblem problem;
    private final int m;
    /** gain[kind][j]: −ln(1 − f) of program j with that kind, NaN when not offered. */
    private final double[][] gain;
    /** room[kind]: how many more programs the kind may take. */
    private final int[] room;
    /** kindOf[j]: the program's kind, −1 when not taken. */
    private final int[] kindOf;

    private SignalAssignment(PortfolioProblem problem, int[] caps) {
        this.problem = problem;
        this.m = problem.items().size();
        gain = new double[KINDS.length][m];
        for (Signal s : KINDS) {
            for (int j = 0; j < m; j++) {
                gain[s.ordinal()][j] =
                        problem.offers(j, s) ? -Math.log1p(-Math.min(problem.success(j, s, 0), CERTAIN)) : Double.NaN;
            }
        }
        room = caps;
        kindOf = new int[m];
        Arrays.fill(kindOf, -1);
    }

    /**
     * The optimum, or null when the problem is not of this form (several nodes or groups, unequal utilities, a
     * dollar limit).
     */
    static Selection solve(PortfolioProblem problem) {
        PortfolioLimits limits = problem.limits();
        if (problem.nodes() != 1
                || Double.isNaN(problem.uniformUtility())
                || problem.groups().size() > 1
                || limits.dollars() != null) {
            return null;
        }
        int n = limits.applications() == null
                ? problem.items().size()
                : Math.min(limits.applications(), problem.items().size());
        int[] caps = new int[KINDS.length];
        String group = problem.groups().isEmpty() ? "" : problem.groups().get(0);
        for (Signal s : KINDS) {
            caps[s.ordinal()] = s == Signal.NONE ? n : limits.signals(group, s);
        }
        SignalAssignment a = new SignalAssignment(problem, caps);
        int added = 0;
        while (added < n && a.augment()) {
            added++; // each augmentation takes one more program
        }
        return Selection.of(problem, a.picks());
    }

    /** Finds the path that adds most and applies it; false when none adds anything. */
    private boolean augment() {
        Paths p = new Paths();
        p.relax();
        int end = -1;
        for (int j = 0; j < m; j++) {
            if (kindOf[j] < 0 && p.toItem[j] > MIN_GAIN && (end < 0 || p.toItem[j] > p.toItem[end])) {
                end = j;
            }
        }
        if (end < 0) {
            return false;
        }
        // Walk back: the program takes the kind it was reached from; the kind's previous holder moves on.
        int item = end;
        while (true) {
            int kind = p.viaKind[item];
            int previousKind = kindOf[item];
            kindOf[item] = kind;
            if (previousKind >= 0) {
                room[previousKind]++;
            }
            room[kind]--;
            int from = p.viaItem[kind];
            if (from < 0) {
                return true;
            }
            item = from;
        }
    }

    /** Longest paths from the source to every kind and program in the residual graph (Bellman–Ford). */
    private final class Paths {
        final double[] toKind = new double[KINDS.length];
        final double[] toItem = new double[m];
        /** viaItem[kind]: the taken program whose move frees the kind, −1 when reached from the source. */
        final int[] viaItem = new int[KINDS.length];

        final int[] viaKind = new int[m];

        void relax() {
            Arrays.fill(toItem, Double.NEGATIVE_INFINITY);
            for (int k = 0; k < KINDS.length; k++) {
                toKind[k] = room[k] > 0 ? 0 : Double.NEGATIVE_INFINITY;
                viaItem[k] = -1;
            }
            // A path visits each kind at most once; more passes than kinds mean a numerical cycle: stop there.
            for (int pass = 0; pass <= KINDS.length; pass++) {
                if (!relaxOnce()) {
                    return;
                }
            }
        }

        private boolean relaxOnce() {
            boolean changed = false;
            for (int k = 0; k < KINDS.length; k++) {
                if (toKind[k] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                double[] g = gain[k];
                for (int j = 0; j < m; j++) {
                    double v = toKind[k] + g[j];
                    if (kindOf[j] != k && !Double.isNaN(g[j]) && v > toItem[j] + MIN_GAIN) {
                        toItem[j] = v;
                        viaKind[j] = k;
                        changed = true;
                    }
                }
            }
            for (int j = 0; j < m; j++) {
                int held = kindOf[j];
                if (held >= 0 && toItem[j] != Double.NEGATIVE_INFINITY) {
                    double v = toItem[j] - gain[held][j];
                    if (v > toKind[held] + MIN_GAIN) {
                        toKind[held] = v;
                        viaItem[held] = j;
                        changed = true;
                    }
                }
            }
            return changed;
        }
    }

    private List<Pick> picks() {
        List<Pick> picks = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            if (kindOf[j] >= 0) {
                picks.add(new Pick(j, KINDS[kindOf[j]]));
            }
        }
        return picks;
    }
}
