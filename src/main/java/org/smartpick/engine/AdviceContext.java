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

    /**
     * The options with the budget the recommendation used, so that a what-if compares like with like — or the
     * applicant's own budget in applications when the area ran out of programs before it (a wider area is then
     * priced at what the applicant is ready to send, not at the few programs the narrow area had).
     */
    RecommendationOptions sameBudget() {
        int used = recommendation.programs().size();
        Integer asked = options.applications();
        return options.withBudget(asked != null && asked > used && options.dollars() == null ? asked : used, null);
    }

    WhatIfResult price(WhatIf change) {
        return recommender.whatIf(applicant, catalog, sameBudget(), change);
    }
}
