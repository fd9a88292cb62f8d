package org.smartpick.engine.profile;

import java.util.OptionalInt;
import org.smartpick.engine.Invariants;

/** What the applicant will spend: a number of applications, dollars of ERAS fees, both, or neither (no limit). */
public record Budget(Integer applications, Integer dollars) {
    /** Nobody applies to more programs than this in one specialty; NRMP's largest specialty has about 700. */
    public static final int MAX_APPLICATIONS = 500;

    public static final int MAX_DOLLARS = 50_000;

    public Budget {
        if (applications != null) {
            Invariants.range("applications", applications, 1, MAX_APPLICATIONS);
        }
        if (dollars != null) {
            Invariants.range("dollars", dollars, 1, MAX_DOLLARS);
        }
    }

    public static Budget unlimited() {
        return new Budget(null, null);
    }

    public OptionalInt applicationLimit() {
        return applications == null ? OptionalInt.empty() : OptionalInt.of(applications);
    }

    public OptionalInt dollarLimit() {
        return dollars == null ? OptionalInt.empty() : OptionalInt.of(dollars);
    }
}
