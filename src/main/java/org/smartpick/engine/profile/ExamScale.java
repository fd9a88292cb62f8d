package org.smartpick.engine.profile;

/**
 * The reporting scales of the scored exams. A profile records the score of the passing attempt, so the floor of
 * each range is the lowest passing score any recent cohort could have been reported with.
 */
public enum ExamScale {
    /** USMLE Step 2 CK: three-digit scale up to 300; passing 209 from 2018, 214 from 2022, 218 from July 2025
     * (USMLE score interpretation guidelines); older cohorts passed lower, hence the floor of 180. */
    STEP2_CK("Step 2 CK", 180, 300),
    /** USMLE Step 3: three-digit scale up to 300; passing 198 since 2020 (USMLE). */
    STEP3("Step 3", 180, 300),
    /** COMLEX-USA Level 2-CE: scale to 999, passing 400 (NBOME). */
    COMLEX2("COMLEX Level 2-CE", 400, 999);

    private final String label;
    private final int min;
    private final int max;

    ExamScale(String label, int min, int max) {
        this.label = label;
        this.min = min;
        this.max = max;
    }

    public String label() {
        return label;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }
}
