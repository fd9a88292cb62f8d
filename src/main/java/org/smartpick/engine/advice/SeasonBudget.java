package org.smartpick.engine.advice;

import java.util.Optional;
import org.smartpick.engine.recommend.Recommendation;
import org.smartpick.engine.season.ApplicationService;
import org.smartpick.engine.season.SeasonCosts;

/**
 * What the season costs with this list: the application fees (and through which service), NRMP registration for
 * ranking the expected interviews, and the interviews' travel from nothing (all virtual) to all in person — the
 * last two are estimates, and say so.
 *
 * @param feesEstimated true when the service's own fees are not known and the ERAS schedule stands in for them
 * @param rankedPrograms the expected interviews, rounded: what the rank list will hold
 */
public record SeasonBudget(
        String service,
        int applicationFees,
        boolean feesEstimated,
        int rankedPrograms,
        int matchFee,
        int interviewsInPerson,
        int totalLow,
        int totalHigh,
        String source) {
    /** The budget of a recommendation, when the season file has the costs. */
    public static Optional<SeasonBudget> of(AdviceContext c) {
        Recommendation r = c.recommendation();
        Optional<SeasonCosts> costs = c.recommender().model().season().costsIfKnown();
        if (costs.isEmpty() || r.programs().isEmpty()) {
            return Optional.empty();
        }
        ApplicationService service = c.recommender().model().season().service(r.specialty());
        int ranked = (int) Math.round(r.outlook().expectedInterviews());
        int match = costs.get().matchFee(ranked);
        int travel = (int) Math.round(ranked * costs.get().inPersonInterview().value());
        return Optional.of(new SeasonBudget(
                service.name(),
                r.cost(),
                !service.feesKnown(),
                ranked,
                match,
                travel,
                r.cost() + match,
                r.cost() + match + travel,
                costs.get().matchRegistration().source() + "; "
                        + costs.get().inPersonInterview().source()));
    }
}
