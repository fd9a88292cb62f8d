package org.smartpick.engine.portfolio;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smartpick.engine.Invariants;
import org.smartpick.engine.Signal;
import org.smartpick.engine.season.FeeSchedule;

/**
 * What a portfolio may spend: at most {@code applications} programs, at most {@code dollars} of fees — a program's
 * fee is its own, or, for a group with a tiered schedule, the schedule's price of the n-th program of that group —
 * and at most the allotted signals of each kind per group. Null limits are no limit.
 */
public record PortfolioLimits(
        Integer applications,
        Integer dollars,
        Map<String, FeeSchedule> tieredFees,
        Map<String, Map<Signal, Integer>> signals) {
    public PortfolioLimits {
        if (applications != null) {
            Invariants.range("applications", applications, 0, 10_000);
        }
        if (dollars != null) {
            Invariants.range("dollars", dollars, 0, 10_000_000);
        }
        tieredFees = tieredFees == null ? Map.of() : Map.copyOf(tieredFees);
        Map<String, Map<Signal, Integer>> copy = new HashMap<>();
        if (signals != null) {
            signals.forEach((group, counts) -> copy.put(group, Map.copyOf(counts)));
        }
        signals = Map.copyOf(copy);
    }

    public static PortfolioLimits applications(int n) {
        return new PortfolioLimits(n, null, null, null);
    }

    /** How many signals of a kind a group may send (0 when none are allotted). */
    public int signals(String group, Signal kind) {
        return signals.getOrDefault(group, Map.of()).getOrDefault(kind, 0);
    }

    /** The cost of a selection. */
    public int cost(List<PortfolioItem> items, List<Pick> picks) {
        Map<String, Integer> counts = new HashMap<>();
        int total = 0;
        for (Pick pick : picks) {
            PortfolioItem item = items.get(pick.item());
            FeeSchedule tiered = tieredFees.get(item.group());
            if (tiered == null) {
                total += item.fee();
            } else {
                total += tiered.feeOf(counts.merge(item.group(), 1, Integer::sum));
            }
        }
        return total;
    }

    /** Whether a selection keeps within every limit. */
    public boolean allows(List<PortfolioItem> items, List<Pick> picks) {
        if (applications != null && picks.size() > applications) {
            return false;
        }
        if (dollars != null && cost(items, picks) > dollars) {
            return false;
        }
        Map<String, Map<Signal, Integer>> used = new HashMap<>();
        for (Pick pick : picks) {
            if (pick.signal() != Signal.NONE) {
                String group = items.get(pick.item()).group();
                int n = used.computeIfAbsent(group, g -> new EnumMap<>(Signal.class))
                        .merge(pick.signal(), 1, Integer::sum);
                if (n > signals(group, pick.signal())) {
                    return false;
                }
            }
        }
        return true;
    }
}
