package org.smartpick.engine.chance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartpick.engine.Outcome;
import org.smartpick.engine.Signal;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.season.Candidate;
import org.smartpick.engine.season.Program;

/** One applicant's chances at the programs of one specialty (see {@link ChanceModel#forApplicant}). */
public final class ApplicantChances {
    private final ApplicantStanding standing;
    private final ChanceModel model;
    private final List<Signal> signals;
    private final List<Factor> v2Factors;
    private final ObservedProgramFactors.Standing v2;

    ApplicantChances(ApplicantStanding standing, ChanceModel model) {
        this.standing = standing;
        this.model = model;
        this.signals = model.signalsOf(standing.specialty());
        this.v2Factors = v2Factors(standing);
        this.v2 = ObservedProgramFactors.Standing.of(standing);
    }

    public Specialty specialty() {
        return standing.specialty();
    }

    /** The signals this specialty offers. */
    public List<Signal> signals() {
        return signals;
    }

    public ProgramChance assess(Candidate candidate) {
        Program program = candidate.program();
        Optional<String> excluded =
                HardFilters.check(standing, program, model.season().year());
        if (excluded.isPresent()) {
            return excludedChance(program, excluded.get());
        }
        boolean observed = observed(candidate);
        List<Factor> factors = new ArrayList<>(observed ? v2Factors : standing.factors());
        factors.addAll(
                observed
                        ? new ObservedProgramFactors(standing, v2, model.parameters(), candidate)
                                .all(!signals.isEmpty())
                        : new ProgramFactors(standing, model.parameters(), candidate).all());
        double interview = (observed ? 0 : standing.baseInterview())
                + factors.stream().mapToDouble(Factor::interview).sum();
        double match = (observed ? standing.baseMatchV2() : standing.baseMatch())
                + factors.stream().mapToDouble(Factor::match).sum();
        Map<Signal, Double> signalLogOdds = new EnumMap<>(Signal.class);
        SignalEffect effect = model.parameters().signalEffect(standing.specialty());
        double k = model.parameters().conditionalScale();
        signals.forEach(s -> signalLogOdds.put(
                s,
                k
                        * (observed
                                ? candidate.baseline().evidence().signalGain(s).orElse(Math.log(effect.oddsRatio(s)))
                                : Math.log(effect.oddsRatio(s)))));
        double matchSignal = k * model.parameters().get(Parameter.MATCH_SIGNAL);
        Map<Signal, Outcome> outcomes = new EnumMap<>(Signal.class);
        outcomes.put(Signal.NONE, model.outcome(interview, match));
        signalLogOdds.forEach((s, add) -> outcomes.put(s, model.outcome(interview + add, match + matchSignal)));
        return new ProgramChance(program, interview, match, signalLogOdds, matchSignal, outcomes, null, factors, k);
    }

    /**
     * Under model v2 the program's published rate already holds the specialty's level, and the CV factors are netted
     * against the program's matched applicants (one factor per program).
     */
    private static List<Factor> v2Factors(ApplicantStanding standing) {
        return standing.factors().stream()
                .filter(f -> !f.key().equals("competitive-specialty") && !ObservedProgramFactors.CV.contains(f.key()))
                .toList();
    }

    /** Whether model v2 scores the candidate: it has a baseline for the applicant's type. */
    private boolean observed(Candidate candidate) {
        return candidate.baseline() != null
                && candidate
                        .baseline()
                        .of(standing.applicant().profile().applicantType())
                        .isPresent();
    }

    public List<ProgramChance> assessAll(List<Candidate> candidates) {
        List<ProgramChance> out = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            out.add(assess(candidate));
        }
        return out;
    }

    private ProgramChance excludedChance(Program program, String reason) {
        Map<Signal, Outcome> outcomes = new EnumMap<>(Signal.class);
        outcomes.put(Signal.NONE, Outcome.ZERO);
        signals.forEach(s -> outcomes.put(s, Outcome.ZERO));
        Map<Signal, Double> signalLogOdds = new EnumMap<>(Signal.class);
        signals.forEach(s -> signalLogOdds.put(s, 0.0));
        return new ProgramChance(
                program,
                Double.NEGATIVE_INFINITY,
                Double.NEGATIVE_INFINITY,
                signalLogOdds,
                0,
                outcomes,
                reason,
                List.of(Factor.interview("excluded", reason, 0)),
                model.parameters().conditionalScale());
    }
}
