package org.smartpick.engine.chance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartpick.engine.Applicant;
import org.smartpick.engine.ApplicantChances;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Candidate;
import org.smartpick.engine.ChanceModel;
import org.smartpick.engine.Figure;
import org.smartpick.engine.Parameter;
import org.smartpick.engine.ProgramChance;
import org.smartpick.engine.Signal;
import org.smartpick.engine.SignalAllotment;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.SpecialtyFacts;
import org.smartpick.engine.TypicalApplicant;
import org.smartpick.engine.UsState;

/**
 * A typical applicant's interview chances at one program, as the model gives them (docs/model.md, "Validation"):
 * the typical applicant of a type (docs/model.md §4) with the specialty's typical score for the type, from a school
 * in the program's state or in another one, without a signal or with the specialty's strongest one; and the
 * chance of the type's average application, which mixes those as the fit assumes (one in four in state, and the
 * season's share of signalled applications), to compare with the type's published rate.
 */
public final class TypicalChances {
    /** The chances of one type at one program. */
    public record At(double outNone, double inNone, double outStrongest, double inStrongest, double average,
                     Map<Signal, Double> outBySignal) {
        public At {
            outBySignal = Map.copyOf(outBySignal);
        }
    }

    private final ChanceModel model;
    private final Map<String, ApplicantChances> cache = new HashMap<>();

    public TypicalChances(ChanceModel model) {
        this.model = model;
    }

    public At at(Candidate candidate, ApplicantType type) {
        Specialty specialty = candidate.program().specialty();
        UsState state = candidate.program().state();
        ProgramChance out = chances(type, specialty, state == UsState.OH ? UsState.TX : UsState.OH).assess(candidate);
        ProgramChance in = type.isImg() ? out : chances(type, specialty, state).assess(candidate);
        Signal strongest = out.signals().contains(Signal.GOLD) ? Signal.GOLD
                : out.signals().contains(Signal.PLAIN) ? Signal.PLAIN : Signal.NONE;
        double s = type.isImg() ? 0 : SpecialtyEvidenceFit.IN_STATE_SHARE;
        double average = (1 - s) * mixed(out, specialty, type) + s * mixed(in, specialty, type);
        Map<Signal, Double> bySignal = new HashMap<>();
        bySignal.put(Signal.NONE, p(out, Signal.NONE));
        out.signals().forEach(t -> bySignal.put(t, p(out, t)));
        return new At(p(out, Signal.NONE), p(in, Signal.NONE), p(out, strongest), p(in, strongest), average,
                bySignal);
    }

    /** The chance of an application, averaged over the season's share of signalled ones. */
    private double mixed(ProgramChance c, Specialty specialty, ApplicantType type) {
        Optional<SignalAllotment> a = model.season().specialty(specialty).flatMap(SpecialtyFacts::signalsIfKnown);
        if (a.isEmpty() || a.get().total() == 0 || c.signals().isEmpty()) {
            return p(c, Signal.NONE);
        }
        SignalAllotment allotment = a.get();
        double q = SpecialtyEvidenceFit.signalledShare(allotment, type);
        double signalled = (allotment.gold() * p(c, Signal.GOLD) + allotment.silver() * p(c, Signal.SILVER)
                + allotment.plain() * p(c, Signal.PLAIN)) / allotment.total();
        return (1 - q) * p(c, Signal.NONE) + q * signalled;
    }

    private static double p(ProgramChance c, Signal signal) {
        return c.outcome(signal).interview();
    }

    private ApplicantChances chances(ApplicantType type, Specialty specialty, UsState school) {
        return cache.computeIfAbsent(type + "/" + specialty + "/" + (type.isImg() ? "" : school), k -> {
            double median = model.season().specialty(specialty).map(SpecialtyFacts::step2Matched)
                    .map(Figure::value).orElse(model.parameters().get(Parameter.STEP2_PRIOR_MEDIAN));
            TypicalApplicant typical = TypicalApplicant.of(type);
            int score = (int) Math.round(typical.scoreIn(median));
            Applicant applicant = new Applicant(typical.profile(model.season().year(), score, school), null);
            return model.forApplicant(applicant, specialty);
        });
    }

    /** The types in validation order. */
    public static List<ApplicantType> types() {
        return List.of(ApplicantType.values());
    }
}
