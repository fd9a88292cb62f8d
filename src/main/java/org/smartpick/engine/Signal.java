package org.smartpick.engine;

import java.util.List;

/** The signal an application carries: none, or one of the tiers a specialty uses. */
public enum Signal {
    NONE,
    GOLD,
    SILVER,
    PLAIN;

    /** The signals available in a specialty that uses the given allotment. */
    public static List<Signal> available(SignalAllotment allotment) {
        if (allotment == null || allotment.total() == 0) {
            return List.of();
        }
        return allotment.isTiered() ? List.of(GOLD, SILVER) : List.of(PLAIN);
    }
}
