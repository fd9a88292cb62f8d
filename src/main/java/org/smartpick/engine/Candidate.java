package org.smartpick.engine;

import java.util.Set;

/**
 * A program as the model sees it: the catalog's program, the named regions it lies in (resolved by the catalog's
 * geography), and its competitiveness on a standardised scale (0 = an average program of its specialty, about
 * ±1 for the extremes) when the catalog could derive one, else null (the model uses its setting).
 */
public record Candidate(Program program, Set<String> regions, Double competitiveness) {
    public Candidate {
        Invariants.present("program", program);
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        if (competitiveness != null && !(Math.abs(competitiveness) <= 5)) {
            throw new IllegalArgumentException("competitiveness must be between -5 and 5, got " + competitiveness);
        }
    }

    public static Candidate of(Program program) {
        return new Candidate(program, Set.of(), null);
    }
}
