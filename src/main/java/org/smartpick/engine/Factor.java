package org.smartpick.engine;

import java.util.Locale;

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

    /** "sentence: +0.9" (interview) or "sentence: +0.9 interview, +0.3 match". */
    public String explain() {
        if (match == 0) {
            return sentence + ": " + signed(interview);
        }
        if (interview == 0) {
            return sentence + ": " + signed(match) + " after interview";
        }
        return sentence + ": " + signed(interview) + " interview, " + signed(match) + " after interview";
    }

    static String signed(double x) {
        String text = String.format(Locale.ROOT, "%.2f", Math.abs(x));
        return (x < 0 ? "−" : "+") + text;
    }
}
