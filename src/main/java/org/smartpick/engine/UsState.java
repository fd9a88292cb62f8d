package org.smartpick.engine;

import java.util.Optional;

/**
 * US states, the District of Columbia and Puerto Rico — the places NRMP programs are in — with their Census
 * division (US Census Bureau, "Census Regions and Divisions of the United States"). Puerto Rico belongs to no
 * division, so it cannot be matched by an ERAS geographic preference.
 */
public enum UsState {
    AL("Alabama", CensusDivision.EAST_SOUTH_CENTRAL),
    AK("Alaska", CensusDivision.PACIFIC),
    AZ("Arizona", CensusDivision.MOUNTAIN),
    AR("Arkansas", CensusDivision.WEST_SOUTH_CENTRAL),
    CA("California", CensusDivision.PACIFIC),
    CO("Colorado", CensusDivision.MOUNTAIN),
    CT("Connecticut", CensusDivision.NEW_ENGLAND),
    DE("Delaware", CensusDivision.SOUTH_ATLANTIC),
    DC("District of Columbia", CensusDivision.SOUTH_ATLANTIC),
    FL("Florida", CensusDivision.SOUTH_ATLANTIC),
    GA("Georgia", CensusDivision.SOUTH_ATLANTIC),
    HI("Hawaii", CensusDivision.PACIFIC),
    ID("Idaho", CensusDivision.MOUNTAIN),
    IL("Illinois", CensusDivision.EAST_NORTH_CENTRAL),
    IN("Indiana", CensusDivision.EAST_NORTH_CENTRAL),
    IA("Iowa", CensusDivision.WEST_NORTH_CENTRAL),
    KS("Kansas", CensusDivision.WEST_NORTH_CENTRAL),
    KY("Kentucky", CensusDivision.EAST_SOUTH_CENTRAL),
    LA("Louisiana", CensusDivision.WEST_SOUTH_CENTRAL),
    ME("Maine", CensusDivision.NEW_ENGLAND),
    MD("Maryland", CensusDivision.SOUTH_ATLANTIC),
    MA("Massachusetts", CensusDivision.NEW_ENGLAND),
    MI("Michigan", CensusDivision.EAST_NORTH_CENTRAL),
    MN("Minnesota", CensusDivision.WEST_NORTH_CENTRAL),
    MS("Mississippi", CensusDivision.EAST_SOUTH_CENTRAL),
    MO("Missouri", CensusDivision.WEST_NORTH_CENTRAL),
    MT("Montana", CensusDivision.MOUNTAIN),
    NE("Nebraska", CensusDivision.WEST_NORTH_CENTRAL),
    NV("Nevada", CensusDivision.MOUNTAIN),
    NH("New Hampshire", CensusDivision.NEW_ENGLAND),
    NJ("New Jersey", CensusDivision.MIDDLE_ATLANTIC),
    NM("New Mexico", CensusDivision.MOUNTAIN),
    NY("New York", CensusDivision.MIDDLE_ATLANTIC),
    NC("North Carolina", CensusDivision.SOUTH_ATLANTIC),
    ND("North Dakota", CensusDivision.WEST_NORTH_CENTRAL),
    OH("Ohio", CensusDivision.EAST_NORTH_CENTRAL),
    OK("Oklahoma", CensusDivision.WEST_SOUTH_CENTRAL),
    OR("Oregon", CensusDivision.PACIFIC),
    PA("Pennsylvania", CensusDivision.MIDDLE_ATLANTIC),
    RI("Rhode Island", CensusDivision.NEW_ENGLAND),
    SC("South Carolina", CensusDivision.SOUTH_ATLANTIC),
    SD("South Dakota", CensusDivision.WEST_NORTH_CENTRAL),
    TN("Tennessee", CensusDivision.EAST_SOUTH_CENTRAL),
    TX("Texas", CensusDivision.WEST_SOUTH_CENTRAL),
    UT("Utah", CensusDivision.MOUNTAIN),
    VT("Vermont", CensusDivision.NEW_ENGLAND),
    VA("Virginia", CensusDivision.SOUTH_ATLANTIC),
    WA("Washington", CensusDivision.PACIFIC),
    WV("West Virginia", CensusDivision.SOUTH_ATLANTIC),
    WI("Wisconsin", CensusDivision.EAST_NORTH_CENTRAL),
    WY("Wyoming", CensusDivision.MOUNTAIN),
    PR("Puerto Rico", null);

    private final String fullName;
    private final CensusDivision division;

    UsState(String fullName, CensusDivision division) {
        this.fullName = fullName;
        this.division = division;
    }

    public String fullName() {
        return fullName;
    }

    /** The Census division, empty for Puerto Rico. */
    public Optional<CensusDivision> division() {
        return Optional.ofNullable(division);
    }

    /** The state for a two-letter postal code (any case), if it is one. */
    public static Optional<UsState> fromCode(String code) {
        for (UsState state : values()) {
            if (state.name().equalsIgnoreCase(code.trim())) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
