package org.smartpick.engine.chance;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartpick.engine.Outcome;
import org.smartpick.engine.Signal;
import org.smartpick.engine.season.Program;

/**
 * The model's verdict on one program for one applicant: probabilities without and with each signal the specialty
 * offers, the log-odds they come from (for set calculations under the latent strength), the hard filter that
 * excludes the program if any, and the factors that explain it.
 *
 * @param interviewLogOdds   interview log-odds at average strength, without a signal
 * @param matchLogOdds       match-after-interview log-odds at average strength, without a signal
 * @param signalLogOdds      what each available signal adds to the interview log-odds and, in {@code matchSignal},
 *                           to the match log-odds
 * @param outcomes           probabilities by signal ({@link Signal#NONE} always present)
 * @param excludedBecause    the hard filter's reason, when the chance is zero
 * @param scale              the model's conditional scale (factors are on it; published effects are smaller by it)
 */
public record ProgramChance(
        Program program,
        double interviewLogOdds,
        double matchLogOdds,
        Map<Signal, Double> signalLogOdds,
        double matchSignal,
        Map<Signal, Outcome> outcomes,
        String excludedBecause,
        List<Factor> factors,
        double scale) {
    public ProgramChance {
        signalLogOdds = Map.copyOf(signalLogOdds);
        outcomes = Map.copyOf(outcomes);
        factors = List.copyOf(factors);
        if (!outcomes.containsKey(Signal.NONE)) {
            throw new IllegalArgumentException("the outcome without a signal is required");
        }
    }

    public boolean excluded() {
        return excludedBecause != null;
    }

    public Outcome outcome(Signal signal) {
        return outcomes.getOrDefault(signal, outcomes.get(Signal.NONE));
    }

    /** The signals this program's specialty offers (none when it uses no signals). */
    public List<Signal> signals() {
        return signalLogOdds.keySet().stream().sorted().toList();
    }

    /** Interview log-odds at latent strength z with the given signal (−∞ when excluded). */
    public double interviewLogOdds(Signal signal, double z, double latentSd) {
        if (excluded()) {
            return Double.NEGATIVE_INFINITY;
        }
        return interviewLogOdds + signalLogOdds.getOrDefault(signal, 0.0) + latentSd * z;
    }

    /** Match-after-interview log-odds at latent strength z with the given signal. */
    public double matchLogOdds(Signal signal, double z, double latentSd) {
        return matchLogOdds + (signal == Signal.NONE ? 0 : matchSignal) + latentSd * z;
    }

    /** The factors by how much they matter, largest first. */
    public List<Factor> topFactors(int n) {
        return factors.stream()
                .sorted(Comparator.comparingDouble(Factor::weight).reversed())
                .limit(n)
                .toList();
    }

    /** A factor's reasons as a person reads them (docs/model.md, "Explanations"). */
    public Reason reason(Factor factor) {
        return Reason.of(factor, outcome(Signal.NONE), scale);
    }

    /** The {@code n} factors that matter most, as reasons. */
    public List<Reason> topReasons(int n) {
        return topFactors(n).stream().map(this::reason).toList();
    }

    /** Every factor as a reason, largest first. */
    public List<Reason> reasons() {
        return topFactors(factors.size()).stream().map(this::reason).toList();
    }

    public Optional<String> exclusion() {
        return Optional.ofNullable(excludedBecause);
    }
}
