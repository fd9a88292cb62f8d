package org.smartpick.engine.chance;

import org.smartpick.engine.Signal;

/**
 * How much a program signal multiplies the odds of an interview in one specialty: odds ratios for a gold, a silver
 * and a single-tier (plain) signal, with their source.
 */
public record SignalEffect(double gold, double silver, double plain, String source) {
    public SignalEffect {
        for (double ratio : new double[] {gold, silver, plain}) {
            if (!(ratio >= 1 && ratio <= 100)) {
                throw new IllegalArgumentException("signal odds ratios must be between 1 and 100, got " + ratio);
            }
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("a signal effect needs its source");
        }
    }

    /** The odds ratio of a signal of this kind (1 for none). */
    public double oddsRatio(Signal signal) {
        return switch (signal) {
            case NONE -> 1;
            case GOLD -> gold;
            case SILVER -> silver;
            case PLAIN -> plain;
        };
    }
}
