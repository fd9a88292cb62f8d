package org.smartpick.engine.season;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the AAMC Residency Explorer export publishes about a program, each value null when not published.
 *
 * @param applications       applications submitted to the program
 * @param percentInterviewed share of applicants interviewed, 0–100
 * @param positionsOffered   positions offered in the Main Match
 * @param positionsFilled    positions filled in the Main Match
 * @param step1              the range of the residents' average Step 1 scores
 * @param accreditation      the ACGME accreditation status ("Initial Accreditation" for new programs)
 */
public record ExplorerFigures(
        Integer applications,
        Double percentInterviewed,
        Integer positionsOffered,
        Integer positionsFilled,
        ResidentMix residents,
        ScoreRange step1,
        MatchedCv matched,
        String accreditation) {
    public static final ExplorerFigures NONE = new ExplorerFigures(
            null, null, null, null, ResidentMix.UNKNOWN, ScoreRange.UNKNOWN, MatchedCv.UNKNOWN, null);

    public ExplorerFigures {
        Percentages.check("percentInterviewed", percentInterviewed);
        residents = residents == null ? ResidentMix.UNKNOWN : residents;
        step1 = step1 == null ? ScoreRange.UNKNOWN : step1;
        matched = matched == null ? MatchedCv.UNKNOWN : matched;
    }

    /** Applications per position offered in the Match, when both are known. */
    public OptionalDouble applicationsPerPosition() {
        if (applications == null || positionsOffered == null || positionsOffered == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) applications / positionsOffered);
    }

    /** Whether the program holds initial accreditation (a new program), when the status is known. */
    public Optional<Boolean> isNew() {
        return accreditation == null
                ? Optional.empty()
                : Optional.of(accreditation.toLowerCase(Locale.ROOT).startsWith("initial"));
    }
}
