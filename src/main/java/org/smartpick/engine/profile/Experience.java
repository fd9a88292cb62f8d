package org.smartpick.engine.profile;

import org.smartpick.engine.Invariants;

/**
 * Counts and honors from the CV. Bounds are generous ceilings that no real application exceeds: ERAS lists at
 * most a few dozen experiences, so a larger count is a typo.
 */
public record Experience(int research, int publications, int honors, boolean aoa, boolean ghhs) {
    public static final int MAX_RESEARCH = 50;
    public static final int MAX_PUBLICATIONS = 200;
    /** Core clerkships with an honors grade; schools grade about seven or eight core clerkships. */
    public static final int MAX_HONORS = 12;

    public Experience {
        Invariants.range("research", research, 0, MAX_RESEARCH);
        Invariants.range("publications", publications, 0, MAX_PUBLICATIONS);
        Invariants.range("honors", honors, 0, MAX_HONORS);
    }

    public static Experience none() {
        return new Experience(0, 0, 0, false, false);
    }
}
