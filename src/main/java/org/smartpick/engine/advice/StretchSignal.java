package org.smartpick.engine.advice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.smartpick.engine.Signal;
import org.smartpick.engine.chance.ListOdds;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.recommend.Advice;
import org.smartpick.engine.recommend.Recommendation;
import org.smartpick.engine.recommend.RecommendedProgram;
import org.smartpick.engine.recommend.Tier;
import org.smartpick.engine.season.Candidate;

/**
 * The seed article's one exception to "signal where you are realistic": at most one signal for a stretch (a reach
 * without a signal) where the applicant has ties or a letter from the region — the hardest such program of the
 * list, the academic centre the applicant dreams of. The signal is moved from the signalled program where it buys
 * least, and the move is priced: the interview chance at the stretch and P(match).
 */
final class StretchSignal {
    public Optional<Advice> advice(AdviceContext c) {
        Recommendation r = c.recommendation();
        Profile p = c.profile();
        if (r.signalPlan().isEmpty() || !(hasTies(p) || p.letters().fromTargetRegion())) {
            return Optional.empty();
        }
        Optional<RecommendedProgram> stretch = r.programs().stream()
                .filter(x -> x.signal() == Signal.NONE && x.tier() == Tier.REACH && tied(c, x))
                .min(Comparator.comparingDouble(
                        x -> x.chance().outcome(Signal.NONE).interview()));
        if (stretch.isEmpty()) {
            return Optional.empty();
        }
        RecommendedProgram from = r.signalPlan().stream()
                .filter(x -> x.signal() == weakest(r))
                .min(Comparator.comparingDouble(x -> x.outcome().interview()
                        - x.chance().outcome(Signal.NONE).interview()))
                .orElseThrow();
        return Optional.of(priced(c, stretch.get(), from));
    }

    private static Advice priced(AdviceContext c, RecommendedProgram to, RecommendedProgram from) {
        Signal signal = from.signal();
        List<ListOdds.Application> moved = new ArrayList<>();
        for (RecommendedProgram x : c.recommendation().programs()) {
            Signal s = x == from ? Signal.NONE : x == to ? signal : x.signal();
            moved.add(new ListOdds.Application(x.chance(), s));
        }
        double before = c.recommendation().outlook().pMatch();
        double after = new ListOdds(c.recommender().model()).evaluate(moved).pMatch();
        String name = signal.name().toLowerCase(Locale.ROOT);
        return new Advice(
                "stretch-signal",
                "At most one signal for a stretch with ties: " + to.program().name(),
                String.format(
                        Locale.ROOT,
                        "The rule: signals go where you are realistic, except at most one for a"
                                + " reach where you have ties or a regional letter. Moving the %s signal from %s to %s takes"
                                + " your interview chance there from %s to %s and P(match) from %.1f%% to %.1f%% (%+.1f points)."
                                + " Worth it only if %s is a program you would rank first.",
                        name,
                        from.program().name(),
                        to.program().name(),
                        StrategyAdvisor.pct(to.outcome().interview()),
                        StrategyAdvisor.pct(to.chance().outcome(signal).interview()),
                        100 * before,
                        100 * after,
                        100 * (after - before),
                        to.program().name()),
                100 * (after - before));
    }

    private static Signal weakest(Recommendation r) {
        return r.signalPlan().stream()
                .map(RecommendedProgram::signal)
                .max(Comparator.naturalOrder())
                .orElse(Signal.NONE);
    }

    private static boolean hasTies(Profile p) {
        return p.ties().homeState() != null
                || !p.ties().regions().isEmpty()
                || !p.ties().metros().isEmpty();
    }

    /** In the applicant's home state, tie states or tie regions — or, with a regional letter, the preferred regions. */
    private static boolean tied(AdviceContext c, RecommendedProgram x) {
        var ties = c.profile().ties();
        if (x.program().state() == ties.homeState()
                || ties.states().contains(x.program().state())) {
            return true;
        }
        Candidate candidate = c.candidate(x.program());
        boolean letter = c.profile().letters().fromTargetRegion()
                && c.profile().preferences().regions().stream().anyMatch(candidate.regions()::contains);
        return letter || ties.regions().stream().anyMatch(candidate.regions()::contains);
    }
}
