package org.smartpick.engine;

import java.util.Locale;

/**
 * The nine US Census divisions, the units in which ERAS lets an applicant state a geographic preference
 * (at most three). Membership of each state is in {@link UsState}.
 */
public enum CensusDivision {
    NEW_ENGLAND("New England"),
    MIDDLE_ATLANTIC("Middle Atlantic"),
    EAST_NORTH_CENTRAL("East North Central"),
    WEST_NORTH_CENTRAL("West North Central"),
    SOUTH_ATLANTIC("South Atlantic"),
    EAST_SOUTH_CENTRAL("East South Central"),
    WEST_SOUTH_CENTRAL("West South Central"),
    MOUNTAIN("Mountain"),
    PACIFIC("Pacific");

    /** ERAS lets an applicant name at most three divisions (AAMC, ERAS geographic preferences, 2024 season on). */
    public static final int MAX_PREFERRED = 3;

    private final String label;

    CensusDivision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads a division by its constant name or its label, ignoring case, spaces and hyphens. */
    public static CensusDivision parse(String text) {
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return valueOf(key);
    }
}
