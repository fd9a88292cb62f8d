package org.smartpick.engine.season;

import java.util.Map;
import java.util.OptionalDouble;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Invariants;
import org.smartpick.engine.Signal;
import org.smartpick.engine.Specialty;

/**
 * What a specialty's published interview rates say about home state and signals (docs/model.md, "Model v2"), on
 * the published (marginal) log-odds scale, measured within programs: how much more an application from a school in
 * the program's state is interviewed than one from another state, and what each signal tier adds to an application
 * without one. With them, the shares that make up an applicant type's average application: the in-state share of a
 * US graduate's applications, and the signalled share of each type's (spread over the tiers as the season's
 * allotment is).
 *
 * @param programs        how many programs the figures were measured on
 * @param homeContrast    log-odds of an in-state over an out-of-state application (US graduates), the median
 *                        program's
 * @param homeVariance    how much programs' own contrasts vary around it (noise of the rates removed)
 * @param signalGain      what each tier adds to an application without a signal
 * @param inStateShare    share of a US graduate's applications in the home state
 * @param signalledShare  share of each type's applications that carry a signal
 * @param tierShare       how the signalled applications divide over the tiers (sums to 1 when any)
 * @param matched         what the specialty's matched applicants bring on average (null when unknown)
 * @param source          where the figures come from
 */
public record SpecialtyEvidence(
        Specialty specialty,
        int programs,
        double homeContrast,
        double homeVariance,
        Map<Signal, Double> signalGain,
        double inStateShare,
        Map<ApplicantType, Double> signalledShare,
        Map<Signal, Double> tierShare,
        MatchedProfile matched,
        String source) {
    public SpecialtyEvidence {
        Invariants.present("specialty", specialty);
        Invariants.present("source", source);
        signalGain = Map.copyOf(signalGain);
        signalledShare = Map.copyOf(signalledShare);
        tierShare = Map.copyOf(tierShare);
        if (signalGain.containsKey(Signal.NONE) || tierShare.containsKey(Signal.NONE)) {
            throw new IllegalArgumentException("signal gains and tier shares are for the tiers, not NONE");
        }
        if (!Double.isFinite(homeContrast) || !(inStateShare >= 0 && inStateShare < 1) || !(homeVariance > 0)) {
            throw new IllegalArgumentException(
                    "homeContrast must be finite, homeVariance positive and inStateShare" + " in [0, 1)");
        }
    }

    /** What the tier adds to an application without a signal, when known. */
    public OptionalDouble signalGain(Signal tier) {
        Double gain = signalGain.get(tier);
        return gain == null ? OptionalDouble.empty() : OptionalDouble.of(gain);
    }

    /** The share of the type's applications that carry a signal. */
    public double signalledShare(ApplicantType type) {
        return signalledShare.getOrDefault(type, 0.0);
    }

    /**
     * The shift from the type's average application to one from another state without a signal: the c for which
     * the type's mix of applications, each σ(level + c + its shifts), averages σ(level) (bisection; the mix rises
     * with c).
     */
    public double reference(ApplicantType type, double level) {
        return reference(type, level, homeContrast);
    }

    /** The same with a program's own home-state contrast. */
    public double reference(ApplicantType type, double level, double contrast) {
        double target = sigmoid(level);
        double lo = -12;
        double hi = 12;
        for (int i = 0; i < 50; i++) {
            double c = (lo + hi) / 2;
            if (mix(type, level + c, contrast) < target) {
                lo = c;
            } else {
                hi = c;
            }
        }
        return (lo + hi) / 2;
    }

    /** The type's average chance when an out-of-state application without a signal has log-odds x. */
    private double mix(ApplicantType type, double x, double contrast) {
        double s = type.isImg() ? 0 : inStateShare;
        return (1 - s) * signalMix(type, x) + s * signalMix(type, x + contrast);
    }

    private double signalMix(ApplicantType type, double x) {
        double q = signalledShare(type);
        double signalled = 0;
        for (Map.Entry<Signal, Double> tier : tierShare.entrySet()) {
            signalled += tier.getValue() * sigmoid(x + signalGain.getOrDefault(tier.getKey(), 0.0));
        }
        return (1 - q) * sigmoid(x) + (tierShare.isEmpty() ? 0 : q * signalled);
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
