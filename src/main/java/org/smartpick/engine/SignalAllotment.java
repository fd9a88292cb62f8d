package org.smartpick.engine;

/**
 * The program signals a specialty gives each applicant in a season: either one tier ({@code plain}) or two tiers
 * (gold and silver). Counts change every season and are data, never code.
 */
public record SignalAllotment(int gold, int silver, int plain, String source) {
    public SignalAllotment {
        Invariants.range("gold", gold, 0, 100);
        Invariants.range("silver", silver, 0, 100);
        Invariants.range("plain", plain, 0, 100);
        if (plain > 0 && gold + silver > 0) {
            throw new IllegalArgumentException("a specialty has either one tier of signals or gold and silver");
        }
        Invariants.present("source", source);
    }

    public boolean isTiered() {
        return gold + silver > 0;
    }

    public int total() {
        return gold + silver + plain;
    }
}
