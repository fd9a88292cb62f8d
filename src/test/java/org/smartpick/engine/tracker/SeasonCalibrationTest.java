package org.smartpick.engine.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Odds;
import org.smartpick.engine.Signal;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.chance.LatentStrength;
import org.smartpick.engine.chance.ProgramChance;

/**
 * The update checked by simulation: seeded applicants are drawn from the model (a strength, then each program's
 * decision and the day it is sent, on the timing curves), their season is revealed up to the day half of the
 * invitations are out, and the tracker's predictions for the rest are compared with what the simulation then does.
 */
class SeasonCalibrationTest {
    private static final int APPLICANTS = 600;
    private static final SeasonUpdate UPDATE = SeasonPlans.update();
    private static final double SD = SeasonPlans.MODEL.latentSd();

    /** One simulated applicant's season: what is known at the reveal, and what the rest of it brings. */
    private record Simulated(List<TrackedApplication> known, List<Boolean> laterInvites) {}

    /** The share of invitations out by day t is InvitationTiming's curve: a day drawn by inverting it. */
    private static int dayOf(double u) {
        int day = 0;
        while (InvitationTiming.shareAfterDays(day) < u && day < 200) {
            day++;
        }
        return day;
    }

    private static Simulated simulate(List<ProgramChance> plan, int revealDay, Random random) {
        double z = random.nextGaussian();
        double invitationsOut = InvitationTiming.shareAfterDays(revealDay);
        double rejectionsOut = InvitationTiming.REJECTING
                * InvitationTiming.shareAfterDays(revealDay - InvitationTiming.REJECTION_LAG_DAYS);
        List<TrackedApplication> known = new ArrayList<>();
        List<Boolean> later = new ArrayList<>();
        for (ProgramChance c : plan) {
            boolean invites = random.nextDouble() < Odds.probability(c.interviewLogOdds(Signal.NONE, z, SD));
            int day = invites ? dayOf(random.nextDouble()) : -1;
            boolean rejectsBy = !invites
                    && random.nextDouble() < InvitationTiming.REJECTING
                    && dayOf(random.nextDouble()) + InvitationTiming.REJECTION_LAG_DAYS <= revealDay;
            if (invites && day <= revealDay) {
                known.add(TrackedApplication.invitedTo(c, Signal.NONE));
            } else if (rejectsBy) {
                known.add(TrackedApplication.rejectedBy(c, Signal.NONE));
            } else {
                known.add(TrackedApplication.waiting(c, Signal.NONE, invitationsOut, rejectionsOut));
                later.add(invites);
            }
        }
        return new Simulated(known, later);
    }

    /** P(k further invitations) under the posterior: a Poisson-binomial at each node, mixed by the weights. */
    private static double[] furtherInvitations(List<TrackedApplication> known, LatentStrength posterior) {
        List<TrackedApplication> silent =
                known.stream().filter(TrackedApplication::silent).toList();
        double[] mixed = new double[silent.size() + 1];
        for (int i = 0; i < posterior.size(); i++) {
            double[] dist = {1};
            for (TrackedApplication a : silent) {
                double q = UPDATE.laterAt(a, posterior.node(i));
                double[] next = new double[dist.length + 1];
                for (int k = 0; k < dist.length; k++) {
                    next[k] += dist[k] * (1 - q);
                    next[k + 1] += dist[k] * q;
                }
                dist = next;
            }
            for (int k = 0; k < dist.length; k++) {
                mixed[k] += posterior.weight(i) * dist[k];
            }
        }
        return mixed;
    }

    @Test
    void eightyPercentIntervalsCoverAboutEightyPercentAndThePosteriorBeatsThePrior() {
        List<ProgramChance> plan =
                new ArrayList<>(SeasonPlans.programs(ApplicantType.US_MD, 230, Specialty.INTERNAL_MEDICINE, 20));
        plan.addAll(SeasonPlans.programs(ApplicantType.US_MD, 230, Specialty.FAMILY_MEDICINE, 10));
        int revealDay = 32; // about half of the invitations are out
        assertThat(InvitationTiming.shareAfterDays(revealDay)).isBetween(0.45, 0.6);
        Random random = new Random(20261202);
        int inside = 0;
        double brierPosterior = 0;
        double brierPrior = 0;
        int predictions = 0;
        for (int n = 0; n < APPLICANTS; n++) {
            Simulated s = simulate(plan, revealDay, random);
            SeasonOutlook outlook = UPDATE.outlook(s.known());
            // randomised PIT of the further invitations: uniform when the predictive distribution is right
            double[] dist = furtherInvitations(s.known(), outlook.posterior());
            int seen = (int) s.laterInvites().stream().filter(b -> b).count();
            double below = 0;
            for (int k = 0; k < seen; k++) {
                below += dist[k];
            }
            double pit = below + random.nextDouble() * dist[seen];
            inside += pit >= 0.1 && pit <= 0.9 ? 1 : 0;
            for (int j = 0; j < outlook.pending().size(); j++) {
                double outcome = s.laterInvites().get(j) ? 1 : 0;
                SeasonOutlook.Pending p = outlook.pending().get(j);
                brierPosterior += Math.pow(p.interviewNow() - outcome, 2);
                brierPrior += Math.pow(p.interviewBefore() - outcome, 2);
                predictions++;
            }
        }
        double coverage = (double) inside / APPLICANTS;
        assertThat(coverage)
                .as("share of 80%% intervals holding the further invitations")
                .isBetween(0.75, 0.85);
        assertThat(brierPosterior / predictions)
                .as("Brier score of the updated chances, prior %.4f", brierPrior / predictions)
                .isLessThan(brierPrior / predictions);
    }
}
