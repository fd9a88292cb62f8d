package org.smartpick.match;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.smartpick.engine.Signal;
import org.smartpick.engine.SignalAllotment;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.chance.ModelParameters;
import org.smartpick.engine.season.SeasonFacts;
import org.smartpick.engine.season.SpecialtyFacts;

/**
 * Every application of the season, in flat arrays (applicant i's are {@code start[i]} to {@code start[i + 1]}): the
 * program, the applicant's utility for it, the program's view of the applicant (interview log-odds under the chance
 * model's coefficients plus logistic noise: a random-utility reading of the logit) and whether a signal went there.
 *
 * <p>The simple application rule ({@link ProgramChoice}): each applicant applies to the programs of their specialty
 * with the highest utility plus the log of their own expected interview chance (Gumbel noise makes this a draw in
 * proportion to utility times chance); signals go to the most wanted of those programs.
 */
final class Applications {
    final int[] start;
    final int[] applicant;
    final int[] program;
    final double[] utility;
    final double[] view;
    /** Whether the application carried a signal (of any tier: its tier counts only in the view). */
    final boolean[] signalled;
    /** Applications the program rejects by screening, without an interview. */
    final boolean[] screened;

    private final MarketPopulation pop;
    private final ProgramView views;

    Applications(
            MarketPopulation pop,
            MarketFigures figures,
            ModelParameters m,
            SeasonFacts season,
            MarketPolicy policy,
            RandomGenerator random) {
        this.pop = pop;
        this.views = new ProgramView(pop, m, season);
        int n = pop.applicants();
        start = new int[n + 1];
        ProgramChoice choice =
                new ProgramChoice(pop, views, figures.homePreference().value());
        ProgramChoice.Choice[] chosen = new ProgramChoice.Choice[n];
        for (int i = 0; i < n; i++) {
            int wanted = policy.applications(
                    (int) Math.round(figures.type(pop.type[i]).applications().value()));
            chosen[i] = choice.choose(i, wanted, random);
            start[i + 1] = start[i] + chosen[i].programs().length;
        }
        applicant = new int[start[n]];
        program = new int[start[n]];
        utility = new double[start[n]];
        view = new double[start[n]];
        signalled = new boolean[start[n]];
        SpecialtySignals[] signals = new SpecialtySignals[pop.specialties.size()];
        for (int s = 0; s < signals.length; s++) {
            signals[s] = SpecialtySignals.of(pop.specialties.get(s), season, m, policy.extraSignals());
        }
        for (int i = 0; i < n; i++) {
            fill(i, chosen[i], signals[pop.specialty[i]], random);
        }
        screened = screen(figures.screenedShare().value());
    }

    /**
     * Programs screen out the applications they view least, the published share of all of them; the cut is set per
     * specialty because views are measured against each specialty's matched median.
     */
    private boolean[] screen(double share) {
        int specialties = pop.specialties.size();
        double[][] views = new double[specialties][];
        int[] count = new int[specialties];
        for (int a = 0; a < size(); a++) {
            count[pop.programSpecialty[program[a]]]++;
        }
        for (int s = 0; s < specialties; s++) {
            views[s] = new double[count[s]];
        }
        Arrays.fill(count, 0);
        for (int a = 0; a < size(); a++) {
            int s = pop.programSpecialty[program[a]];
            views[s][count[s]++] = view[a];
        }
        double[] cut = new double[specialties];
        for (int s = 0; s < specialties; s++) {
            cut[s] = views[s].length == 0
                    ? 0
                    : OrderStatistics.kthSmallest(views[s], (int) Math.floor(share * (views[s].length - 1)));
        }
        boolean[] out = new boolean[size()];
        for (int a = 0; a < size(); a++) {
            out[a] = share > 0 && view[a] < cut[pop.programSpecialty[program[a]]];
        }
        return out;
    }

    int size() {
        return applicant.length;
    }

    /** What a specialty's applicants send: gold to the most wanted, then silver or plain, and each one's log-odds. */
    private record SpecialtySignals(int gold, int others, Signal kind, double[] logOdds) {
        static SpecialtySignals of(Specialty specialty, SeasonFacts season, ModelParameters m, int extraSignals) {
            SignalAllotment allotment = season.specialty(specialty)
                    .flatMap(SpecialtyFacts::signalsIfKnown)
                    .orElse(null);
            double[] logOdds = new double[Signal.values().length];
            for (Signal signal : Signal.values()) {
                logOdds[signal.ordinal()] = Math.log(m.signalEffect(specialty).oddsRatio(signal));
            }
            return new SpecialtySignals(
                    allotment == null ? 0 : allotment.gold(),
                    (allotment == null ? 0 : allotment.silver() + allotment.plain()) + extraSignals,
                    allotment != null && allotment.isTiered() ? Signal.SILVER : Signal.PLAIN,
                    logOdds);
        }

        Signal at(int k) {
            return k < gold ? Signal.GOLD : k < gold + others ? kind : Signal.NONE;
        }
    }

    private void fill(int i, ProgramChoice.Choice choice, SpecialtySignals signals, RandomGenerator random) {
        int[] programs = choice.programs();
        double strength = views.latentSd * pop.strength[i];
        for (int k = 0; k < programs.length; k++) {
            int a = start[i] + k;
            applicant[a] = i;
            program[a] = programs[k];
            utility[a] = choice.utilities()[k];
            Signal sent = signals.at(k);
            signalled[a] = sent != Signal.NONE;
            view[a] = views.interview(i, programs[k])
                    + signals.logOdds()[sent.ordinal()]
                    + strength
                    + Noise.logistic(random);
        }
    }

    /** The program's match-stage view of an interviewee: what it ranks by. */
    double rankingScore(int a, RandomGenerator random) {
        int i = applicant[a];
        return views.match(i, program[a])
                + (signalled[a] ? views.matchSignal : 0)
                + views.latentSd * pop.strength[i]
                + Noise.logistic(random);
    }
}
