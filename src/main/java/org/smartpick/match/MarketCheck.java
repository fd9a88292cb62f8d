package org.smartpick.match;

import java.util.ArrayList;
import java.util.List;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Figure;
import org.smartpick.engine.season.SeasonFacts;

/**
 * A simulated national season beside the published outcomes it should reproduce: the PGY-1 match rate of each
 * applicant type (within {@link #TYPE_TOLERANCE}), and the overall match and fill rates (within
 * {@link #NATIONAL_TOLERANCE}). Meaningful only for a national catalog; a regional one is a different market.
 */
public final class MarketCheck {
    /** Percentage points a type's simulated rate may differ from the published one (docs/model.md). */
    public static final double TYPE_TOLERANCE = 0.05;
    /** Percentage points the overall match and fill rates may differ. */
    public static final double NATIONAL_TOLERANCE = 0.025;

    /** One comparison. */
    public record Line(String name, double simulated, double published, double tolerance, String source) {
        public boolean within() {
            return Math.abs(simulated - published) <= tolerance + 1e-12;
        }
    }

    private MarketCheck() {}

    public static List<Line> of(MarketOutcome outcome, MarketFigures figures, SeasonFacts season) {
        List<Line> out = new ArrayList<>();
        for (ApplicantType type : ApplicantType.values()) {
            Figure published = season.matchRates().get(type);
            out.add(new Line(
                    "match rate, " + type,
                    outcome.byType().get(type).rate(),
                    published.value(),
                    TYPE_TOLERANCE,
                    published.source()));
        }
        out.add(new Line(
                "match rate, all applicants",
                outcome.matchRate(),
                figures.matchRate().value(),
                NATIONAL_TOLERANCE,
                figures.matchRate().source()));
        out.add(new Line(
                "positions filled",
                outcome.fillRate(),
                figures.fillRate().value(),
                NATIONAL_TOLERANCE,
                figures.fillRate().source()));
        return out;
    }
}
