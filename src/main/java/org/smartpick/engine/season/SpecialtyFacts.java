package org.smartpick.engine.season;

import java.util.Map;
import java.util.Optional;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Figure;
import org.smartpick.engine.Invariants;
import org.smartpick.engine.SignalAllotment;
import org.smartpick.engine.Specialty;

/**
 * What is published about one specialty in a season. Figures that are not published are absent (or carry
 * {@link Figure.Evidence#PRIOR}); the chance model documents what it uses instead.
 *
 * @param step2Matched   Step 2 CK median (or mean) of matched US MD seniors
 * @param step2MatchedQ1 first quartile of the same, where published
 * @param step2MatchedQ3 third quartile of the same, where published
 * @param step2Unmatched Step 2 CK median of unmatched US MD seniors
 * @param matchRates     P(match) of applicants who preferred this specialty, by applicant type
 * @param signals        the season's program signals; absent where not known
 * @param service        the application service (ERAS when the season file names none)
 */
public record SpecialtyFacts(
        Specialty specialty,
        Figure programs,
        Figure positions,
        Figure applicants,
        Figure fillRate,
        Figure step2Matched,
        Figure step2MatchedQ1,
        Figure step2MatchedQ3,
        Figure step2Unmatched,
        Map<ApplicantType, Figure> matchRates,
        SignalAllotment signals,
        ApplicationService service) {
    public SpecialtyFacts {
        service = service == null ? ApplicationService.ERAS : service;
        Invariants.present("specialty", specialty);
        matchRates = matchRates == null ? Map.of() : Map.copyOf(matchRates);
        matchRates.values().forEach(f -> {
            if (f.value() < 0 || f.value() > 1) {
                throw new IllegalArgumentException("match rates are probabilities in [0, 1]");
            }
        });
    }

    public Optional<SignalAllotment> signalsIfKnown() {
        return Optional.ofNullable(signals);
    }

    public Optional<Figure> matchRate(ApplicantType type) {
        return Optional.ofNullable(matchRates.get(type));
    }
}
