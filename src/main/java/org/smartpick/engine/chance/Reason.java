package org.smartpick.engine.chance;

import java.util.Set;
import org.smartpick.engine.Outcome;

/**
 * One factor of a program's chance said in words with a direction and a size: how many percentage points it moves
 * the chance of an interview (and of matching after one) at this program, from what the chance would be without
 * it. The program's starting level (its published rate, or the model's level for it) is the point the others move
 * from, so it has no size of its own.
 *
 * @param interviewPoints  percentage points the factor adds to P(interview) here (negative: takes away)
 * @param matchPoints      percentage points it adds to P(match | interview) here
 * @param text             the sentence and its effect, e.g. "…: lowers the interview chance here by about 9 points"
 */
public record Reason(
        String key,
        String sentence,
        double interview,
        double match,
        int interviewPoints,
        int matchPoints,
        String text) {
    /** The factor keys that are starting points rather than moves. */
    static final Set<String> LEVELS = Set.of("program-level", "excluded");

    static Reason of(Factor f, Outcome outcome, double scale) {
        int interview = points(outcome.interview(), f.interview() / scale);
        int match = points(outcome.matchGivenInterview(), f.match() / scale);
        return new Reason(f.key(), f.sentence(), f.interview(), f.match(), interview, match, text(f, interview, match));
    }

    /** Points a log-odds shift (on the marginal scale) adds to a probability p: p − σ(logit p − shift). */
    static int points(double p, double shift) {
        if (shift == 0 || p <= 0 || p >= 1) {
            return 0;
        }
        double without = 1 / (1 + Math.exp(-(Math.log(p / (1 - p)) - shift)));
        return (int) Math.round(100 * (p - without));
    }

    private static String text(Factor f, int interview, int match) {
        if (LEVELS.contains(f.key())) {
            return f.sentence();
        }
        String what = move("the interview chance", interview, f.interview());
        if (f.match() != 0) {
            what += (f.interview() != 0 ? "; " : "")
                    + move("the chance of matching after an interview", match, f.match());
        }
        return f.sentence() + ": " + what;
    }

    private static String move(String what, int points, double logOdds) {
        if (logOdds == 0) {
            return "";
        }
        String verb = logOdds > 0 ? "raises " : "lowers ";
        if (Math.abs(points) < 1) {
            return verb + what + " here by less than a point";
        }
        // concatenated, not formatted: each listed program's eleven reasons are written on every request
        return verb + what + " here by about " + Math.abs(points) + (Math.abs(points) == 1 ? " point" : " points");
    }
}
