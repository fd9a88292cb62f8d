package org.smartpick.engine.advice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.smartpick.engine.recommend.Advice;

/**
 * The whole strategy for one recommendation: the realism of the target and the area steps first (they change
 * the plan most), then the advice rules of {@link StrategyAdvisor}, the PGY-1 year, and the playbook.
 */
public final class Strategist {
    private final AreaPlan areas = new AreaPlan();
    private final SpecialtyRealism realism = new SpecialtyRealism();
    private final Playbook playbook = new Playbook();

    public Strategy strategy(AdviceContext c) {
        List<AreaOption> steps = areas.options(c);
        Optional<Realism> real = realism.of(c);
        Optional<Pgy1Year> pgy1 = realism.pgy1Year(c);
        List<Advice> advice = new ArrayList<>();
        real.ifPresent(r -> advice.add(new Advice(
                "realism",
                c.recommendation().programs().isEmpty()
                        ? "No " + c.recommendation().specialty().label() + " programs in your area"
                        : String.format(
                                Locale.ROOT,
                                "%s is a long shot: P(match) %s",
                                c.recommendation().specialty().label(),
                                StrategyAdvisor.pct(c.recommendation().outlook().pMatch())),
                r.statement()
                        + (r.levers().isEmpty() ? "" : " " + String.join(" ", r.levers()))
                        + (r.alternatives().size() > 1 ? " The alternatives are priced side by side." : ""),
                null)));
        areas.advice(c, steps).ifPresent(advice::add);
        advice.addAll(new StrategyAdvisor().advise(c));
        new StretchSignal().advice(c).ifPresent(advice::add);
        pgy1.ifPresent(p -> advice.add(new Advice(
                "pgy1-year",
                c.recommendation().specialty().label() + " starts at PGY-2: apply for a PGY-1 year too",
                String.format(
                        Locale.ROOT,
                        "%s Starting on time" + " (the advanced position and a PGY-1 year) is about %s or more.",
                        p.rule(),
                        StrategyAdvisor.pct(p.pOnTime())),
                null)));
        return new Strategy(advice, steps, real, pgy1, playbook.items(c), SeasonBudget.of(c));
    }
}
