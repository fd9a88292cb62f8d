package org.smartpick.engine.chance;

/**
 * What a set of applications is expected to bring: the chance of at least one match (averaged over the applicant's
 * unobserved strength) with its band (the chance if the applicant is at the 10th or the 90th percentile of that
 * strength, widened to contain the estimate), the expected number of interviews, and the chance an independence
 * assumption would give.
 */
public record ListOutlook(
        double pMatch,
        double pMatchLow,
        double pMatchHigh,
        double expectedInterviews,
        double pMatchIfIndependent,
        int applications) {
    public ListOutlook {
        if (!(pMatchLow <= pMatch + 1e-9 && pMatch <= pMatchHigh + 1e-9)) {
            throw new IllegalArgumentException("the band must contain the estimate");
        }
    }
}
