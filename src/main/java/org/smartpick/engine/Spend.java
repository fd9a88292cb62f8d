package org.smartpick.engine;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** What a selection has used of its limits, kept up to date as picks are added and removed. */
final class Spend {
    private final PortfolioProblem problem;
    private final PortfolioLimits limits;
    private final Map<String, Integer> groupCounts = new HashMap<>();
    private final Map<String, Map<Signal, Integer>> signals = new HashMap<>();
    private int count;
    private int dollars;

    Spend(PortfolioProblem problem) {
        this.problem = problem;
        this.limits = problem.limits();
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
        if (in.signal() == Signal.NONE) {
            return true;
        }
        String group = group(in);
        int used = signalsUsed(group, in.signal());
        if (out != null && out.signal() == in.signal() && group(out).equals(group)) {
            used--;
        }
        return used + 1 <= limits.signals(group, in.signal());
    }

    void add(Pick pick) {
        dollars += nextFee(pick, null);
        count++;
        groupCounts.merge(group(pick), 1, Integer::sum);
        if (pick.signal() != Signal.NONE) {
            signals.computeIfAbsent(group(pick), g -> new EnumMap<>(Signal.class)).merge(pick.signal(), 1, Integer::sum);
        }
    }

    void remove(Pick pick) {
        dollars -= lastFee(pick);
        count--;
        groupCounts.merge(group(pick), -1, Integer::sum);
        if (pick.signal() != Signal.NONE) {
            signals.get(group(pick)).merge(pick.signal(), -1, Integer::sum);
        }
    }

    int dollars() {
        return dollars;
    }

    /** The fee of adding a pick (after removing {@code out}, which may be null). */
    private int nextFee(Pick pick, Pick out) {
        PortfolioItem item = problem.items().get(pick.item());
        FeeSchedule tiered = limits.tieredFees().get(item.group());
        if (tiered == null) {
            return item.fee();
        }
        int n = groupCounts.getOrDefault(item.group(), 0);
        if (out != null && group(out).equals(item.group())) {
            n--;
        }
        return tiered.feeOf(n + 1);
    }

    /** The fee saved by removing a pick: its own fee, or the price of the group's last program when tiered. */
    private int lastFee(Pick pick) {
        PortfolioItem item = problem.items().get(pick.item());
        FeeSchedule tiered = limits.tieredFees().get(item.group());
        return tiered == null ? item.fee() : tiered.feeOf(groupCounts.get(item.group()));
    }

    private int signalsUsed(String group, Signal kind) {
        return signals.getOrDefault(group, Map.of()).getOrDefault(kind, 0);
    }

    private String group(Pick pick) {
        return problem.items().get(pick.item()).group();
    }
}
