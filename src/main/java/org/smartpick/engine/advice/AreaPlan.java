package org.smartpick.engine.advice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.smartpick.engine.recommend.Advice;
import org.smartpick.engine.recommend.Recommendation;
import org.smartpick.engine.recommend.RecommendationOptions;
import org.smartpick.engine.recommend.SearchArea;
import org.smartpick.engine.recommend.WhatIf;

/**
 * The widening steps of the applicant's area, each priced with a full recommendation at the applicant's budget, and
 * the advice they make: when the area holds fewer programs than the budget, the first step that holds enough is
 * offered as "use your whole budget" (the widest one when none does); otherwise a step is advised only when it
 * raises P(match) by at least a point.
 */
final class AreaPlan {
    /** Each step priced, narrowest first; empty when the applicant searches everywhere. */
    public List<AreaOption> options(AdviceContext c) {
        if (c.widenings().isEmpty()) {
            return List.of();
        }
        RecommendationOptions options = c.sameBudget().withoutBackups();
        SearchArea base = SearchArea.of(c.applicant());
        List<Recommendation> priced = c.recommender()
                .each(
                        c.widenings(),
                        step -> c.recommender().recommend(c.applicant(), c.catalog(), options, step.apply(base)));
        int whole = wholeBudgetStep(c, priced);
        List<AreaOption> out = new ArrayList<>();
        for (int i = 0; i < priced.size(); i++) {
            int before =
                    i == 0 ? c.recommendation().candidates() : priced.get(i - 1).candidates();
            if (priced.get(i).candidates() == 0 || priced.get(i).candidates() == before && i != whole) {
                continue; // a step that adds no program of the catalog would only repeat the one before
            }
            WhatIf.Widening step = c.widenings().get(i);
            Recommendation r = priced.get(i);
            out.add(new AreaOption(
                    step.label(),
                    step.regions(),
                    step.states(),
                    r.candidates(),
                    r.programs().size(),
                    r.outlook().pMatch(),
                    r.cost(),
                    i == whole,
                    r.programs().stream().map(p -> p.program().id()).toList()));
        }
        return out;
    }

    /** The step offered as the whole-budget list: -1 when the area already holds the budget. */
    private static int wholeBudgetStep(AdviceContext c, List<Recommendation> priced) {
        Integer asked = c.options().applications();
        if (asked == null || c.recommendation().candidates() >= asked || priced.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < priced.size(); i++) {
            if (priced.get(i).candidates() >= asked) {
                return i;
            }
        }
        return priced.size() - 1;
    }

    /** The advice the priced steps make, if any. */
    public Optional<Advice> advice(AdviceContext c, List<AreaOption> steps) {
        Recommendation r = c.recommendation();
        Optional<AreaOption> whole =
                steps.stream().filter(AreaOption::wholeBudget).findFirst();
        Optional<AreaOption> best = steps.stream().max(Comparator.comparingDouble(AreaOption::pMatch));
        double before = r.outlook().pMatch();
        if (whole.isPresent()) {
            AreaOption w = whole.get();
            return Optional.of(new Advice(
                    "widen-geography",
                    "Widen your area to use your budget: " + w.label(),
                    String.format(
                            Locale.ROOT,
                            "Your area (%s) has %d eligible programs for a budget of %d"
                                    + " applications: P(match) %s, $%,d. Widening in the seed article's order, at up to %d"
                                    + " applications: %s.",
                            r.area(),
                            r.candidates(),
                            c.options().applications(),
                            StrategyAdvisor.pct(before),
                            r.cost(),
                            c.options().applications(),
                            ladder(steps, c.options().applications())),
                    100 * (w.pMatch() - before)));
        }
        if (best.isPresent() && 100 * (best.get().pMatch() - before) >= StrategyAdvisor.WORTH_POINTS) {
            AreaOption b = best.get();
            return Optional.of(new Advice(
                    "widen-geography",
                    "Widen your area to " + b.label(),
                    String.format(
                            Locale.ROOT,
                            "You searched %s (P(match) %s with %d applications). Programs just"
                                    + " outside it are more open; at the same budget: %s.",
                            r.area(),
                            StrategyAdvisor.pct(before),
                            r.programs().size(),
                            ladder(steps, Integer.MAX_VALUE)),
                    100 * (b.pMatch() - before)));
        }
        return Optional.empty();
    }

    private static String ladder(List<AreaOption> steps, int budget) {
        List<String> parts = new ArrayList<>();
        for (AreaOption s : steps) {
            parts.add(String.format(
                    Locale.ROOT,
                    "%s — %d programs, %d applications, P(match) %s, $%,d%s",
                    s.label(),
                    s.programs(),
                    s.applications(),
                    StrategyAdvisor.pct(s.pMatch()),
                    s.fees(),
                    !s.wholeBudget()
                            ? ""
                            : s.applications() >= budget ? " (uses your whole budget)" : " (the most it can use)"));
        }
        return String.join("; ", parts);
    }
}
