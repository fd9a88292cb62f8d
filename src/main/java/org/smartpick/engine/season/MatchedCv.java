package org.smartpick.engine.season;

/**
 * What a program's matched applicants brought, on average (AAMC Residency Explorer), null when not published.
 *
 * @param researchAverage     research experiences
 * @param publicationsAverage peer-reviewed publications
 * @param aoaPercent          the share in Alpha Omega Alpha, 0–100
 */
public record MatchedCv(Double researchAverage, Double publicationsAverage, Double aoaPercent) {
    public static final MatchedCv UNKNOWN = new MatchedCv(null, null, null);

    public MatchedCv {
        Percentages.check("aoaPercent", aoaPercent);
    }
}
