package org.smartpick.engine.season;

import java.util.OptionalDouble;

/**
 * Who a program's residents are (AAMC Residency Explorer): the share of each applicant type among them, 0–100, null
 * when not published.
 */
public record ResidentMix(Double usMd, Double usDo, Double usImg, Double nonUsImg) {
    public static final ResidentMix UNKNOWN = new ResidentMix(null, null, null, null);

    public ResidentMix {
        Percentages.check("residents", usMd, usDo, usImg, nonUsImg);
    }

    /** The share (0–1) of residents who are international graduates, when known. */
    public OptionalDouble imgShare() {
        if (usImg == null || nonUsImg == null) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((usImg + nonUsImg) / 100);
    }
}
