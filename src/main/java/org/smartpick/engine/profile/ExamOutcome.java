package org.smartpick.engine.profile;

/** The outcome of a pass/fail licensing exam (USMLE Step 1 since 2022, COMLEX Level 1 since 2022). */
public enum ExamOutcome {
    /** Passed at the first attempt. */
    PASS,
    /** Passed after one or more failed attempts — the signal programs still see. */
    FAIL_THEN_PASS,
    /** Not passed yet (not taken, or retake pending). */
    PENDING
}
