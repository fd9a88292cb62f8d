package org.smartpick.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.smartpick.engine.Odds;
import org.smartpick.engine.Signal;
import org.smartpick.engine.chance.LatentStrength;
import org.smartpick.engine.chance.ProgramChance;

/**
 * The chance of matching at each program of a rank list and overall. In applicant-proposing deferred acceptance an
 * applicant gets the highest-ranked program that would take them, so P(match at rank k) = E[Π_{i<k} (1 − m_i) · m_k]
 * with m_i the chance program i ranks the applicant high enough (the chance model's match-after-interview), each
 * given the applicant's latent strength z, averaged over z ~ N(0, 1) — as the calibration does for the Charting
 * Outcomes rank targets, so that these odds and that calibration agree. (Updating z on the interviews received
 * would be the Bayesian refinement; it needs a calibration that conditions the same way.)
 */
public final class RankListOdds {
    private final LatentStrength latent;
    private final double latentSd;

    public RankListOdds(LatentStrength latent, double latentSd) {
        this.latent = latent;
        this.latentSd = latentSd;
    }

    /**
     * One rank: the chance of matching exactly there — which is also what this rank adds to the list — and the chance
     * of having matched by then.
     */
    public record Step(int rank, ProgramChance chance, double matchHere, double matchedByHere) {}

    /** The whole list: its steps and P(match) with its band. */
    public record Result(List<Step> steps, double pMatch, double pMatchLow, double pMatchHigh) {
        public Result {
            steps = List.copyOf(steps);
        }
    }

    public Result of(List<ProgramChance> rankList) {
        return of(rankList, -LatentStrength.Z90, LatentStrength.Z90);
    }

    /** The same, with the band at the given strengths (an updated strength's 10th and 90th percentiles). */
    public Result of(List<ProgramChance> rankList, double zLow, double zHigh) {
        double[] posterior = prior();
        List<Step> steps = new ArrayList<>();
        double[] missSoFar = new double[latent.size()];
        Arrays.fill(missSoFar, 1);
        double previous = 0;
        for (int k = 0; k < rankList.size(); k++) {
            ProgramChance chance = rankList.get(k);
            double here = 0;
            for (int i = 0; i < latent.size(); i++) {
                double m = chance.excluded()
                        ? 0
                        : Odds.probability(chance.matchLogOdds(Signal.NONE, latent.node(i), latentSd));
                here += posterior[i] * missSoFar[i] * m;
                missSoFar[i] *= 1 - m;
            }
            double by = previous + here;
            steps.add(new Step(k + 1, chance, here, by));
            previous = by;
        }
        return new Result(
                steps,
                previous,
                Math.min(previous, atStrength(rankList, zLow)),
                Math.max(previous, atStrength(rankList, zHigh)));
    }

    private double[] prior() {
        double[] w = new double[latent.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = latent.weight(i);
        }
        return w;
    }

    /** P(match) if the applicant's strength were at z. */
    private double atStrength(List<ProgramChance> rankList, double z) {
        double miss = 1;
        for (ProgramChance c : rankList) {
            if (!c.excluded()) {
                miss *= 1 - Odds.probability(c.matchLogOdds(Signal.NONE, z, latentSd));
            }
        }
        return 1 - miss;
    }
}
