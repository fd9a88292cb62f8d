package org.smartpick.engine;

import java.util.Map;
import java.util.Optional;

/**
 * The reference data of one season: ERAS fees, the NRMP headline match rates by applicant type, and what is
 * published per specialty. Loaded from a resource file per season (docs/data.md); never constants in code.
 *
 * @param year the year residency starts (the NRMP Match year)
 */
public record SeasonFacts(int year, FeeSchedule fees, Map<ApplicantType, Figure> matchRates, Figure applicants,
                          Figure positions, Map<Specialty, SpecialtyFacts> specialties) {
    public SeasonFacts {
        Invariants.range("year", year, 2000, 2100);
        Invariants.present("fees", fees);
        matchRates = Map.copyOf(matchRates);
        specialties = Map.copyOf(specialties);
        for (ApplicantType type : ApplicantType.values()) {
            if (!matchRates.containsKey(type)) {
                throw new IllegalArgumentException("matchRates must give every applicant type; missing " + type);
            }
        }
    }

    public Optional<SpecialtyFacts> specialty(Specialty specialty) {
        return Optional.ofNullable(specialties.get(specialty));
    }
}
