package org.smartpick.engine.portfolio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.smartpick.engine.Signal;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.engine.chance.LatentStrength;
import org.smartpick.engine.chance.ProgramChance;

/**
 * Turns the chance model's verdicts into a portfolio problem under the latent strength: the chance that program j
 * takes the applicant at node k with signal s is σ(η_I + δ_s + λ z_k) · σ(η_M + δ'_s + λ z_k).
 */
public final class PortfolioModel {
    private PortfolioModel() {}

    public static PortfolioProblem problem(
            ChanceModel model, List<ProgramChance> chances, double[] utilities, PortfolioLimits limits) {
        LatentStrength latent = model.latent();
        double sd = model.latentSd();
        // σ(a + sd · z_k) = 1 / (1 + e^−a · e^−sd·z_k): two exponentials per program and signal, not per node.
        double[] nodeFactor = new double[latent.size()];
        for (int k = 0; k < nodeFactor.length; k++) {
            nodeFactor[k] = Math.exp(-sd * latent.node(k));
        }
        double[][][] success = new double[chances.size()][Signal.values().length][];
        List<PortfolioItem> items = new ArrayList<>();
        for (int j = 0; j < chances.size(); j++) {
            ProgramChance c = chances.get(j);
            items.add(
                    new PortfolioItem(c.program().id(), c.program().specialty().name(), utilities[j], 0));
            for (Signal s : Signal.values()) {
                success[j][s.ordinal()] = byNode(c, s, nodeFactor);
            }
        }
        double[] weights = new double[latent.size()];
        for (int k = 0; k < weights.length; k++) {
            weights[k] = latent.weight(k);
        }
        return new PortfolioProblem(items, success, weights, limits);
    }

    private static double[] byNode(ProgramChance c, Signal s, double[] nodeFactor) {
        double[] row = new double[nodeFactor.length];
        if (s != Signal.NONE && !c.signalLogOdds().containsKey(s)) {
            Arrays.fill(row, Double.NaN);
        } else if (!c.excluded()) {
            double interview = Math.exp(-c.interviewLogOdds(s, 0, 0));
            double match = Math.exp(-c.matchLogOdds(s, 0, 0));
            for (int k = 0; k < row.length; k++) {
                row[k] = 1 / ((1 + interview * nodeFactor[k]) * (1 + match * nodeFactor[k]));
            }
        }
        return row;
    }
}
