package org.smartpick.engine.season;

import java.util.List;
import org.smartpick.engine.Invariants;
import org.smartpick.engine.profile.Budget;

/**
 * The ERAS fee schedule of a season: per-program prices in bands by the number of programs applied to, counted per
 * specialty. Example, 2026 season: $11 each for programs 1–30, $30 each from the 31st (AAMC ERAS fees).
 */
public record FeeSchedule(List<Band> bands, String source) {
    /** Programs {@code from}..{@code to} (inclusive, 1-based; {@code to} null = no upper end) cost {@code fee} each. */
    public record Band(int from, Integer to, int fee) {
        public Band {
            Invariants.range("from", from, 1, Integer.MAX_VALUE);
            if (to != null && to < from) {
                throw new IllegalArgumentException("to must not be below from");
            }
            Invariants.range("fee", fee, 0, 10_000);
        }
    }

    public FeeSchedule {
        bands = Invariants.list("bands", bands);
        int next = 1;
        for (Band band : bands) {
            if (band.from() != next) {
                throw new IllegalArgumentException("fee bands must start at 1 and follow each other without gaps");
            }
            next = band.to() == null ? -1 : band.to() + 1;
        }
        if (next != -1) {
            throw new IllegalArgumentException("the last fee band must have no upper end");
        }
    }

    /** The fee for the n-th program (1-based) of a specialty. */
    public int feeOf(int n) {
        Invariants.range("n", n, 1, Integer.MAX_VALUE);
        for (Band b : bands) {
            if (b.to() == null || n <= b.to()) {
                return b.fee();
            }
        }
        throw new IllegalStateException("the last fee band has no upper end");
    }

    /** The total fee for applying to n programs of one specialty. */
    public int cost(int n) {
        int total = 0;
        for (int i = 1; i <= n; i++) {
            total += feeOf(i);
        }
        return total;
    }

    /** The most programs of one specialty a budget in dollars pays for. */
    public int affordable(int dollars) {
        int n = 0;
        int spent = 0;
        while (spent + feeOf(n + 1) <= dollars && n < Budget.MAX_APPLICATIONS) {
            spent += feeOf(++n);
        }
        return n;
    }
}
