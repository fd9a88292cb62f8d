package org.smartpick.match;

import java.util.Random;

/** The random terms of the random-utility reading of the model: logistic and Gumbel draws from a seeded source. */
final class Noise {
    private Noise() {
    }

    /** Logistic(0, 1): the difference of two Gumbels, whose threshold crossing is the logit. */
    static double logistic(Random random) {
        double u = open(random);
        return Math.log(u / (1 - u));
    }

    /** Gumbel(0, 1): the maximum of utility plus Gumbel noise is a draw in proportion to exp(utility). */
    static double gumbel(Random random) {
        return -Math.log(-Math.log(open(random)));
    }

    /** Uniform on (0, 1), never 0. */
    private static double open(Random random) {
        double u;
        do {
            u = random.nextDouble();
        } while (u == 0);
        return u;
    }
}
