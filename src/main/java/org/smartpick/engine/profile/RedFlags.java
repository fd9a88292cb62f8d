package org.smartpick.engine.profile;

import org.smartpick.engine.Invariants;

/**
 * What programs read as red flags. {@code examFailures} counts failed exam sittings of any exam; it can exceed
 * what the exams section shows (a failed exam not listed there) but never fall below it.
 */
public record RedFlags(int examFailures, boolean leaveOfAbsence, boolean professionalism, boolean priorUnmatched) {
    /** Five exams with up to five failed sittings each, plus sittings of exams not listed. */
    public static final int MAX_EXAM_FAILURES = 30;

    public RedFlags {
        Invariants.range("examFailures", examFailures, 0, MAX_EXAM_FAILURES);
    }

    public static RedFlags none() {
        return new RedFlags(0, false, false, false);
    }

    public boolean any() {
        return examFailures > 0 || leaveOfAbsence || professionalism || priorUnmatched;
    }
}
