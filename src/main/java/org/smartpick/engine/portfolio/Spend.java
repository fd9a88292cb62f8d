package org.smartpick.engine.portfolio;

import org.smartpick.engine.Signal;
import org.smartpick.engine.season.FeeSchedule;

/**
 * What a selection has used of its limits, kept up to date as picks are added and removed. Counted in arrays by
 * the problem's group index: greedy and local search ask it about every option at every step.
 */
final class Spend {
    private final PortfolioProblem problem;
    private final PortfolioLimits limits;
    private final FeeSchedule[] tiered;
    /** allowed[g][s]: the signals of kind s group g may send. */
    private final int[][] allowed;

    private final int[] groupCounts;
    private final int[][] signals;
    private int count;
    private int dollars;

    Spend(PortfolioProblem problem) {
        this.problem = problem;
        this.limits = problem.limits();
        int groups = problem.groups().size();
        tiered = new FeeSchedule[groups];
        allowed = new int[groups][Signal.values().length];
        for (int g = 0; g < groups; g++) {
            String name = problem.groups().get(g);
            tiered[g] = limits.tieredFees().get(name);
            for (Signal s : Signal.values()) {
                allowed[g][s.ordinal()] = limits.signals(name, s);
            }
        }
        groupCounts = new int[groups];
        signals = new int[groups][Signal.values().length];
    }

    boolean canAdd(Pick pick) {
        return canReplace(null, pick);
    }

    /** Whether removing {@code out} (may be null) and adding {@code in} keeps within the limits. */
    boolean canReplace(Pick out, Pick in) {
        int n = count + (out == null ? 0 : -1) + 1;
        if (limits.applications() != null && n > limits.applications()) {
            return false;
        }
        if (limits.dollars() != null) {
            int cost = dollars - (out == null ? 0 : lastFee(out)) + nextFee(in, out);
            if (cost > limits.dollars()) {
                return false;
            }
        }
        return signalRoom(out, problem.groupOf(in.item()), in.signal());
    }

    /**
     * Whether, after removing {@code out} (may be null), group g may send one more signal of this kind (always for
     * no signal): the signal limits alone, as one test for every option of the group and kind.
     */
    boolean signalRoom(Pick out, int group, Signal kind) {
        if (kind == Signal.NONE) {
            return true;
        }
        int used = signals[group][kind.ordinal()];
        if (out != null && out.signal() == kind && problem.groupOf(out.item()) == group) {
            used--;
        }
        return used + 1 <= allowed[group][kind.ordinal()];
    }

    /** Whether the application limit is reached: no option can be added. */
    boolean full() {
        return limits.applications() != null && count >= limits.applications();
    }

    void add(Pick pick) {
        dollars += nextFee(pick, null);
        count++;
        int group = problem.groupOf(pick.item());
        groupCounts[group]++;
        signals[group][pick.signal().ordinal()]++;
    }

    void remove(Pick pick) {
        dollars -= lastFee(pick);
        count--;
        int group = problem.groupOf(pick.item());
        groupCounts[group]--;
        signals[group][pick.signal().ordinal()]--;
    }

    int dollars() {
        return dollars;
    }

    /** The fee of adding a pick (after removing {@code out}, which may be null). */
    private int nextFee(Pick pick, Pick out) {
        int group = problem.groupOf(pick.item());
        if (tiered[group] == null) {
            return problem.items().get(pick.item()).fee();
        }
        int n = groupCounts[group];
        if (out != null && problem.groupOf(out.item()) == group) {
            n--;
        }
        return tiered[group].feeOf(n + 1);
    }

    /** The fee saved by removing a pick: its own fee, or the price of the group's last program when tiered. */
    private int lastFee(Pick pick) {
        int group = problem.groupOf(pick.item());
        return tiered[group] == null ? problem.items().get(pick.item()).fee() : tiered[group].feeOf(groupCounts[group]);
    }
}
