package org.smartpick.engine.season;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

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
 * @param accreditation        the ACGME accreditation status as published ("Initial Accreditation" for new programs)
 * @param interviewRates       the program's published interview rates by applicant group, null when not known
 */
public record ProgramStats(
        Integer applications,
        Double percentInterviewed,
        Integer positionsOffered,
        Integer positionsFilled,
        Double residentsUsMd,
        Double residentsUsDo,
        Double residentsUsImg,
        Double residentsNonUsImg,
        Integer step1Low,
        Integer step1High,
        Double researchAverage,
        Double publicationsAverage,
        Double aoaPercent,
        String erasStatus,
        String nrmpCode,
        Integer nrmpQuota,
        Integer nrmpMatched,
        String accreditation,
        InterviewRates interviewRates) {
    public static final ProgramStats NONE = new ProgramStats(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null);

    /** The statistics of the Residency Explorer export and the lists, before accreditation and interview rates. */
    public ProgramStats(
            Integer applications,
            Double percentInterviewed,
            Integer positionsOffered,
            Integer positionsFilled,
            Double residentsUsMd,
            Double residentsUsDo,
            Double residentsUsImg,
            Double residentsNonUsImg,
            Integer step1Low,
            Integer step1High,
            Double researchAverage,
            Double publicationsAverage,
            Double aoaPercent,
            String erasStatus,
            String nrmpCode,
            Integer nrmpQuota,
            Integer nrmpMatched) {
        this(
                applications,
                percentInterviewed,
                positionsOffered,
                positionsFilled,
                residentsUsMd,
                residentsUsDo,
                residentsUsImg,
                residentsNonUsImg,
                step1Low,
                step1High,
                researchAverage,
                publicationsAverage,
                aoaPercent,
                erasStatus,
                nrmpCode,
                nrmpQuota,
                nrmpMatched,
                null,
                null);
    }

    /** The same statistics with the ERAS status of the participating-program list. */
    public ProgramStats withErasStatus(String status) {
        return new ProgramStats(
                applications,
                percentInterviewed,
                positionsOffered,
                positionsFilled,
                residentsUsMd,
                residentsUsDo,
                residentsUsImg,
                residentsNonUsImg,
                step1Low,
                step1High,
                researchAverage,
                publicationsAverage,
                aoaPercent,
                status,
                nrmpCode,
                nrmpQuota,
                nrmpMatched,
                accreditation,
                interviewRates);
    }

    /** The same statistics with the NRMP Program Results joined. */
    public ProgramStats withNrmp(String codes, Integer quota, Integer matched) {
        return new ProgramStats(
                applications,
                percentInterviewed,
                positionsOffered,
                positionsFilled,
                residentsUsMd,
                residentsUsDo,
                residentsUsImg,
                residentsNonUsImg,
                step1Low,
                step1High,
                researchAverage,
                publicationsAverage,
                aoaPercent,
                erasStatus,
                codes,
                quota,
                matched,
                accreditation,
                interviewRates);
    }

    /** The same statistics with the program's published interview rates. */
    public ProgramStats withInterviewRates(InterviewRates rates) {
        return new ProgramStats(
                applications,
                percentInterviewed,
                positionsOffered,
                positionsFilled,
                residentsUsMd,
                residentsUsDo,
                residentsUsImg,
                residentsNonUsImg,
                step1Low,
                step1High,
                researchAverage,
                publicationsAverage,
                aoaPercent,
                erasStatus,
                nrmpCode,
                nrmpQuota,
                nrmpMatched,
                accreditation,
                rates);
    }

    /** Whether any statistic of the exports is known (false for hand-written rows). */
    public boolean hasAny() {
        return !equals(NONE);
    }

    /** Whether the program holds initial accreditation (a new program), when the status is known. */
    public Optional<Boolean> isNew() {
        return accreditation == null
                ? Optional.empty()
                : Optional.of(accreditation.toLowerCase(Locale.ROOT).startsWith("initial"));
    }

    public ProgramStats {
        for (Double share : new Double[] {
            percentInterviewed, residentsUsMd, residentsUsDo, residentsUsImg, residentsNonUsImg, aoaPercent
        }) {
            if (share != null && !(share >= 0 && share <= 100)) {
                throw new IllegalArgumentException("percentages lie in [0, 100], got " + share);
            }
        }
        if (step1Low != null && step1High != null && step1Low > step1High) {
            throw new IllegalArgumentException("step1Low must not exceed step1High");
        }
    }

    /** Applications per position offered in the Match, when both are known. */
    public OptionalDouble applicationsPerPosition() {
        if (applications == null || positionsOffered == null || positionsOffered == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) applications / positionsOffered);
    }

    /** The share (0–1) of residents who are international graduates, when known. */
    public OptionalDouble imgShare() {
        if (residentsUsImg == null || residentsNonUsImg == null) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((residentsUsImg + residentsNonUsImg) / 100);
    }
}
