package org.smartpick.profile;

import org.smartpick.engine.profile.ExamOutcome;
import org.smartpick.engine.profile.ExamScale;
import org.smartpick.engine.profile.Exams;
import org.smartpick.engine.profile.PassFailExam;
import org.smartpick.engine.profile.ScoredExam;

/** Reads the {@code exams} section: pass/fail exams by outcome, scored exams by score or {@code pending}. */
final class ExamsReader {
    private ExamsReader() {}

    static Exams read(JsonFields exams) {
        PassFailExam step1 =
                exams.object("step1", false).map(ExamsReader::passFail).orElse(null);
        ScoredExam step2 = exams.object("step2ck", false)
                .map(e -> scored(e, ExamScale.STEP2_CK))
                .orElse(null);
        ScoredExam step3 = exams.object("step3", false)
                .map(e -> scored(e, ExamScale.STEP3))
                .orElse(null);
        PassFailExam comlex1 =
                exams.object("comlex1", false).map(ExamsReader::passFail).orElse(null);
        ScoredExam comlex2 = exams.object("comlex2", false)
                .map(e -> scored(e, ExamScale.COMLEX2))
                .orElse(null);
        exams.rejectUnknown();
        return new Exams(step1, step2, step3, comlex1, comlex2);
    }

    /** {"outcome": "PASS" | "FAIL_THEN_PASS" | "PENDING", "attempts": n}; attempts default to the fewest possible. */
    private static PassFailExam passFail(JsonFields exam) {
        ExamOutcome outcome = exam.enumValue("outcome", true, ExamOutcome.class);
        Integer attempts = exam.integer("attempts", false, 0, PassFailExam.MAX_ATTEMPTS);
        exam.rejectUnknown();
        if (outcome == null) {
            return null;
        }
        int fewest = switch (outcome) {
            case PASS -> 1;
            case FAIL_THEN_PASS -> 2;
            case PENDING -> 0;
        };
        int n = attempts == null ? fewest : attempts;
        String rule = attemptsRule(outcome, n);
        if (rule != null) {
            exam.problem("attempts", rule);
            return null;
        }
        return new PassFailExam(outcome, n);
    }

    private static String attemptsRule(ExamOutcome outcome, int attempts) {
        return switch (outcome) {
            case PASS ->
                attempts == 1
                        ? null
                        : "a PASS is a first-attempt pass, so attempts must be 1; use FAIL_THEN_PASS after a failure";
            case FAIL_THEN_PASS -> attempts >= 2 ? null : "FAIL_THEN_PASS means at least 2 attempts";
            case PENDING ->
                attempts < PassFailExam.MAX_ATTEMPTS
                        ? null
                        : "a pending exam counts only its failed attempts so far, at most "
                                + (PassFailExam.MAX_ATTEMPTS - 1);
        };
    }

    /** {"score": n, "attempts": n} or {"pending": true, "attempts": failedSoFar}. */
    private static ScoredExam scored(JsonFields exam, ExamScale scale) {
        boolean pending = exam.bool("pending", false);
        Integer score = exam.integer("score", false, scale.min(), scale.max());
        Integer attempts = exam.integer("attempts", false, 0, PassFailExam.MAX_ATTEMPTS);
        boolean scoreGiven = exam.field("score", false).isPresent();
        exam.rejectUnknown();
        if (pending == scoreGiven) {
            exam.problem(null, "give either the " + scale.label() + " score or \"pending\": true");
            return null;
        }
        if (pending) {
            int failed = attempts == null ? 0 : attempts;
            if (failed >= PassFailExam.MAX_ATTEMPTS) {
                exam.problem(
                        "attempts",
                        "a pending exam counts only its failed attempts so far, at most "
                                + (PassFailExam.MAX_ATTEMPTS - 1));
                return null;
            }
            return new ScoredExam(scale, null, failed);
        }
        if (score == null) {
            return null;
        }
        int n = attempts == null ? 1 : attempts;
        if (n < 1) {
            exam.problem("attempts", "a passed exam took at least 1 attempt");
            return null;
        }
        return new ScoredExam(scale, score, n);
    }
}
