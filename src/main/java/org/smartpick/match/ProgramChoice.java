package org.smartpick.match;

import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.smartpick.engine.ApplicantType;

/**
 * Which programs an applicant applies to: the {@code wanted} programs of their specialty with the highest utility
 * plus the log of their own expected interview chance, utility being the program's desirability, the home-state
 * preference and Gumbel noise; programs known not to sponsor the J-1 a non-US IMG needs are skipped.
 *
 * <p>Drawn as an exponential race. With the Gumbel term written −ln E, E ~ Exp(1), the score d + h − ln E + ln P
 * orders programs as E (1 + e<sup>−x</sup>) / e<sup>d + h</sup> does, smallest first
 * (P = 1 / (1 + e<sup>−x</sup>)):
 * one exponential per program (E comes from the generator's ziggurat, not a logarithm) instead of three logarithms
 * and an exponential, and the utility d + h − ln E is computed only for the programs taken.
 */
final class ProgramChoice {
    private final MarketPopulation pop;
    private final ProgramView views;
    private final double homePreference;
    private final double homeWeight;
    /** e<sup>d</sup> per program. */
    private final double[] weight;

    private final boolean[] refusesJ1;
    // one applicant's programs at a time, reused: a season chooses for tens of thousands
    private final int[] slot;
    private final int[] programOf;
    private final double[] race;
    private final double[] exponential;
    private final double[] utility;

    /** One applicant's programs, most wanted first, with their utilities. */
    record Choice(int[] programs, double[] utilities) {}

    ProgramChoice(MarketPopulation pop, ProgramView views, double homePreference) {
        this.pop = pop;
        this.views = views;
        this.homePreference = homePreference;
        homeWeight = Math.exp(homePreference);
        int programs = pop.programs.size();
        weight = new double[programs];
        refusesJ1 = new boolean[programs];
        for (int j = 0; j < programs; j++) {
            weight[j] = Math.exp(pop.desirability[j]);
            refusesJ1[j] = Boolean.FALSE.equals(pop.programs.get(j).policy().sponsorsJ1());
        }
        int widest = pop.programsOf.stream()
                .mapToInt(members -> members.length)
                .max()
                .orElse(0);
        slot = IntStream.range(0, widest).toArray();
        programOf = new int[widest];
        race = new double[widest];
        exponential = new double[widest];
        utility = new double[widest];
    }

    Choice choose(int i, int wanted, RandomGenerator random) {
        boolean needsJ1 = pop.type[i] == ApplicantType.NON_US_IMG;
        int n = 0;
        for (int j : pop.programsOf.get(pop.specialty[i])) {
            programOf[n] = j;
            n += needsJ1 && refusesJ1[j] ? 0 : 1;
        }
        // race first holds each program's interview log-odds, then the race key made from it
        views.interviews(i, programOf, n, race);
        double competitiveness = views.programCompetitiveness;
        for (int k = 0; k < n; k++) {
            int j = programOf[k];
            double e = Noise.exponential(random);
            double w = views.sameState(i, j) ? weight[j] * homeWeight : weight[j];
            exponential[k] = e;
            // negated: Descending puts the largest first
            race[k] = -e * (1 + Math.exp(competitiveness * pop.desirability[j] - race[k])) / w;
        }
        int take = Math.min(wanted, n);
        int[] best = Descending.top(slot, race, n, take);
        double[] bestUtility = new double[take];
        for (int k = 0; k < take; k++) {
            int s = best[k];
            int j = programOf[s];
            utility[s] = pop.desirability[j] + (views.sameState(i, j) ? homePreference : 0) - Math.log(exponential[s]);
            bestUtility[k] = utility[s];
        }
        int[] byUtility = Descending.order(best, bestUtility, take);
        int[] programs = new int[take];
        double[] utilities = new double[take];
        for (int k = 0; k < take; k++) {
            programs[k] = programOf[byUtility[k]];
            utilities[k] = utility[byUtility[k]];
        }
        return new Choice(programs, utilities);
    }
}
