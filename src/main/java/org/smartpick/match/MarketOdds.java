package org.smartpick.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.smartpick.engine.Odds;
import org.smartpick.engine.Signal;
import org.smartpick.engine.chance.ModelParameters;
import org.smartpick.engine.chance.Parameter;
import org.smartpick.engine.chance.ProgramChance;

/**
 * The chance of matching at each program of a rank list against competitors: simulated seasons of the specialty's
 * market give each program's cutoff (the score of the last applicant it matched); the applicant, added to such a
 * market, matches the first listed program whose cutoff their score beats. Their score at a program is what the
 * market's programs rank by — the chance model's match-after-interview log-odds without the specialty's intercept,
 * plus λz and logistic noise — with z drawn once per draw for all programs, as in {@link RankListOdds}. A program
 * outside the simulated market (no known positions) takes the applicant with the model's chance instead.
 */
public final class MarketOdds {
    private final ModelParameters parameters;

    public MarketOdds(ModelParameters parameters) {
        this.parameters = parameters;
    }

    /** One rank: the chance of matching exactly there and of having matched by then. */
    public record Step(int rank, ProgramChance chance, double matchHere, double matchedByHere, boolean inMarket) {}

    /**
     * @param standardError of {@code pMatch} over the draws (binomial)
     * @param competitors   applicants each simulated season was played with
     */
    public record Result(
            List<Step> steps, double pMatch, double standardError, int draws, int seasons, int competitors) {
        public Result {
            steps = List.copyOf(steps);
        }
    }

    public Result of(List<ProgramChance> rankList, MarketCutoffs cutoffs, int draws, Random random) {
        if (draws < 1) {
            throw new IllegalArgumentException("draws must be at least 1");
        }
        double lambda = parameters.get(Parameter.LATENT_SD);
        int n = rankList.size();
        // per rank, once: the log-odds at average strength and each season's cutoff (NaN: outside the market)
        double[] logOdds = new double[n];
        double[] intercept = new double[n];
        double[][] cutoff = new double[cutoffs.size()][n];
        for (int k = 0; k < n; k++) {
            ProgramChance c = rankList.get(k);
            logOdds[k] = c.excluded() ? Double.NEGATIVE_INFINITY : c.matchLogOdds(Signal.NONE, 0, lambda);
            intercept[k] = parameters.matchIntercept(c.program().specialty());
            for (int s = 0; s < cutoffs.size(); s++) {
                cutoff[s][k] = cutoffs.cutoff(s, c.program().id()).orElse(Double.NaN);
            }
        }
        int[] here = new int[n];
        for (int d = 0; d < draws; d++) {
            double[] season = cutoff[d % cutoffs.size()];
            double z = lambda * random.nextGaussian();
            for (int k = 0; k < n; k++) {
                if (takes(logOdds[k] + z, intercept[k], season[k], random)) {
                    here[k]++;
                    break;
                }
            }
        }
        List<Step> steps = new ArrayList<>();
        int by = 0;
        for (int k = 0; k < n; k++) {
            by += here[k];
            steps.add(new Step(
                    k + 1,
                    rankList.get(k),
                    (double) here[k] / draws,
                    (double) by / draws,
                    !Double.isNaN(cutoff[0][k])));
        }
        double p = (double) by / draws;
        return new Result(steps, p, Math.sqrt(p * (1 - p) / draws), draws, cutoffs.size(), cutoffs.competitors());
    }

    /** Whether the program takes the applicant whose log-odds there (at this draw's strength) is given. */
    private static boolean takes(double logOdds, double intercept, double cutoff, Random random) {
        if (logOdds == Double.NEGATIVE_INFINITY) {
            return false;
        }
        if (Double.isNaN(cutoff)) {
            return random.nextDouble() < Odds.probability(logOdds);
        }
        return logOdds - intercept + Noise.logistic(random) > cutoff;
    }
}
