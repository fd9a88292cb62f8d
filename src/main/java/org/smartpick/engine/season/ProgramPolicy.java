package org.smartpick.engine.season;

import java.util.Optional;
import org.smartpick.engine.Invariants;
import org.smartpick.engine.Visa;
import org.smartpick.engine.profile.ExamScale;

/**
 * What a program publishes about whom it takes. Every value may be unknown (null); unknown values never exclude
 * an applicant, known ones are hard filters of the chance model.
 *
 * @param sponsorsJ1              whether the program sponsors J-1 visas
 * @param sponsorsH1b             whether the program sponsors H-1B visas
 * @param maxYearsSinceGraduation the most years since graduation it accepts
 * @param minStep2ck              the lowest Step 2 CK it considers
 * @param firstAttemptOnly        whether it takes only applicants who passed every exam at the first attempt
 */
public record ProgramPolicy(
        Boolean sponsorsJ1,
        Boolean sponsorsH1b,
        Integer maxYearsSinceGraduation,
        Integer minStep2ck,
        Boolean firstAttemptOnly) {
    public static final ProgramPolicy UNKNOWN = new ProgramPolicy(null, null, null, null, null);

    public ProgramPolicy {
        if (maxYearsSinceGraduation != null) {
            Invariants.range("maxYearsSinceGraduation", maxYearsSinceGraduation, 0, 60);
        }
        if (minStep2ck != null) {
            Invariants.range("minStep2ck", minStep2ck, ExamScale.STEP2_CK.min(), ExamScale.STEP2_CK.max());
        }
    }

    /** Whether the program sponsors the visa, if known; every program "sponsors" no visa. */
    public Optional<Boolean> sponsors(Visa visa) {
        return switch (visa) {
            case NONE -> Optional.of(true);
            case J1 -> Optional.ofNullable(sponsorsJ1);
            case H1B -> Optional.ofNullable(sponsorsH1b);
        };
    }
}
