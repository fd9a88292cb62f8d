package org.smartpick.engine.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Signal;
import org.smartpick.engine.SignalAllotment;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.chance.InterviewRateModel;
import org.smartpick.engine.chance.ModelParameters;
import org.smartpick.engine.chance.ProgramFeatures;
import org.smartpick.engine.chance.SignalEffect;
import org.smartpick.engine.chance.TypicalApplicant;
import org.smartpick.engine.season.InterviewRates;
import org.smartpick.engine.season.MatchedProfile;
import org.smartpick.engine.season.Program;
import org.smartpick.engine.season.SeasonFacts;
import org.smartpick.engine.season.SpecialtyEvidence;
import org.smartpick.engine.season.SpecialtyFacts;

/**
 * Measures each specialty's home-state and signal shifts within programs (docs/model.md, "Model v2: home state and
 * signals"), which removes the programs' own level. Confounding, and how it is handled:
 * <ul>
 * <li>International graduates have no US school and sit in the out-of-state group, which makes the out-of-state
 *     rate far lower than a US graduate's out-of-state chance. So the home-state contrast is taken against the US MD
 *     rate, not the out-of-state one: MD = s·in + (1 − s)·out on the log-odds scale, with s the in-state share of
 *     a US graduate's applications ({@value #IN_STATE_SHARE}, the calibration's one application in four).</li>
 * <li>Applicants who signal are stronger than those who do not, and signal where they fit; {@value #SELECTION}
 *     of the signalled-versus-not contrast is attributed to that selection (a prior) and the rest to the signal.</li>
 * </ul>
 * A specialty whose files have no signal columns (Internal Medicine, Emergency Medicine in 2024) keeps the
 * published odds ratios of the parameter file. Shifts are relative to the type's average application and centred
 * on the probability scale over the specialty's programs: a US graduate's average is s in state, and {@code q} of
 * an applicant's applications carry a signal (the season's allotment over the typical applicant's number of
 * applications, at most one half).
 */
public final class SpecialtyEvidenceFit {
    public static final double IN_STATE_SHARE = 0.25;
    public static final double SELECTION = 0.2;
    static final int MIN_PROGRAMS = 5;
    static final double MAX_HOME = 3;
    static final double MIN_HOME_VARIANCE = 0.05;

    private final SeasonFacts season;
    private final ModelParameters parameters;

    public SpecialtyEvidenceFit(SeasonFacts season, ModelParameters parameters) {
        this.season = season;
        this.parameters = parameters;
    }

    Map<Specialty, SpecialtyEvidence> fit(List<Program> observed, List<Specialty> specialties) {
        Map<Specialty, SpecialtyEvidence> out = new EnumMap<>(Specialty.class);
        for (Specialty s : specialties) {
            List<Program> programs =
                    observed.stream().filter(p -> p.specialty() == s).toList();
            List<InterviewRates> rates =
                    programs.stream().map(p -> p.stats().interviewRates()).toList();
            out.put(s, of(s, rates, matched(programs)));
        }
        return out;
    }

    /** The mean of what the programs' matched applicants bring, figure by figure (null where none publishes it). */
    static MatchedProfile matched(List<Program> programs) {
        List<MatchedProfile> known = programs.stream()
                .map(p -> MatchedProfile.of(p.stats()))
                .flatMap(Optional::stream)
                .toList();
        if (known.isEmpty()) {
            return null;
        }
        return new MatchedProfile(
                mean(known, MatchedProfile::research),
                mean(known, MatchedProfile::publications),
                mean(known, MatchedProfile::aoaShare));
    }

    private static Double mean(List<MatchedProfile> xs, Function<MatchedProfile, Double> f) {
        OptionalDouble m = xs.stream()
                .map(f)
                .filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .average();
        return m.isPresent() ? Math.round(m.getAsDouble() * 100) / 100.0 : null;
    }

    SpecialtyEvidence of(Specialty specialty, List<InterviewRates> rates, MatchedProfile matched) {
        OptionalDouble home = medianContrast(rates, InterviewRates::inState, InterviewRates::usMd);
        double delta = Math.min(MAX_HOME, Math.max(0, home.orElse(0) / (1 - IN_STATE_SHARE)));
        Map<Signal, Double> gains = new EnumMap<>(Signal.class);
        List<String> measured = new ArrayList<>();
        for (Signal tier : List.of(Signal.GOLD, Signal.SILVER, Signal.PLAIN)) {
            OptionalDouble contrast = medianContrast(
                    rates,
                    r -> r.withSignal(tier).isPresent() ? r.withSignal(tier).getAsDouble() : null,
                    InterviewRates::noSignal);
            if (contrast.isPresent()) {
                gains.put(tier, (1 - SELECTION) * Math.max(0, contrast.getAsDouble()));
                measured.add(tier.name().toLowerCase(Locale.ROOT));
            }
        }
        Optional<SignalAllotment> allotment = season.specialty(specialty).flatMap(SpecialtyFacts::signalsIfKnown);
        SignalEffect published = parameters.signalEffect(specialty);
        allotment.ifPresent(a ->
                Signal.available(a).forEach(t -> gains.computeIfAbsent(t, k -> Math.log(published.oddsRatio(k)))));
        String source = String.format(
                Locale.ROOT,
                "AAMC program signaling data, %d programs: in-state" + " contrast %s; signals %s",
                rates.size(),
                home.isPresent() ? "measured" : "not measured",
                measured.isEmpty()
                        ? "from the published odds ratios (" + published.source() + ")"
                        : "measured (" + String.join(", ", measured) + "), less " + (int) (SELECTION * 100)
                                + "% for the selection of stronger applicants into signalling");
        List<Signal> offered = allotment.map(Signal::available).orElse(List.of());
        gains.keySet().retainAll(offered);
        Map<ApplicantType, Double> signalled = new EnumMap<>(ApplicantType.class);
        Map<Signal, Double> tiers = new EnumMap<>(Signal.class);
        allotment.filter(a -> a.total() > 0).ifPresent(a -> {
            for (ApplicantType type : ApplicantType.values()) {
                signalled.put(type, signalledShare(a, type));
            }
            offered.forEach(t -> tiers.put(
                    t,
                    (double) (t == Signal.GOLD ? a.gold() : t == Signal.SILVER ? a.silver() : a.plain()) / a.total()));
        });
        return new SpecialtyEvidence(
                specialty,
                rates.size(),
                delta,
                homeVariance(rates, delta),
                gains,
                IN_STATE_SHARE,
                signalled,
                tiers,
                matched,
                source);
    }

    /**
     * The variance of programs' own home-state contrasts around the specialty's, less the noise of their rates (at
     * least {@value #MIN_HOME_VARIANCE}).
     */
    static double homeVariance(List<InterviewRates> rates, double delta) {
        double s = IN_STATE_SHARE;
        double squares = 0;
        double noises = 0;
        int n = 0;
        for (InterviewRates r : rates) {
            if (r.inState() != null && r.usMd() != null) {
                double own = (ProgramFeatures.logit(Math.max(r.inState(), InterviewRateModel.ROUNDING / 2))
                                - ProgramFeatures.logit(Math.max(r.usMd(), InterviewRateModel.ROUNDING / 2)))
                        / (1 - s);
                squares += (own - delta) * (own - delta);
                double a = InterviewRateFit.APPLICATIONS_PER_RATE;
                noises += (InterviewRateModel.noise(r.inState(), a) + InterviewRateModel.noise(r.usMd(), a))
                        / ((1 - s) * (1 - s));
                n++;
            }
        }
        return n < MIN_PROGRAMS ? MIN_HOME_VARIANCE : Math.max(MIN_HOME_VARIANCE, (squares - noises) / n);
    }

    /** The share of an applicant's applications that carry a signal: the allotment over their applications. */
    public static double signalledShare(SignalAllotment allotment, ApplicantType type) {
        int applications = TypicalApplicant.of(type).applications().values().stream()
                .mapToInt(Integer::intValue)
                .sum();
        return allotment == null ? 0 : Math.min(0.5, (double) allotment.total() / applications);
    }

    /** The c for which Σ_j σ(y_j + c) equals the target sum (bisection; the sum rises with c). */
    static double centreOn(double[] y, double target) {
        if (y.length == 0) {
            return 0;
        }
        double lo = -10;
        double hi = 10;
        for (int i = 0; i < 60; i++) {
            double c = (lo + hi) / 2;
            double sum = 0;
            for (double yj : y) {
                sum += sigmoid(yj + c);
            }
            if (sum < target) {
                lo = c;
            } else {
                hi = c;
            }
        }
        return (lo + hi) / 2;
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** The median over programs of logit(a) − logit(b), when at least {@value #MIN_PROGRAMS} programs have both. */
    static OptionalDouble medianContrast(
            List<InterviewRates> rates, Function<InterviewRates, Double> a, Function<InterviewRates, Double> b) {
        double[] d = rates.stream()
                .filter(r -> a.apply(r) != null && b.apply(r) != null)
                .mapToDouble(r -> ProgramFeatures.logit(a.apply(r)) - ProgramFeatures.logit(b.apply(r)))
                .toArray();
        if (d.length < MIN_PROGRAMS) {
            return OptionalDouble.empty();
        }
        Arrays.sort(d);
        int m = d.length / 2;
        return OptionalDouble.of(d.length % 2 == 1 ? d[m] : (d[m - 1] + d[m]) / 2);
    }
}
