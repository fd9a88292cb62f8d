package org.smartpick.engine;

import java.util.List;

/**
 * What the advice rules look at: the applicant, the catalog, the options, the recommendation made, the recommender
 * (to price a change), and the named regions that contain the applicant's (to suggest a wider area).
 */
public record AdviceContext(Applicant applicant, List<Candidate> catalog, RecommendationOptions options,
                            Recommendation recommendation, Recommender recommender, List<String> widerRegions) {
    public AdviceContext {
        catalog = List.copyOf(catalog);
        widerRegions = List.copyOf(widerRegions);
    }

    public Profile profile() {
        return applicant.profile();
    }

    /** The options with the budget the recommendation used, so that a what-if compares like with like. */
    RecommendationOptions sameBudget() {
        return options.withBudget(recommendation.programs().size(), null);
    }

    WhatIfResult price(WhatIf change) {
        return recommender.whatIf(applicant, catalog, sameBudget(), change);
    }
}
