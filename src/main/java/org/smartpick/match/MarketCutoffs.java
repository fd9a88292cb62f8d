package org.smartpick.match;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Programs' cutoffs in simulated seasons: per season, per program id, the match-stage score of the last applicant
 * the program matched (−∞ where it had room left).
 *
 * @param competitors the applicants each season was played with
 */
public record MarketCutoffs(List<Map<String, Double>> seasons, int competitors) {
    public MarketCutoffs {
        seasons = seasons.stream().map(Map::copyOf).toList();
        if (seasons.isEmpty()) {
            throw new IllegalArgumentException("at least one season is needed");
        }
    }

    /** The program's cutoff in season s; empty when the program took no part (no known positions). */
    public OptionalDouble cutoff(int season, String programId) {
        Double c = seasons.get(season).get(programId);
        return c == null ? OptionalDouble.empty() : OptionalDouble.of(c);
    }

    public int size() {
        return seasons.size();
    }
}
