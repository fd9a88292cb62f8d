package org.smartpick.engine.advice;

import java.util.List;
import org.smartpick.engine.Specialty;

/**
 * One specialty priced for this applicant in the same area: P(match) with the list the budget (or, for a PGY-1
 * year, the model's recommended number) buys, the applications and their fees, and the programs the area has.
 */
public record SpecialtyOption(
        Specialty specialty, double pMatch, int applications, int fees, int programs, List<String> programIds) {
    public SpecialtyOption {
        programIds = List.copyOf(programIds);
        if (!(pMatch >= 0 && pMatch <= 1)) {
            throw new IllegalArgumentException("pMatch must be in [0, 1], got " + pMatch);
        }
    }
}
