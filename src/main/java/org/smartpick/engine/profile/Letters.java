package org.smartpick.engine.profile;

import org.smartpick.engine.Invariants;

/** Letters of recommendation: their strength, and whether one comes from a physician in the target region. */
public record Letters(LetterStrength strength, boolean fromTargetRegion) {
    public Letters {
        Invariants.present("strength", strength);
    }

    public static Letters average() {
        return new Letters(LetterStrength.AVERAGE, false);
    }
}
