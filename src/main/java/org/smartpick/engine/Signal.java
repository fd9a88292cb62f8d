package org.smartpick.engine;

/** The signal an application carries: none, or one of the tiers a specialty uses. */
public enum Signal {
    NONE, GOLD, SILVER, PLAIN;

    /** The signals available in a specialty that uses the given allotment. */
    public static java.util.List<Signal> available(SignalAllotment allotment) {
        if (allotment == null || allotment.total() == 0) {
            return java.util.List.of();
        }
        return allotment.isTiered() ? java.util.List.of(GOLD, SILVER) : java.util.List.of(PLAIN);
    }
}
