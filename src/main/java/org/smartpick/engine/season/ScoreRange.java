package org.smartpick.engine.season;

/** A published range of scores (the residents' average Step 1 range), either end null when not published. */
public record ScoreRange(Integer low, Integer high) {
    public static final ScoreRange UNKNOWN = new ScoreRange(null, null);

    public ScoreRange {
        if (low != null && high != null && low > high) {
            throw new IllegalArgumentException("a score range's low end must not exceed its high end");
        }
    }
}
