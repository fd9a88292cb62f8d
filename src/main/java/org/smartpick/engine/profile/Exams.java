package org.smartpick.engine.profile;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * The licensing exams an applicant has reported; any of them may be absent. Which combinations are possible for
 * an applicant type is a profile rule ({@link ProfileRules}), not an invariant of this value.
 */
public record Exams(
        PassFailExam step1, ScoredExam step2ck, ScoredExam step3, PassFailExam comlex1, ScoredExam comlex2) {
    public Exams {
        requireScale("step2ck", step2ck, ExamScale.STEP2_CK);
        requireScale("step3", step3, ExamScale.STEP3);
        requireScale("comlex2", comlex2, ExamScale.COMLEX2);
    }

    private static void requireScale(String field, ScoredExam exam, ExamScale scale) {
        if (exam != null && exam.scale() != scale) {
            throw new IllegalArgumentException(field + " must be on the " + scale.label() + " scale");
        }
    }

    public Optional<PassFailExam> step1IfTaken() {
        return Optional.ofNullable(step1);
    }

    public Optional<ScoredExam> step2ckIfTaken() {
        return Optional.ofNullable(step2ck);
    }

    /** Failed sittings across every reported exam. */
    public int failures() {
        return Stream.of(step1, comlex1)
                        .filter(e -> e != null)
                        .mapToInt(PassFailExam::failures)
                        .sum()
                + Stream.of(step2ck, step3, comlex2)
                        .filter(e -> e != null)
                        .mapToInt(ScoredExam::failures)
                        .sum();
    }

    /** Whether the applicant reported any USMLE exam. */
    public boolean hasUsmle() {
        return step1 != null || step2ck != null || step3 != null;
    }

    /** Whether the applicant reported any COMLEX-USA exam. */
    public boolean hasComlex() {
        return comlex1 != null || comlex2 != null;
    }
}
