package org.smartpick.engine.profile;

import java.util.OptionalInt;
import org.smartpick.engine.Invariants;

/**
 * A scored exam: the passing score on its scale, or pending ({@code score} null), with the number of sittings
 * (including the passing one; for a pending exam, the failed sittings so far).
 */
public record ScoredExam(ExamScale scale, Integer score, int attempts) {
    public ScoredExam {
        Invariants.present("scale", scale);
        if (score != null) {
            Invariants.range("score", score, scale.min(), scale.max());
            Invariants.range("attempts", attempts, 1, PassFailExam.MAX_ATTEMPTS);
        } else {
            Invariants.range("attempts", attempts, 0, PassFailExam.MAX_ATTEMPTS - 1);
        }
    }

    public static ScoredExam passed(ExamScale scale, int score) {
        return new ScoredExam(scale, score, 1);
    }

    public static ScoredExam pending(ExamScale scale) {
        return new ScoredExam(scale, null, 0);
    }

    public boolean isPending() {
        return score == null;
    }

    public OptionalInt scoreIfKnown() {
        return score == null ? OptionalInt.empty() : OptionalInt.of(score);
    }

    /** Failed sittings before the pass (or so far, while pending). */
    public int failures() {
        return score == null ? attempts : attempts - 1;
    }
}
