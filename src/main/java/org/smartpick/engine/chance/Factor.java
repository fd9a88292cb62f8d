package org.smartpick.engine.chance;

import org.smartpick.engine.Invariants;

/**
 * One reason a probability is what it is: a short key, a sentence a person understands, and what it adds to the
 * log-odds of an interview and of matching after an interview.
 */
public record Factor(String key, String sentence, double interview, double match) {
    public Factor {
        Invariants.present("key", key);
        Invariants.present("sentence", sentence);
        if (!Double.isFinite(interview) || !Double.isFinite(match)) {
            throw new IllegalArgumentException("factor contributions must be finite");
        }
    }

    public static Factor interview(String key, String sentence, double logOdds) {
        return new Factor(key, sentence, logOdds, 0);
    }

    /** Its total weight, to rank factors by how much they matter. */
    public double weight() {
        return Math.abs(interview) + Math.abs(match);
    }
}
