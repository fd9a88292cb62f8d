package org.smartpick.engine;

/**
 * A published figure (or a documented prior standing in for one) with where it comes from.
 *
 * @param evidence how far to trust it: PRIMARY (NRMP, AAMC, a journal), SECONDARY (quoted by a third party),
 *                 COMPUTED (from published figures), FITTED (estimated by the model fit on published targets) or
 *                 PRIOR (no published figure; an assumption, documented)
 */
public record Figure(double value, Evidence evidence, String source) {
    public enum Evidence {
        PRIMARY,
        SECONDARY,
        COMPUTED,
        FITTED,
        PRIOR
    }

    public Figure {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be a finite number");
        }
        Invariants.present("evidence", evidence);
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("every figure needs its source");
        }
    }

    public boolean published() {
        return evidence != Evidence.PRIOR;
    }
}
