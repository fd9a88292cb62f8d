package org.smartpick.report;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.smartpick.catalog.CatalogCoverage;
import org.smartpick.catalog.ModelInputs;
import org.smartpick.catalog.ProgramCatalog;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.engine.advice.AdviceContext;
import org.smartpick.engine.advice.Strategist;
import org.smartpick.engine.advice.Strategy;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.engine.profile.Applicant;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.recommend.Recommendation;
import org.smartpick.engine.recommend.RecommendationOptions;
import org.smartpick.engine.recommend.Recommender;
import org.smartpick.engine.recommend.WhatIf;
import org.smartpick.engine.recommend.WhatIfResult;
import org.smartpick.engine.season.Candidate;

/** One recommendation with its strategy and what-ifs: the flow the command line and the web API share. */
public final class Planner {
    private final Geography geography;
    private final ChanceModel model;
    private final Executor workers;

    /** A planner that works in the calling thread alone. */
    public Planner(Geography geography, ChanceModel model) {
        this(geography, model, Runnable::run);
    }

    /** A planner that shares each plan's independent recommendations with these workers (a server's pool). */
    public Planner(Geography geography, ChanceModel model, Executor workers) {
        this.geography = geography;
        this.model = model;
        this.workers = workers;
    }

    /**
     * The recommendation, its advice, and the what-ifs asked for.
     *
     * @param miles each listed program's distance from the profile's radius place (absent without one)
     */
    public record Result(
            Recommendation recommendation,
            List<WhatIfResult> whatIfs,
            Strategy strategy,
            CatalogCoverage catalog,
            List<String> coverage,
            Map<String, Double> miles) {
        public Result {
            miles = Map.copyOf(miles);
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> json() {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put(
                    "catalog",
                    JsonDocuments.fields(
                            "name",
                            catalog.name(),
                            "programs",
                            catalog.programs(),
                            "states",
                            catalog.states().stream().map(Enum::name).toList()));
            doc.put("coverage", coverage);
            doc.putAll(RecommendationJson.json(recommendation, whatIfs));
            ((List<Map<String, Object>>) doc.get("programs"))
                    .forEach(row -> row.put("miles", miles.get((String) row.get("id"))));
            doc.put("strategy", StrategyJson.json(strategy));
            return doc;
        }
    }

    /** The plan on a catalog, with what the catalog covers and where the profile lies outside it. */
    public Result plan(Profile profile, ProgramCatalog catalog, RecommendationOptions options, List<WhatIf> changes) {
        return plan(profile, PreparedCatalog.of(geography, catalog), options, changes);
    }

    /** The same on a catalog prepared once (a server's active version). */
    public Result plan(Profile profile, PreparedCatalog prepared, RecommendationOptions options, List<WhatIf> changes) {
        ModelInputs inputs = new ModelInputs(geography);
        Applicant applicant = inputs.applicant(profile);
        List<Candidate> candidates = prepared.candidates();
        Recommender recommender = new Recommender(model, workers);
        Recommendation recommendation = recommender.recommend(applicant, candidates, options);
        Strategy strategy = new Strategist()
                .strategy(new AdviceContext(
                        applicant, candidates, options, recommendation, recommender, inputs.widenings(profile)));
        recommendation = recommendation.withAdvice(strategy.advice());
        List<WhatIfResult> results =
                recommender.each(changes, c -> recommender.whatIf(applicant, candidates, options, c));
        Map<String, Double> miles = new HashMap<>();
        if (applicant.radiusCenter() != null) {
            recommendation.programs().stream()
                    .filter(p -> p.program().point() != null)
                    .forEach(p -> miles.put(
                            p.program().id(),
                            Math.round(p.program().point().milesTo(applicant.radiusCenter()) * 10) / 10.0));
        }
        CatalogCoverage coverage = prepared.coverage();
        return new Result(recommendation, results, strategy, coverage, coverage.gaps(profile, geography), miles);
    }
}
