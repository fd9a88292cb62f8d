package org.smartpick.engine;

/**
 * The model's probabilities at one program for one kind of application, each averaged over the applicant's
 * unobserved strength: an interview, a match after an interview, and a match from applying (success).
 */
public record Outcome(double interview, double matchGivenInterview, double success) {
    public static final Outcome ZERO = new Outcome(0, 0, 0);

    public Outcome {
        for (double p : new double[] {interview, matchGivenInterview, success}) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("probabilities lie in [0, 1], got " + p);
            }
        }
    }
}
