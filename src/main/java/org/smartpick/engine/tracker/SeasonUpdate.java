package org.smartpick.engine.tracker;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.smartpick.engine.Odds;
import org.smartpick.engine.chance.LatentStrength;

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

    /**
     * The posterior of z on the prior's nodes. The likelihoods are summed as logarithms and scaled by the largest
     * before they are exponentiated: hundreds of answers multiply to less than a double can hold.
     */
    public LatentStrength posterior(List<TrackedApplication> applications) {
        double[] logs = new double[prior.size()];
        double largest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < logs.length; i++) {
            logs[i] = Math.log(prior.weight(i)) + logLikelihood(applications, prior.node(i));
            largest = Math.max(largest, logs[i]);
        }
        double[] weights = new double[logs.length];
        double total = 0;
        for (int i = 0; i < logs.length; i++) {
            weights[i] = Math.exp(logs[i] - largest);
            total += weights[i];
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= total;
        }
        return new LatentStrength(prior.nodes(), weights);
    }

    /**
     * The logarithm of the likelihood. A program the model rules out (a hard filter) gives its answer no chance at
     * any strength, so that answer weighs no strength against another: it is left out (an invitation from it still
     * counts as an interview in P(match)).
     */
    double logLikelihood(List<TrackedApplication> applications, double z) {
        double l = 0;
        for (TrackedApplication a : applications) {
            if (a.chance().excluded()) {
                continue;
            }
            double interview = interviewAt(a, z);
            l += Math.log(a.invited() ? interview : a.rejected() ? 1 - interview : silenceAt(a, interview));
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
        List<TrackedApplication> atStart = applications.stream()
                .map(a -> TrackedApplication.sent(a.chance(), a.signal()))
                .toList();
        LatentStrength posterior = posterior(applications);
        double before = prior.expectation(z -> pMatchAt(atStart, z));
        double now = posterior.expectation(z -> pMatchAt(applications, z));
        double[] band = quantiles(z -> -z * z / 2 + logLikelihood(applications, z), 0.10, 0.90);
        double zLow = band[0];
        double zHigh = band[1];
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

    /**
     * The z below which each share p of the posterior lies, from its log-density up to a constant on a fine grid
     * (scaled by its largest value before exponentiating, as the posterior's weights are).
     */
    static double[] quantiles(DoubleUnaryOperator logDensity, double... shares) {
        int n = (int) Math.round((GRID_HIGH - GRID_LOW) / GRID_STEP);
        double[] logs = new double[n + 1];
        double largest = Double.NEGATIVE_INFINITY;
        for (int k = 0; k <= n; k++) {
            logs[k] = logDensity.applyAsDouble(GRID_LOW + k * GRID_STEP);
            largest = Math.max(largest, logs[k]);
        }
        double[] cumulative = new double[n + 1];
        for (int k = 1; k <= n; k++) {
            cumulative[k] = cumulative[k - 1] + (Math.exp(logs[k - 1] - largest) + Math.exp(logs[k] - largest)) / 2;
        }
        double[] out = new double[shares.length];
        for (int q = 0; q < shares.length; q++) {
            out[q] = at(cumulative, shares[q] * cumulative[n]);
        }
        return out;
    }

    private static double at(double[] cumulative, double target) {
        for (int k = 1; k < cumulative.length; k++) {
            if (cumulative[k] >= target) {
                double within = cumulative[k] > cumulative[k - 1]
                        ? (target - cumulative[k - 1]) / (cumulative[k] - cumulative[k - 1])
                        : 0;
                return GRID_LOW + (k - 1 + within) * GRID_STEP;
            }
        }
        return GRID_HIGH;
    }
}
