package org.smartpick.engine;

/** Conversions between probabilities and log-odds. */
public final class Odds {
    private Odds() {}

    /** The logistic function: log-odds to probability. */
    public static double probability(double logOdds) {
        if (logOdds >= 0) {
            return 1 / (1 + Math.exp(-logOdds));
        }
        double e = Math.exp(logOdds);
        return e / (1 + e);
    }

    /** Probability to log-odds; p is clamped to [1e-12, 1 − 1e-12]. */
    public static double logOdds(double p) {
        double q = Math.min(1 - 1e-12, Math.max(1e-12, p));
        return Math.log(q / (1 - q));
    }

    /** The odds ratio between two probabilities. */
    public static double ratio(double p1, double p0) {
        return Math.exp(logOdds(p1) - logOdds(p0));
    }
}
