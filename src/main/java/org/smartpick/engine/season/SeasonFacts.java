package org.smartpick.engine.season;

import java.util.Map;
import java.util.Optional;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Figure;
import org.smartpick.engine.Invariants;
import org.smartpick.engine.Specialty;

/**
 * The reference data of one season: ERAS fees, the NRMP headline match rates by applicant type, and what is
 * published per specialty. Loaded from a resource file per season (docs/data.md); never constants in code.
 *
 * @param year  the year residency starts (the NRMP Match year)
 * @param costs NRMP registration and interview estimates; null when the season file gives none
 */
public record SeasonFacts(
        int year,
        FeeSchedule fees,
        Map<ApplicantType, Figure> matchRates,
        Figure applicants,
        Figure positions,
        Map<Specialty, SpecialtyFacts> specialties,
        SeasonCosts costs) {
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

    /** The application service of a specialty (ERAS unless the season says otherwise). */
    public ApplicationService service(Specialty specialty) {
        return specialty(specialty).map(SpecialtyFacts::service).orElse(ApplicationService.ERAS);
    }

    public Optional<SeasonCosts> costsIfKnown() {
        return Optional.ofNullable(costs);
    }

    public Optional<SpecialtyFacts> specialty(Specialty specialty) {
        return Optional.ofNullable(specialties.get(specialty));
    }
}
