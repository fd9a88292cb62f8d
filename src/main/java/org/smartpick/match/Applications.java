package org.smartpick.match;

import java.util.Arrays;
import java.util.Random;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.ModelParameters;
import org.smartpick.engine.SeasonFacts;
import org.smartpick.engine.Signal;
import org.smartpick.engine.SignalAllotment;
import org.smartpick.engine.SpecialtyFacts;

/**
 * Every application of the season, in flat arrays (applicant i's are {@code start[i]} to {@code start[i + 1]}): the
 * program, the applicant's utility for it, the program's view of the applicant (interview log-odds under the chance
 * model's coefficients plus logistic noise: a random-utility reading of the logit) and the signal sent there.
 *
 * <p>The simple application rule: each applicant applies to the programs of their specialty with the highest
 * utility plus the log of their own expected interview chance (Gumbel noise makes this a draw in proportion to
 * utility times chance), skipping programs known not to sponsor the J-1 a non-US IMG needs; signals go to the
 * most wanted of those programs.
 */
final class Applications {
    final int[] start;
    final int[] applicant;
    final int[] program;
    final double[] utility;
    final double[] view;
    final Signal[] signal;
    /** Applications the program rejects by screening, without an interview. */
    final boolean[] screened;
    private final MarketPopulation pop;
    private final ModelParameters m;
    private final ProgramView views;

    Applications(MarketPopulation pop, MarketFigures figures, ModelParameters m, SeasonFacts season,
                 MarketPolicy policy, Random random) {
        this.pop = pop;
        this.m = m;
        this.views = new ProgramView(pop, m, season);
        int n = pop.applicants();
        start = new int[n + 1];
        Choice[] chosen = new Choice[n];
        for (int i = 0; i < n; i++) {
            int wanted = policy.applications((int) Math.round(figures.type(pop.type[i]).applications().value()));
            chosen[i] = choose(i, wanted, figures.homePreference().value(), random);
            start[i + 1] = start[i] + chosen[i].programs().length;
        }
        applicant = new int[start[n]];
        program = new int[start[n]];
        utility = new double[start[n]];
        view = new double[start[n]];
        signal = new Signal[start[n]];
        for (int i = 0; i < n; i++) {
            fill(i, chosen[i], season, policy.extraSignals(), random);
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
            Arrays.sort(views[s]);
            cut[s] = views[s].length == 0 ? 0 : views[s][(int) Math.floor(share * (views[s].length - 1))];
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

    /** One applicant's programs, most wanted first, with their utilities. */
    private record Choice(int[] programs, double[] utilities) {
    }

    private Choice choose(int i, int wanted, double homePreference, Random random) {
        int[] candidates = pop.programsOf.get(pop.specialty[i]);
        int[] slots = new int[candidates.length];
        int[] programOf = new int[candidates.length];
        double[] u = new double[candidates.length];
        double[] score = new double[candidates.length];
        int n = 0;
        for (int j : candidates) {
            if (pop.type[i] == ApplicantType.NON_US_IMG && Boolean.FALSE.equals(pop.programs.get(j).policy()
                    .sponsorsJ1())) {
                continue;
            }
            programOf[n] = j;
            u[n] = pop.desirability[j] + (views.sameState(i, j) ? homePreference : 0) + Noise.gumbel(random);
            double expected = views.interview(i, j) - views.programCompetitiveness * pop.desirability[j];
            // utility plus ln P(interview); Math.log, not log1p: the ranking needs no more precision
            score[n] = u[n] - Math.log(1 + Math.exp(-expected));
            slots[n] = n;
            n++;
        }
        int take = Math.min(wanted, n);
        int[] best = Arrays.copyOf(Descending.order(slots, score, n), take);
        double[] bestUtility = new double[take];
        for (int k = 0; k < take; k++) {
            bestUtility[k] = u[best[k]];
        }
        int[] byUtility = Descending.order(best, bestUtility, take);
        int[] out = new int[take];
        double[] utilities = new double[take];
        for (int k = 0; k < take; k++) {
            out[k] = programOf[byUtility[k]];
            utilities[k] = u[byUtility[k]];
        }
        return new Choice(out, utilities);
    }

    private void fill(int i, Choice choice, SeasonFacts season, int extraSignals, Random random) {
        int[] programs = choice.programs();
        SignalAllotment allotment = season.specialty(pop.specialties.get(pop.specialty[i]))
                .flatMap(SpecialtyFacts::signalsIfKnown).orElse(null);
        int gold = allotment == null ? 0 : allotment.gold();
        int others = (allotment == null ? 0 : allotment.silver() + allotment.plain()) + extraSignals;
        Signal kind = allotment != null && allotment.isTiered() ? Signal.SILVER : Signal.PLAIN;
        var effect = m.signalEffect(pop.specialties.get(pop.specialty[i]));
        for (int k = 0; k < programs.length; k++) {
            int a = start[i] + k;
            applicant[a] = i;
            program[a] = programs[k];
            utility[a] = choice.utilities()[k];
            signal[a] = k < gold ? Signal.GOLD : k < gold + others ? kind : Signal.NONE;
            view[a] = views.interview(i, programs[k]) + Math.log(effect.oddsRatio(signal[a]))
                    + views.latentSd * pop.strength[i] + Noise.logistic(random);
        }
    }

    /** The program's match-stage view of an interviewee: what it ranks by. */
    double rankingScore(int a, Random random) {
        int i = applicant[a];
        return views.match(i, program[a]) + (signal[a] != Signal.NONE ? views.matchSignal : 0)
                + views.latentSd * pop.strength[i] + Noise.logistic(random);
    }
}
