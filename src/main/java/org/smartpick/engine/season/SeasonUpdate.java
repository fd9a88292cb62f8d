package org.smartpick.engine.season;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.smartpick.engine.LatentStrength;
import org.smartpick.engine.Odds;

/**
 * The update of the applicant's strength by what the season has shown. Under the model every outcome depends on one
 * latent strength z (prior N(0, 1)); given z the programs decide independently. An invitation multiplies the weight
 * of each quadrature node by a_j(z), the program's interview chance there; a rejection by 1 − a_j(z); silence by
 * 1 − a_j(z)·s_j − (1 − a_j(z))·r_j, with s_j the share of its invitations the program has sent by now and r_j the
 * share of its rejections (InvitationTiming). The weights, renormalised, are the posterior on the model's own
 * nodes; a program still silent then invites later with q_j(z) = a_j(z)(1 − s_j) / (1 − a_j(z) s_j − (1 − a_j(z))
 * r_j), and P(match | z) = 1 − Π_invited (1 − b_j(z)) Π_silent (1 − q_j(z) b_j(z)), b_j the match-after-interview
 * chance (docs/model.md, "The season tracker").
 */
public final class SeasonUpdate {
    /** The grid on which the band's quantiles are found (the density is smooth; 0.005 in z is far below noise). */
    private static final double GRID_LOW = -7;
    private static final double GRID_HIGH = 7;
    private static final double GRID_STEP = 0.005;

    private final LatentStrength prior;
    private final double latentSd;

    public SeasonUpdate(LatentStrength prior, double latentSd) {
        this.prior = prior;
        this.latentSd = latentSd;
    }

    /** The posterior of z on the prior's nodes. */
    public LatentStrength posterior(List<TrackedApplication> applications) {
        double[] weights = new double[prior.size()];
        double total = 0;
        for (int i = 0; i < prior.size(); i++) {
            weights[i] = prior.weight(i) * likelihood(applications, prior.node(i));
            total += weights[i];
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("these answers cannot happen under the model (an invitation from a"
                    + " program the applicant is excluded from?)");
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= total;
        }
        return new LatentStrength(prior.nodes(), weights);
    }

    /** How likely what has been heard is at strength z. */
    public double likelihood(List<TrackedApplication> applications, double z) {
        double l = 1;
        for (TrackedApplication a : applications) {
            double interview = interviewAt(a, z);
            l *= a.invited() ? interview : a.rejected() ? 1 - interview : silenceAt(a, interview);
        }
        return l;
    }

    /** P(match | z) from the applications still open. */
    public double pMatchAt(List<TrackedApplication> applications, double z) {
        double miss = 1;
        for (TrackedApplication a : applications) {
            if (!a.open()) {
                continue;
            }
            double match = Odds.probability(a.chance().matchLogOdds(a.signal(), z, latentSd));
            miss *= 1 - (a.invited() ? 1 : laterAt(a, z)) * match;
        }
        return 1 - miss;
    }

    /** The chance that a silent, open application still brings an invitation, at z. */
    public double laterAt(TrackedApplication a, double z) {
        if (!a.open() || !a.silent()) {
            return 0;
        }
        double interview = interviewAt(a, z);
        double silence = silenceAt(a, interview);
        return silence > 0 ? interview * (1 - a.shareSent()) / silence : 0;
    }

    /** P(nothing heard yet | z), for a program whose interview chance at z is {@code interview}. */
    private static double silenceAt(TrackedApplication a, double interview) {
        return 1 - interview * a.shareSent() - (1 - interview) * a.rejectionsSent();
    }

    double interviewAt(TrackedApplication a, double z) {
        return Odds.probability(a.chance().interviewLogOdds(a.signal(), z, latentSd));
    }

    /**
     * Where the outlook stands: P(match) at the start of the season and now, the band now, the further interviews
     * to expect, and each still-silent program's chance before and now.
     */
    public SeasonOutlook outlook(List<TrackedApplication> applications) {
        List<TrackedApplication> atStart = applications.stream().map(a -> TrackedApplication.sent(a.chance(),
                a.signal())).toList();
        LatentStrength posterior = posterior(applications);
        double before = prior.expectation(z -> pMatchAt(atStart, z));
        double now = posterior.expectation(z -> pMatchAt(applications, z));
        DoubleUnaryOperator density = z -> Math.exp(-z * z / 2) * likelihood(applications, z);
        double zLow = quantile(density, 0.10);
        double zHigh = quantile(density, 0.90);
        double low = Math.min(now, pMatchAt(applications, zLow));
        double high = Math.max(now, pMatchAt(applications, zHigh));
        List<SeasonOutlook.Pending> pending = new ArrayList<>();
        double more = 0;
        for (TrackedApplication a : applications) {
            if (a.open() && a.silent()) {
                double later = posterior.expectation(z -> laterAt(a, z));
                pending.add(new SeasonOutlook.Pending(a.chance(), prior.expectation(z -> interviewAt(a, z)), later));
                more += later;
            }
        }
        return new SeasonOutlook(before, now, low, high, more, pending, posterior, zLow, zHigh);
    }

    /** The z below which a share p of the posterior lies (its density up to a constant, on a fine grid). */
    static double quantile(DoubleUnaryOperator density, double p) {
        int n = (int) Math.round((GRID_HIGH - GRID_LOW) / GRID_STEP);
        double[] cumulative = new double[n + 1];
        double previous = density.applyAsDouble(GRID_LOW);
        for (int k = 1; k <= n; k++) {
            double next = density.applyAsDouble(GRID_LOW + k * GRID_STEP);
            cumulative[k] = cumulative[k - 1] + (previous + next) / 2 * GRID_STEP;
            previous = next;
        }
        double target = p * cumulative[n];
        for (int k = 1; k <= n; k++) {
            if (cumulative[k] >= target) {
                double within = cumulative[k] > cumulative[k - 1]
                        ? (target - cumulative[k - 1]) / (cumulative[k] - cumulative[k - 1]) : 0;
                return GRID_LOW + (k - 1 + within) * GRID_STEP;
            }
        }
        return GRID_HIGH;
    }
}
