package org.smartpick.engine.advice;

import java.util.List;
import org.smartpick.engine.profile.Applicant;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.recommend.Recommendation;
import org.smartpick.engine.recommend.RecommendationOptions;
import org.smartpick.engine.recommend.Recommender;
import org.smartpick.engine.recommend.WhatIf;
import org.smartpick.engine.recommend.WhatIfResult;
import org.smartpick.engine.season.Candidate;
import org.smartpick.engine.season.Program;

/**
 * What the advice rules look at: the applicant, the catalog, the options, the recommendation made, the recommender
 * (to price a change), and the steps of widening the applicant's area in the seed article's order.
 */
public record AdviceContext(
        Applicant applicant,
        List<Candidate> catalog,
        RecommendationOptions options,
        Recommendation recommendation,
        Recommender recommender,
        List<WhatIf.Widening> widenings) {
    public AdviceContext {
        catalog = List.copyOf(catalog);
        widenings = List.copyOf(widenings);
    }

    public Profile profile() {
        return applicant.profile();
    }

    /**
     * The options with the budget the recommendation used, so that a what-if compares like with like — or the
     * applicant's own budget in applications when the area ran out of programs before it (a wider area is then
     * priced at what the applicant is ready to send, not at the few programs the narrow area had).
     */
    public RecommendationOptions sameBudget() {
        int used = recommendation.programs().size();
        Integer asked = options.applications();
        return options.withBudget(asked != null && asked > used && options.dollars() == null ? asked : used, null);
    }

    public WhatIfResult price(WhatIf change) {
        return recommender.whatIf(applicant, catalog, sameBudget(), change);
    }

    /** The catalog's candidate for a listed program (its regions and baseline), else the program alone. */
    public Candidate candidate(Program program) {
        return catalog.stream()
                .filter(x -> x.program().id().equals(program.id()))
                .findFirst()
                .orElse(Candidate.of(program));
    }
}
