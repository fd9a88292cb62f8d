package org.smartpick.match;

import java.util.Arrays;
import java.util.Random;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.ModelParameters;
import org.smartpick.engine.Parameter;
import org.smartpick.engine.ProgramSetting;
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
    private final double[] median;

    Applications(MarketPopulation pop, MarketFigures figures, ModelParameters m, SeasonFacts season,
                 MarketPolicy policy, Random random) {
        this.pop = pop;
        this.m = m;
        median = new double[pop.specialties.size()];
        for (int s = 0; s < median.length; s++) {
            median[s] = season.specialty(pop.specialties.get(s)).map(SpecialtyFacts::step2Matched)
                    .map(f -> f.value()).orElse(m.get(Parameter.STEP2_PRIOR_MEDIAN));
        }
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
        double[] score = new double[candidates.length];
        double[] u = new double[candidates.length];
        Integer[] order = new Integer[candidates.length];
        int eligible = 0;
        for (int c = 0; c < candidates.length; c++) {
            int j = candidates[c];
            if (pop.type[i] == ApplicantType.NON_US_IMG && Boolean.FALSE.equals(pop.programs.get(j).policy()
                    .sponsorsJ1())) {
                continue;
            }
            u[c] = pop.desirability[j] + (sameState(i, j) ? homePreference : 0) + gumbel(random);
            double expected = interviewLogOdds(i, j) - m.get(Parameter.PROGRAM_COMPETITIVENESS) * pop.desirability[j];
            score[c] = u[c] - Math.log1p(Math.exp(-expected));
            order[eligible++] = c;
        }
        Integer[] ranked = Arrays.copyOf(order, eligible);
        Arrays.sort(ranked, (a, b) -> Double.compare(score[b], score[a]));
        int take = Math.min(wanted, eligible);
        Integer[] taken = Arrays.copyOf(ranked, take);
        Arrays.sort(taken, (a, b) -> Double.compare(u[b], u[a]));
        int[] out = new int[take];
        double[] utilities = new double[take];
        for (int k = 0; k < take; k++) {
            out[k] = candidates[taken[k]];
            utilities[k] = u[taken[k]];
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
            view[a] = interviewLogOdds(i, programs[k]) + Math.log(effect.oddsRatio(signal[a]))
                    + m.get(Parameter.LATENT_SD) * pop.strength[i] + logistic(random);
        }
    }

    /** The program-dependent interview log-odds at average strength, without a signal. */
    double interviewLogOdds(int i, int j) {
        double gap = pop.step2[i] - median[pop.programSpecialty[j]];
        double weight = Math.max(0.3, 1 + m.get(Parameter.SCORE_BY_COMPETITIVENESS) * pop.desirability[j]);
        return m.interviewIntercept(pop.type[i]) + typeFit(pop.type[i], j)
                + gap * m.get(Parameter.STEP2_SLOPE_INTERVIEW) * weight
                + (sameState(i, j) ? m.get(Parameter.IN_STATE) : 0);
    }

    /** The program's match-stage view of an interviewee: what it ranks by. */
    double rankingScore(int a, Random random) {
        int i = applicant[a];
        int j = program[a];
        double gap = pop.step2[i] - median[pop.programSpecialty[j]];
        return m.matchTypeOffset(pop.type[i]) + gap * m.get(Parameter.STEP2_SLOPE_MATCH)
                + (sameState(i, j) ? m.get(Parameter.MATCH_IN_STATE) : 0)
                + (signal[a] != Signal.NONE ? m.get(Parameter.MATCH_SIGNAL) : 0)
                + m.get(Parameter.LATENT_SD) * pop.strength[i] + logistic(random);
    }

    /** As the chance model: the program's openness to IMGs from its resident mix when known, else its setting. */
    private double typeFit(ApplicantType type, int j) {
        Double openness = pop.candidates.get(j).imgOpenness();
        if (type.isImg() && openness != null) {
            return openness;
        }
        ProgramSetting setting = pop.programs.get(j).setting();
        boolean university = setting == ProgramSetting.UNIVERSITY;
        boolean community = setting == ProgramSetting.COMMUNITY || setting == ProgramSetting.COUNTY;
        if (type.isImg()) {
            return university ? m.get(Parameter.IMG_AT_UNIVERSITY) : community ? m.get(Parameter.IMG_AT_COMMUNITY) : 0;
        }
        return type == ApplicantType.US_DO && university ? m.get(Parameter.DO_AT_UNIVERSITY) : 0;
    }

    boolean sameState(int i, int j) {
        return pop.home[i] != null && pop.home[i] == pop.programs.get(j).state();
    }

    private static double gumbel(Random random) {
        return -Math.log(-Math.log(open(random)));
    }

    private static double logistic(Random random) {
        double u = open(random);
        return Math.log(u / (1 - u));
    }

    /** Uniform on (0, 1), never 0. */
    private static double open(Random random) {
        double u;
        do {
            u = random.nextDouble();
        } while (u == 0);
        return u;
    }
}
