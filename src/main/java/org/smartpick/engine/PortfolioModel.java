package org.smartpick.engine;

import java.util.List;

/**
 * Turns the chance model's verdicts into a portfolio problem under the latent strength: the chance that program j
 * takes the applicant at node k with signal s is σ(η_I + δ_s + λ z_k) · σ(η_M + δ'_s + λ z_k).
 */
final class PortfolioModel {
    private PortfolioModel() {
    }

    static PortfolioProblem problem(ChanceModel model, List<ProgramChance> chances, double[] utilities,
                                    PortfolioLimits limits) {
        LatentStrength latent = model.latent();
        double sd = model.latentSd();
        double[][][] success = new double[chances.size()][Signal.values().length][latent.size()];
        java.util.List<PortfolioItem> items = new java.util.ArrayList<>();
        for (int j = 0; j < chances.size(); j++) {
            ProgramChance c = chances.get(j);
            items.add(new PortfolioItem(c.program().id(), c.program().specialty().name(), utilities[j], 0));
            for (Signal s : Signal.values()) {
                boolean offered = s == Signal.NONE || c.signals().contains(s);
                for (int k = 0; k < latent.size(); k++) {
                    double z = latent.node(k);
                    success[j][s.ordinal()][k] = !offered ? Double.NaN : c.excluded() ? 0
                            : Odds.probability(c.interviewLogOdds(s, z, sd)) * Odds.probability(c.matchLogOdds(s, z, sd));
                }
            }
        }
        double[] weights = new double[latent.size()];
        for (int k = 0; k < weights.length; k++) {
            weights[k] = latent.weight(k);
        }
        return new PortfolioProblem(items, success, weights, limits);
    }
}
