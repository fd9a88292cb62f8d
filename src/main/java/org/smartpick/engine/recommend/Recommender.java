package org.smartpick.engine.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.smartpick.engine.Signal;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.engine.chance.ListOdds;
import org.smartpick.engine.chance.ListOutlook;
import org.smartpick.engine.chance.ProgramChance;
import org.smartpick.engine.portfolio.GreedySolver;
import org.smartpick.engine.portfolio.Pick;
import org.smartpick.engine.portfolio.PortfolioLimits;
import org.smartpick.engine.portfolio.PortfolioModel;
import org.smartpick.engine.portfolio.PortfolioOptimizer;
import org.smartpick.engine.portfolio.PortfolioProblem;
import org.smartpick.engine.portfolio.Selection;
import org.smartpick.engine.portfolio.Utilities;
import org.smartpick.engine.profile.Applicant;
import org.smartpick.engine.season.Candidate;
import org.smartpick.engine.season.SeasonFacts;
import org.smartpick.engine.season.SpecialtyFacts;

/**
 * Builds the recommended list: scores the programs of the target specialty in the search area, runs the greedy
 * optimizer under the latent-strength model to the end of the curve, takes the budget's (or the recommended)
 * number of applications, improves it by local search, and adds the backup options.
 *
 * <p>A recommender remembers the chances it has scored, per applicant and specialty, so that the strategy's area
 * steps, what-ifs and backup plans of one plan score each program once: make one per plan (or request), not one
 * for a server. The independent recommendations of a plan ({@link #each}) may run on the workers it was given; the
 * remembered chances are shared between them safely.
 */
public final class Recommender {
    private final ChanceModel model;
    private final Executor workers;
    private final RememberedChances remembered;

    /** A recommender that works alone, in the calling thread. */
    public Recommender(ChanceModel model) {
        this(model, Runnable::run);
    }

    /** A recommender that shares a plan's independent recommendations with these workers ({@link #each}). */
    public Recommender(ChanceModel model, Executor workers) {
        this.model = model;
        this.workers = workers;
        this.remembered = new RememberedChances(model);
    }

    /**
     * {@code work} applied to each input, on the workers and the calling thread ({@link IndependentTasks}), in the
     * inputs' order: for the independent recommendations of one plan (area steps, priced alternatives, what-ifs).
     */
    public <T, R> List<R> each(List<T> inputs, Function<? super T, ? extends R> work) {
        return IndependentTasks.map(inputs, work, workers);
    }

    public ChanceModel model() {
        return model;
    }

    /** The chances, the portfolio problem and the greedy run for one specialty in one area. */
    record AreaProblem(
            Specialty specialty,
            List<ProgramChance> chances,
            List<ProgramChance> excluded,
            double[] utilities,
            PortfolioProblem problem,
            GreedySolver.Run run) {}

    public Recommendation recommend(Applicant applicant, List<Candidate> catalog, RecommendationOptions options) {
        return recommend(applicant, catalog, options, SearchArea.of(applicant));
    }

    public Recommendation recommend(
            Applicant applicant, List<Candidate> catalog, RecommendationOptions options, SearchArea area) {
        Specialty specialty = applicant.profile().specialty();
        int budget = budgetCount(options, Integer.MAX_VALUE);
        int curveLength = Math.max(options.maxApplications(), budget == Integer.MAX_VALUE ? 0 : budget);
        AreaProblem plan = plan(applicant, catalog, specialty, area, options, curveLength);
        List<CurvePoint> curve = curve(plan);
        int recommended = recommendedCount(curve, options.marginalPoints());
        int n = Math.min(
                budget == Integer.MAX_VALUE ? recommended : budget,
                plan.chances().size());
        Selection selection = finalSelection(plan, n, options);
        ListOutlook outlook = outlook(plan, selection.picks());
        List<RecommendedProgram> programs = listOf(plan, selection);
        List<BackupOption> backups = outlook.pMatch() < options.backupBelow()
                ? new BackupPlanner(this).options(applicant, catalog, area, plan, selection, options)
                : List.of();
        double atRecommended = recommended == 0
                ? 0
                : curve.get(Math.min(recommended, curve.size()) - 1).pMatch();
        return new Recommendation(
                specialty,
                options.objective(),
                outlook,
                selection.value(),
                season().fees().cost(selection.picks().size()),
                recommended,
                atRecommended,
                curve,
                programs,
                backups,
                List.of(),
                area.describe(),
                plan.excluded(),
                plan.chances().size(),
                budget == Integer.MAX_VALUE ? null : budget);
    }

    /** The P(match) the list would reach in another area (for what-ifs and advice). */
    public double pMatch(Applicant applicant, List<Candidate> catalog, RecommendationOptions options, SearchArea area) {
        return recommend(applicant, catalog, options, area).outlook().pMatch();
    }

    /** The same recommendation for a changed profile or area: P(match) before and after, with the same budget. */
    public WhatIfResult whatIf(
            Applicant applicant, List<Candidate> catalog, RecommendationOptions options, WhatIf change) {
        SearchArea area = SearchArea.of(applicant);
        RecommendationOptions listOnly = options.withoutBackups();
        Recommendation before = recommend(applicant, catalog, listOnly, area);
        Applicant changed = new Applicant(change.apply(applicant.profile()), applicant.radiusCenter());
        Recommendation after = recommend(changed, catalog, listOnly, change.apply(area));
        return new WhatIfResult(
                change.label(),
                before.outlook().pMatch(),
                after.outlook().pMatch(),
                before.programs().size(),
                after.programs().size());
    }

    AreaProblem plan(
            Applicant applicant,
            List<Candidate> catalog,
            Specialty specialty,
            SearchArea area,
            RecommendationOptions options,
            int curveLength) {
        RememberedChances.Scored chances = remembered.of(applicant, specialty);
        List<ProgramChance> eligible = new ArrayList<>();
        List<ProgramChance> excluded = new ArrayList<>();
        List<Candidate> inArea = new ArrayList<>();
        for (Candidate c : catalog) {
            if (c.program().specialty() == specialty && area.contains(c)) {
                ProgramChance chance = chances.of(c);
                (chance.excluded() ? excluded : eligible).add(chance);
                if (!chance.excluded()) {
                    inArea.add(c);
                }
            }
        }
        double[] utilities = Utilities.of(applicant, inArea, options.objective());
        PortfolioLimits limits = new PortfolioLimits(
                Math.min(curveLength, eligible.size()),
                null,
                Map.of(specialty.name(), season().fees()),
                Map.of(specialty.name(), allotment(specialty)));
        PortfolioProblem problem = PortfolioModel.problem(model, eligible, utilities, limits);
        return new AreaProblem(specialty, eligible, excluded, utilities, problem, new GreedySolver().solve(problem));
    }

    Map<Signal, Integer> allotment(Specialty specialty) {
        return season().specialty(specialty)
                .flatMap(SpecialtyFacts::signalsIfKnown)
                .map(a -> Map.of(Signal.GOLD, a.gold(), Signal.SILVER, a.silver(), Signal.PLAIN, a.plain()))
                .orElse(Map.of());
    }

    private List<CurvePoint> curve(AreaProblem plan) {
        List<Pick> order = plan.run().selection().picks();
        List<CurvePoint> curve = new ArrayList<>();
        double[] pMatch = plan.problem().pMatchPrefixes(order);
        double interviews = 0;
        for (int i = 0; i < order.size(); i++) {
            Pick pick = order.get(i);
            interviews += plan.chances().get(pick.item()).outcome(pick.signal()).interview();
            curve.add(
                    new CurvePoint(i + 1, pMatch[i], interviews, season().fees().cost(i + 1)));
        }
        return curve;
    }

    /**
     * Points of P(match) the rest of the curve may still add at the recommended number: small steps that add up
     * (an international graduate's 15th to 120th applications add about 19 points, each under half a point) are
     * not a reason to stop (a choice, docs/model.md "How many applications").
     */
    static final double TAIL_POINTS = 2.0;

    /**
     * The first n after which one more application adds less than the threshold and all the further applications
     * of the curve together add less than {@link #TAIL_POINTS}.
     */
    static int recommendedCount(List<CurvePoint> curve, double marginalPoints) {
        if (curve.isEmpty()) {
            return 0;
        }
        double end = curve.get(curve.size() - 1).pMatch();
        for (int i = 0; i + 1 < curve.size(); i++) {
            boolean flat = curve.get(i + 1).pMatch() - curve.get(i).pMatch() < marginalPoints / 100;
            if (flat && end - curve.get(i).pMatch() < TAIL_POINTS / 100) {
                return i + 1;
            }
        }
        return curve.size();
    }

    /** The number of applications the budget allows (max when it sets none). */
    int budgetCount(RecommendationOptions options, int max) {
        int n = max;
        if (options.applications() != null) {
            n = Math.min(n, options.applications());
        }
        if (options.dollars() != null) {
            n = Math.min(n, season().fees().affordable(options.dollars()));
        }
        return n;
    }

    private Selection finalSelection(AreaProblem plan, int n, RecommendationOptions options) {
        List<Pick> start = plan.run()
                .selection()
                .picks()
                .subList(0, Math.min(n, plan.run().selection().picks().size()));
        PortfolioLimits limits = new PortfolioLimits(
                n,
                options.dollars(),
                plan.problem().limits().tieredFees(),
                plan.problem().limits().signals());
        PortfolioProblem bounded = plan.problem().withLimits(limits);
        return new PortfolioOptimizer().optimize(bounded, start);
    }

    ListOutlook outlook(AreaProblem plan, List<Pick> picks) {
        List<ListOdds.Application> applications = picks.stream()
                .map(p -> new ListOdds.Application(plan.chances().get(p.item()), p.signal()))
                .toList();
        return new ListOdds(model).evaluate(applications);
    }

    private List<RecommendedProgram> listOf(AreaProblem plan, Selection selection) {
        List<RecommendedProgram> out = new ArrayList<>();
        for (int i = 0; i < selection.picks().size(); i++) {
            Pick pick = selection.picks().get(i);
            ProgramChance chance = plan.chances().get(pick.item());
            out.add(new RecommendedProgram(
                    i + 1,
                    chance,
                    pick.signal(),
                    season().fees().feeOf(i + 1),
                    Tier.of(chance.outcome(Signal.NONE).interview()),
                    plan.utilities()[pick.item()]));
        }
        return out;
    }

    public SeasonFacts season() {
        return model.season();
    }
}
