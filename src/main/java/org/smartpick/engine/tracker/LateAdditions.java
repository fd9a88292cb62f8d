package org.smartpick.engine.tracker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.smartpick.engine.Odds;
import org.smartpick.engine.Signal;
import org.smartpick.engine.chance.LatentStrength;
import org.smartpick.engine.chance.ProgramChance;
import org.smartpick.engine.season.FeeSchedule;

/**
 * "Apply more?": the programs that would add most to P(match) if applied to now, in order, under the updated
 * strength. A late application can only get the invitations a program has still to send, so its interview chance
 * is the model's times the share of invitations left (InvitationTiming; the late-application penalty, a PRIOR:
 * programs that have stopped reading are not known). Greedy, as the optimizer: P(match) is monotone submodular in
 * the set of applications under the one-factor model.
 */
public final class LateAdditions {
    private final SeasonUpdate update;
    private final double latentSd;

    public LateAdditions(SeasonUpdate update, double latentSd) {
        this.update = update;
        this.latentSd = latentSd;
    }

    /** One more program: what it brings P(match) to, and what it costs. */
    public record Step(int added, ProgramChance chance, double pMatch, int fee) {}

    /**
     * Up to {@code most} additions from {@code candidates} (programs not applied to), without signals (they were
     * spent with the first applications).
     *
     * @param applied the applications already sent in the specialty, for the fee of the next ones
     */
    public List<Step> best(
            List<TrackedApplication> current,
            LatentStrength posterior,
            List<ProgramChance> candidates,
            double shareLeft,
            FeeSchedule fees,
            int applied,
            int most) {
        double[] miss = new double[posterior.size()];
        for (int i = 0; i < miss.length; i++) {
            miss[i] = 1 - update.pMatchAt(current, posterior.node(i));
        }
        List<ProgramChance> left =
                new ArrayList<>(candidates.stream().filter(c -> !c.excluded()).toList());
        List<Step> steps = new ArrayList<>();
        while (steps.size() < most && !left.isEmpty()) {
            ProgramChance best = null;
            double bestGain = 0;
            for (ProgramChance c : left) {
                double gain = 0;
                for (int i = 0; i < miss.length; i++) {
                    gain += posterior.weight(i) * miss[i] * successAt(c, posterior.node(i), shareLeft);
                }
                if (gain > bestGain) {
                    bestGain = gain;
                    best = c;
                }
            }
            if (best == null) {
                break;
            }
            left.remove(best);
            double p = 0;
            for (int i = 0; i < miss.length; i++) {
                miss[i] *= 1 - successAt(best, posterior.node(i), shareLeft);
                p += posterior.weight(i) * (1 - miss[i]);
            }
            steps.add(new Step(steps.size() + 1, best, p, fees.feeOf(applied + steps.size() + 1)));
        }
        return steps;
    }

    private double successAt(ProgramChance c, double z, double shareLeft) {
        return shareLeft
                * Odds.probability(c.interviewLogOdds(Signal.NONE, z, latentSd))
                * Odds.probability(c.matchLogOdds(Signal.NONE, z, latentSd));
    }

    /** An invitation and what declining it would cost in P(match). */
    public record Declinable(TrackedApplication application, double loss) {}

    /** Every open invitation with the P(match) lost if it were declined, smallest loss first. */
    public List<Declinable> declinable(List<TrackedApplication> current, LatentStrength posterior) {
        double now = posterior.expectation(z -> update.pMatchAt(current, z));
        List<Declinable> out = new ArrayList<>();
        for (TrackedApplication a : current) {
            if (a.open() && a.invited()) {
                List<TrackedApplication> without =
                        current.stream().filter(x -> x != a).toList();
                out.add(new Declinable(a, now - posterior.expectation(z -> update.pMatchAt(without, z))));
            }
        }
        out.sort(Comparator.comparingDouble(Declinable::loss));
        return out;
    }
}
