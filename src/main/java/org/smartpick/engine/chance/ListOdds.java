package org.smartpick.engine.chance;

import java.util.List;
import org.smartpick.engine.Odds;
import org.smartpick.engine.Outcome;
import org.smartpick.engine.Signal;

/**
 * Evaluates a set of applications under the one-factor model: outcomes at different programs are independent
 * given the applicant's latent strength z, so P(at least one match) = E_z[1 − Π_j (1 − p_j(z))], with p_j(z) the
 * chance of an interview and then a match at program j.
 */
public final class ListOdds {
    private final LatentStrength latent;
    private final double latentSd;

    public ListOdds(ChanceModel model) {
        this(model.latent(), model.latentSd());
    }

    public ListOdds(LatentStrength latent, double latentSd) {
        this.latent = latent;
        this.latentSd = latentSd;
    }

    /** One application: a program's chance and the signal it carries. */
    public record Application(ProgramChance chance, Signal signal) {}

    public ListOutlook evaluate(List<Application> applications) {
        double pMatch = latent.expectation(z -> pAnyAt(applications, z));
        double interviews = 0;
        double independentMiss = 1;
        for (Application a : applications) {
            Outcome outcome = a.chance().outcome(a.signal());
            interviews += outcome.interview();
            independentMiss *= 1 - outcome.success();
        }
        // The mean can fall outside [P(z10), P(z90)] when P(match | z) drops steeply in the lower tail; the band is
        // widened to contain it so that it always reads as "estimate, from … to …".
        double low = Math.min(pMatch, pAnyAt(applications, -LatentStrength.Z90));
        double high = Math.max(pMatch, pAnyAt(applications, LatentStrength.Z90));
        return new ListOutlook(pMatch, low, high, interviews, 1 - independentMiss, applications.size());
    }

    /** Expected interviews of applicants who match and of those who do not. */
    public record InterviewsByOutcome(double matched, double unmatched) {}

    /**
     * E[interviews | matched] and E[interviews | unmatched]. Given z, with a_j the interview and b_j the
     * match-after-interview chance: E[I · unmatched | z] = Π_k (1 − a_k b_k) · Σ_j a_j (1 − b_j) / (1 − a_j b_j).
     */
    public InterviewsByOutcome interviewsByOutcome(List<Application> applications) {
        double interviews = 0;
        double unmatchedMass = 0;
        double interviewsUnmatched = 0;
        for (int i = 0; i < latent.size(); i++) {
            double z = latent.node(i);
            double miss = 1;
            double sum = 0;
            for (Application a : applications) {
                if (a.chance().excluded()) {
                    continue;
                }
                double ai = Odds.probability(a.chance().interviewLogOdds(a.signal(), z, latentSd));
                double bi = Odds.probability(a.chance().matchLogOdds(a.signal(), z, latentSd));
                interviews += latent.weight(i) * ai;
                miss *= 1 - ai * bi;
                sum += ai * (1 - bi) / (1 - ai * bi);
            }
            unmatchedMass += latent.weight(i) * miss;
            interviewsUnmatched += latent.weight(i) * miss * sum;
        }
        double matchedMass = 1 - unmatchedMass;
        return new InterviewsByOutcome(
                matchedMass > 0 ? (interviews - interviewsUnmatched) / matchedMass : 0,
                unmatchedMass > 0 ? interviewsUnmatched / unmatchedMass : 0);
    }

    /** P(at least one match | z). */
    public double pAnyAt(List<Application> applications, double z) {
        double miss = 1;
        for (Application a : applications) {
            miss *= 1 - successAt(a, z);
        }
        return 1 - miss;
    }

    /** P(interview and match at this program | z). */
    public double successAt(Application a, double z) {
        if (a.chance().excluded()) {
            return 0;
        }
        return Odds.probability(a.chance().interviewLogOdds(a.signal(), z, latentSd))
                * Odds.probability(a.chance().matchLogOdds(a.signal(), z, latentSd));
    }

    /** P(match | exactly these k programs interviewed you), for rank-list questions. */
    public double pMatchGivenInterviews(List<ProgramChance> interviewed) {
        return latent.expectation(z -> {
            double miss = 1;
            for (ProgramChance c : interviewed) {
                miss *= 1 - Odds.probability(c.matchLogOdds(Signal.NONE, z, latentSd));
            }
            return 1 - miss;
        });
    }
}
