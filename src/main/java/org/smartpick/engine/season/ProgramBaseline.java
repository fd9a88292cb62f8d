package org.smartpick.engine.season;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Invariants;

/**
 * Where a program's interview chances start for each applicant type (docs/model.md, "Model v2"): the interview
 * log-odds of the type's average application to the program, on the published (marginal) scale — from the program's
 * own published rate shrunk toward the program-level model where the catalog has one, else from the model alone —
 * with the shift to an application from another state without a signal, and the specialty's evidence on home
 * state and signals that the applicant's own situation moves it by.
 *
 * @param typeLogOdds   the average application's interview log-odds by applicant type
 * @param reference     the shift from it to an out-of-state application without a signal, by type
 * @param observed      the types whose figure rests on the program's own published rate
 * @param rates         the published rates (null when the program has none)
 * @param homeContrast  log-odds of an in-state over an out-of-state application here: the program's own where
 *                      it published an in-state rate (shrunk toward the specialty's), else the specialty's
 * @param matched       what the program's matched applicants bring (its own figures, else its specialty's; null
 *                      when neither is known)
 * @param evidence      the specialty's home-state and signal evidence
 */
public record ProgramBaseline(
        Map<ApplicantType, Double> typeLogOdds,
        Map<ApplicantType, Double> reference,
        Set<ApplicantType> observed,
        InterviewRates rates,
        double homeContrast,
        MatchedProfile matched,
        SpecialtyEvidence evidence) {
    public ProgramBaseline {
        typeLogOdds = Map.copyOf(typeLogOdds);
        reference = Map.copyOf(reference);
        observed = Set.copyOf(observed);
        Invariants.present("evidence", evidence);
        for (double x : typeLogOdds.values()) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("baseline log-odds must be finite");
            }
        }
    }

    /** The baseline for the type, when known. */
    public OptionalDouble of(ApplicantType type) {
        Double x = typeLogOdds.get(type);
        return x == null ? OptionalDouble.empty() : OptionalDouble.of(x);
    }

    /** The shift to an out-of-state application without a signal (0 when unknown). */
    public double reference(ApplicantType type) {
        return reference.getOrDefault(type, 0.0);
    }
}
