package org.smartpick.engine.advice;

import java.util.List;
import java.util.Optional;
import org.smartpick.engine.recommend.Advice;

/**
 * The strategy that goes with a recommendation: the advice in order, the priced steps of widening the area, the
 * realism of the target specialty with its priced alternatives, the PGY-1 year an advanced specialty needs, and the
 * playbook items that fit the profile, and the season's budget beyond the application fees.
 */
public record Strategy(
        List<Advice> advice,
        List<AreaOption> areas,
        Optional<Realism> realism,
        Optional<Pgy1Year> pgy1Year,
        List<PlaybookItem> playbook,
        Optional<SeasonBudget> budget) {
    public Strategy {
        advice = List.copyOf(advice);
        areas = List.copyOf(areas);
        playbook = List.copyOf(playbook);
    }
}
