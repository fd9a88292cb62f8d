package org.smartpick.engine.chance;

import java.util.Locale;
import java.util.Optional;
import org.smartpick.engine.Visa;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.season.Program;
import org.smartpick.engine.season.ProgramPolicy;

/** The rules that make a chance zero, each with its reason. The first that applies is reported. */
final class HardFilters {
    private HardFilters() {}

    static Optional<String> check(ApplicantStanding standing, Program program, int seasonYear) {
        Profile p = standing.applicant().profile();
        if (program.specialty() != standing.specialty()) {
            return Optional.of("the program is " + program.specialty().label() + ", not "
                    + standing.specialty().label());
        }
        if (p.visa() != Visa.NONE && program.sponsors(p.visa()).equals(Optional.of(false))) {
            return Optional.of("does not sponsor " + ProgramFactors.visaLabel(p.visa()) + " visas");
        }
        int years = p.yearsSinceGraduation(seasonYear);
        ProgramPolicy policy = program.policy();
        if (Boolean.TRUE.equals(policy.firstAttemptOnly()) && p.redFlags().examFailures() > 0) {
            return Optional.of("takes only applicants who passed every exam at the first attempt");
        }
        Integer limit = policy.maxYearsSinceGraduation();
        if (limit != null && years > limit) {
            return Optional.of(
                    "takes graduates of at most " + limit + " years; you graduated " + years + " years before");
        }
        Integer minimum = policy.minStep2ck();
        if (minimum != null && standing.score().isPresent() && standing.score().getAsDouble() < minimum) {
            return Optional.of(String.format(
                    Locale.ROOT,
                    "publishes a minimum Step 2 CK of %d; yours is %.0f",
                    minimum,
                    standing.score().getAsDouble()));
        }
        return Optional.empty();
    }
}
