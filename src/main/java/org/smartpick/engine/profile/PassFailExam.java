package org.smartpick.engine.profile;

import org.smartpick.engine.Invariants;

/**
 * A pass/fail exam result. {@code attempts} counts every sitting including the passing one; for a pending exam it
 * counts the failed sittings so far.
 */
public record PassFailExam(ExamOutcome outcome, int attempts) {
    /** Most sittings any USMLE/COMLEX rule has allowed (USMLE allowed six before July 2021, four since). */
    public static final int MAX_ATTEMPTS = 6;

    public PassFailExam {
        Invariants.present("outcome", outcome);
        switch (outcome) {
            case PASS -> Invariants.range("attempts", attempts, 1, 1);
            case FAIL_THEN_PASS -> Invariants.range("attempts", attempts, 2, MAX_ATTEMPTS);
            case PENDING -> Invariants.range("attempts", attempts, 0, MAX_ATTEMPTS - 1);
        }
    }

    /** Failed sittings before the pass (or so far, while pending). */
    public int failures() {
        return outcome == ExamOutcome.PENDING ? attempts : attempts - 1;
    }
}
