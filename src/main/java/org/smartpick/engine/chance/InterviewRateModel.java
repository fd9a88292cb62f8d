package org.smartpick.engine.chance;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.season.InterviewRates;
import org.smartpick.engine.season.MatchedProfile;
import org.smartpick.engine.season.Program;
import org.smartpick.engine.season.ProgramBaseline;
import org.smartpick.engine.season.SpecialtyEvidence;

/**
 * Model v2's program side (docs/model.md, "Model v2"): a {@link TypeRateModel} per applicant type and the
 * specialties' home-state and signal evidence. A program of a specialty the data covers gets a
 * {@link ProgramBaseline}: its own published rate for a type, shrunk toward the prediction in proportion to how
 * noisy a rate of that size is, or the prediction alone.
 *
 * @param version               the coefficient file's version
 * @param types                 the program-level model by type
 * @param settingTypes          the same on setting and division alone, for programs without any statistics
 * @param applicationsPerRate   applications behind a published rate, for its sampling noise (a prior)
 */
public record InterviewRateModel(
        String version,
        Map<ApplicantType, TypeRateModel> types,
        Map<ApplicantType, TypeRateModel> settingTypes,
        Map<Specialty, SpecialtyEvidence> evidence,
        double applicationsPerRate) {
    /** Rates are published to two decimals: a reported 0.00 is anything below 0.005. */
    public static final double ROUNDING = 0.005;

    public InterviewRateModel {
        types = Map.copyOf(types);
        settingTypes = Map.copyOf(settingTypes);
        evidence = Map.copyOf(evidence);
        if (!(applicationsPerRate >= 1)) {
            throw new IllegalArgumentException("applicationsPerRate must be at least 1");
        }
    }

    /** Whether the model covers the specialty (it was in the data). */
    public boolean covers(Specialty specialty) {
        return evidence.containsKey(specialty)
                && !types.isEmpty()
                && types.values().stream().allMatch(t -> t.covers(specialty));
    }

    /** The program's baseline, using its own published rates when it has them. */
    public Optional<ProgramBaseline> baseline(Program program, double[] features) {
        if (!covers(program.specialty())) {
            return Optional.empty();
        }
        InterviewRates rates = program.stats().interviewRates();
        Map<ApplicantType, Double> logOdds = new EnumMap<>(ApplicantType.class);
        Map<ApplicantType, Double> reference = new EnumMap<>(ApplicantType.class);
        Set<ApplicantType> observed = EnumSet.noneOf(ApplicantType.class);
        SpecialtyEvidence e = evidence.get(program.specialty());
        double contrast = homeContrast(rates, e);
        boolean described = program.stats().hasAny();
        (described ? types : settingTypes).forEach((type, model) -> {
            double predicted =
                    model.predict(program.specialty(), described ? features : ProgramFeatures.settingOnly(features));
            if (rates != null && rates.of(type).isPresent()) {
                logOdds.put(type, shrink(rates.of(type).getAsDouble(), predicted, model.residualVariance()));
                observed.add(type);
            } else {
                logOdds.put(type, predicted);
            }
            reference.put(type, e.reference(type, logOdds.get(type), contrast));
        });
        MatchedProfile matched =
                MatchedProfile.of(program.stats()).map(m -> m.or(e.matched())).orElse(e.matched());
        return Optional.of(new ProgramBaseline(logOdds, reference, observed, rates, contrast, matched, e));
    }

    /**
     * The program's own home-state contrast, where it published an in-state and a US MD rate — (logit in-state −
     * logit US MD) / (1 − s), as the specialty's is measured — shrunk toward the specialty's by the noise of both.
     */
    double homeContrast(InterviewRates rates, SpecialtyEvidence e) {
        if (rates == null || rates.inState() == null || rates.usMd() == null) {
            return e.homeContrast();
        }
        double s = e.inStateShare();
        double own = (ProgramFeatures.logit(Math.max(rates.inState(), ROUNDING / 2))
                        - ProgramFeatures.logit(Math.max(rates.usMd(), ROUNDING / 2)))
                / (1 - s);
        double noise = (noise(rates.inState()) + noise(rates.usMd())) / ((1 - s) * (1 - s));
        double w = e.homeVariance() / (e.homeVariance() + noise);
        return Math.max(0, w * own + (1 - w) * e.homeContrast());
    }

    /** The precision-weighted mean of the published rate's log-odds and the prediction. */
    public double shrink(double rate, double predicted, double tau2) {
        double w = tau2 / (tau2 + noise(rate));
        return w * ProgramFeatures.logit(Math.max(rate, ROUNDING / 2)) + (1 - w) * predicted;
    }

    public double noise(double rate) {
        return noise(rate, applicationsPerRate);
    }

    /** Variance of a published rate's log-odds: its rounding and its sampling noise. */
    public static double noise(double rate, double applications) {
        double p = Math.min(1 - ROUNDING / 2, Math.max(ROUNDING / 2, rate));
        double v = p * (1 - p);
        return ROUNDING * ROUNDING / 3 / (v * v) + 1 / (applications * v);
    }
}
