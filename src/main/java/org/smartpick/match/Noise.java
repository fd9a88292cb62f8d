package org.smartpick.match;

import java.util.random.RandomGenerator;

/**
 * The random terms of the random-utility reading of the model: logistic and exponential (Gumbel) draws from a seeded
 * source.
 */
final class Noise {
    private Noise() {}

    /** Logistic(0, 1): the difference of two Gumbels, whose threshold crossing is the logit. */
    static double logistic(RandomGenerator random) {
        double u = open(random);
        return Math.log(u / (1 - u));
    }

    /** Exp(1); −ln of it is a Gumbel(0, 1), whose maximum over utilities is a draw in proportion to exp(utility). */
    static double exponential(RandomGenerator random) {
        return random.nextExponential();
    }

    /** Uniform on (0, 1), never 0. */
    private static double open(RandomGenerator random) {
        double u;
        do {
            u = random.nextDouble();
        } while (u == 0);
        return u;
    }
}
