package org.smartpick.engine.calibration;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Signal;
import org.smartpick.engine.SignalAllotment;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.chance.ApplicantChances;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.engine.chance.ProgramChance;
import org.smartpick.engine.chance.TypicalApplicant;
import org.smartpick.engine.profile.Applicant;
import org.smartpick.engine.profile.Experience;
import org.smartpick.engine.season.Candidate;
import org.smartpick.engine.season.MatchedProfile;
import org.smartpick.engine.season.SpecialtyFacts;

/**
 * A typical applicant's interview chances at one program, as the model gives them (docs/model.md, "Validation"):
 * the typical applicant of a type (docs/model.md §4) with the specialty's typical score for the type and CV, from a school
 * in the program's state or in another one, without a signal or with the specialty's strongest one; and the
 * chance of the type's average application, which mixes those as the fit assumes (one in four in state, and the
 * season's share of signalled applications), to compare with the type's published rate.
 */
public final class TypicalChances {
    /** The chances of one type at one program. */
    public record At(
            double outNone,
            double inNone,
            double outStrongest,
            double inStrongest,
            double average,
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

    /**
     * The chances of a typical applicant of the type whose CV is what the specialty's matched applicants bring on
     * average (model v2 counts a CV against that; §4's ordinary CV where it is unknown): AOA members and others
     * mixed in the specialty's AOA share.
     */
    public At at(Candidate candidate, ApplicantType type) {
        MatchedProfile m = candidate.baseline() == null || type.isImg()
                ? null
                : candidate.baseline().evidence().matched();
        if (m == null) {
            return at(candidate, type, null);
        }
        int research = (int) Math.round(m.research() == null ? 1 : m.research());
        int publications = (int) Math.round(m.publications() == null ? 1 : m.publications());
        double aoa = m.aoaShare() == null ? 0 : m.aoaShare();
        int honors = type.isImg() ? 0 : 1;
        At without = at(candidate, type, new Experience(research, publications, honors, false, false));
        if (aoa == 0) {
            return without;
        }
        return mix(without, at(candidate, type, new Experience(research, publications, honors, true, false)), aoa);
    }

    private static At mix(At a, At b, double w) {
        Map<Signal, Double> bySignal = new HashMap<>();
        a.outBySignal()
                .forEach((s, x) ->
                        bySignal.put(s, (1 - w) * x + w * b.outBySignal().getOrDefault(s, x)));
        return new At(
                (1 - w) * a.outNone() + w * b.outNone(),
                (1 - w) * a.inNone() + w * b.inNone(),
                (1 - w) * a.outStrongest() + w * b.outStrongest(),
                (1 - w) * a.inStrongest() + w * b.inStrongest(),
                (1 - w) * a.average() + w * b.average(),
                bySignal);
    }

    private At at(Candidate candidate, ApplicantType type, Experience cv) {
        Specialty specialty = candidate.program().specialty();
        UsState state = candidate.program().state();
        ProgramChance out = chances(type, specialty, state == UsState.OH ? UsState.TX : UsState.OH, cv)
                .assess(candidate);
        ProgramChance in =
                type.isImg() ? out : chances(type, specialty, state, cv).assess(candidate);
        Signal strongest = out.signals().contains(Signal.GOLD)
                ? Signal.GOLD
                : out.signals().contains(Signal.PLAIN) ? Signal.PLAIN : Signal.NONE;
        double s = type.isImg() ? 0 : SpecialtyEvidenceFit.IN_STATE_SHARE;
        double average = (1 - s) * mixed(out, specialty, type) + s * mixed(in, specialty, type);
        Map<Signal, Double> bySignal = new HashMap<>();
        bySignal.put(Signal.NONE, p(out, Signal.NONE));
        out.signals().forEach(t -> bySignal.put(t, p(out, t)));
        return new At(p(out, Signal.NONE), p(in, Signal.NONE), p(out, strongest), p(in, strongest), average, bySignal);
    }

    /** The chance of an application, averaged over the season's share of signalled ones. */
    private double mixed(ProgramChance c, Specialty specialty, ApplicantType type) {
        Optional<SignalAllotment> a = model.season().specialty(specialty).flatMap(SpecialtyFacts::signalsIfKnown);
        if (a.isEmpty() || a.get().total() == 0 || c.signals().isEmpty()) {
            return p(c, Signal.NONE);
        }
        SignalAllotment allotment = a.get();
        double q = SpecialtyEvidenceFit.signalledShare(allotment, type);
        double signalled = (allotment.gold() * p(c, Signal.GOLD)
                        + allotment.silver() * p(c, Signal.SILVER)
                        + allotment.plain() * p(c, Signal.PLAIN))
                / allotment.total();
        return (1 - q) * p(c, Signal.NONE) + q * signalled;
    }

    private static double p(ProgramChance c, Signal signal) {
        return c.outcome(signal).interview();
    }

    private ApplicantChances chances(ApplicantType type, Specialty specialty, UsState school, Experience cv) {
        return cache.computeIfAbsent(type + "/" + specialty + "/" + (type.isImg() ? "" : school) + "/" + cv, k -> {
            double median = model.matchedStep2(specialty);
            TypicalApplicant typical = TypicalApplicant.of(type);
            int score = (int) Math.round(typical.scoreIn(median));
            Applicant applicant = new Applicant(
                    cv == null
                            ? typical.profile(model.season().year(), score, school)
                            : typical.profile(model.season().year(), score, school, cv),
                    null);
            return model.forApplicant(applicant, specialty);
        });
    }
}
