package org.smartpick.match;

/**
 * A change to the rules of the season whose effect the simulator measures against the same market without it.
 *
 * @param applicationCap    the most programs anyone may apply to per specialty (0: no cap)
 * @param extraApplications programs everyone applies to beyond their usual number
 * @param extraSignals      program signals everyone gets beyond the specialty's allotment
 */
public record MarketPolicy(int applicationCap, int extraApplications, int extraSignals) {
    /** The season as it is. */
    public static final MarketPolicy NONE = new MarketPolicy(0, 0, 0);

    public MarketPolicy {
        if (applicationCap < 0 || applicationCap > 1000) {
            throw new IllegalArgumentException("application-cap must be between 0 (none) and 1000");
        }
        if (extraApplications < 0 || extraApplications > 1000) {
            throw new IllegalArgumentException("extra-applications must be between 0 and 1000");
        }
        if (extraSignals < 0 || extraSignals > 100) {
            throw new IllegalArgumentException("extra-signals must be between 0 and 100");
        }
    }

    public boolean isNone() {
        return equals(NONE);
    }

    /** How many applications someone who would send {@code usual} sends under this policy. */
    public int applications(int usual) {
        int wanted = usual + extraApplications;
        return applicationCap > 0 ? Math.min(applicationCap, wanted) : wanted;
    }

    /** "application-cap=30, extra-signals=5" — what the policy changes, or "none". */
    public String describe() {
        StringBuilder out = new StringBuilder();
        append(out, "application-cap", applicationCap);
        append(out, "extra-applications", extraApplications);
        append(out, "extra-signals", extraSignals);
        return out.length() == 0 ? "none" : out.toString();
    }

    private static void append(StringBuilder out, String name, int value) {
        if (value != 0) {
            out.append(out.length() == 0 ? "" : ", ").append(name).append('=').append(value);
        }
    }
}
