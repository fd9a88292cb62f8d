package org.smartpick.engine;

/**
 * What the official exports publish about a program (AAMC Residency Explorer, ERAS lists, NRMP Program Results),
 * each value null when not published. The chance model derives the program's competitiveness and openness from
 * them (docs/model.md).
 *
 * @param percentInterviewed   share of applicants interviewed, 0–100
 * @param residentsUsMd        share of residents who are US MD graduates, 0–100 (likewise the next three)
 * @param step1Low             lower end of the residents' average Step 1 range
 * @param researchAverage      research experiences of matched applicants, on average
 * @param aoaPercent           share of matched applicants in AOA, 0–100
 */
public record ProgramStats(Integer applications, Double percentInterviewed, Integer positionsOffered,
                           Integer positionsFilled, Double residentsUsMd, Double residentsUsDo, Double residentsUsImg,
                           Double residentsNonUsImg, Integer step1Low, Integer step1High, Double researchAverage,
                           Double publicationsAverage, Double aoaPercent, String erasStatus, String nrmpCode,
                           Integer nrmpQuota, Integer nrmpMatched) {
    public static final ProgramStats NONE = new ProgramStats(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null);

    public ProgramStats {
        for (Double share : new Double[] {percentInterviewed, residentsUsMd, residentsUsDo, residentsUsImg,
                residentsNonUsImg, aoaPercent}) {
            if (share != null && !(share >= 0 && share <= 100)) {
                throw new IllegalArgumentException("percentages lie in [0, 100], got " + share);
            }
        }
        if (step1Low != null && step1High != null && step1Low > step1High) {
            throw new IllegalArgumentException("step1Low must not exceed step1High");
        }
    }

    /** Applications per position offered in the Match, when both are known. */
    public java.util.OptionalDouble applicationsPerPosition() {
        if (applications == null || positionsOffered == null || positionsOffered == 0) {
            return java.util.OptionalDouble.empty();
        }
        return java.util.OptionalDouble.of((double) applications / positionsOffered);
    }

    /** The share (0–1) of residents who are international graduates, when known. */
    public java.util.OptionalDouble imgShare() {
        if (residentsUsImg == null || residentsNonUsImg == null) {
            return java.util.OptionalDouble.empty();
        }
        return java.util.OptionalDouble.of((residentsUsImg + residentsNonUsImg) / 100);
    }
}
