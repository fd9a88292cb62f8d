package org.smartpick.engine.portfolio;

import org.smartpick.engine.Invariants;

/**
 * One program the optimizer may choose: its id, the group whose fees and signals it shares (the specialty), its
 * utility to the applicant (1 when only the chance of matching counts) and its fee when fees are per program.
 */
public record PortfolioItem(String id, String group, double utility, int fee) {
    public PortfolioItem {
        Invariants.present("id", id);
        Invariants.present("group", group);
        if (!(utility > 0) || !Double.isFinite(utility)) {
            throw new IllegalArgumentException("utility must be a positive number, got " + utility);
        }
        Invariants.range("fee", fee, 0, 100_000);
    }
}
