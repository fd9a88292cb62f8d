package org.smartpick.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.function.BiPredicate;
import java.util.function.BooleanSupplier;
import org.smartpick.engine.Odds;
import org.smartpick.engine.Signal;
import org.smartpick.engine.chance.ProgramChance;

/**
 * Rank-list odds for a couple. Each member's programs take them with the chance model's match-after-interview
 * chance given that member's latent strength (the two strengths independent); the couple gets the first pair of
 * its list whose programs both take their member (a null side needing nothing). Pairs share programs, so the
 * chances are estimated by simulation with a seeded generator, passed in.
 */
public final class CoupleOdds {
    private final double latentSd;

    public CoupleOdds(double latentSd) {
        this.latentSd = latentSd;
    }

    /** A ranked pair of the couple: the first member's program and the second's (null = that member unmatched). */
    public record Pair(ProgramChance first, ProgramChance second) {}

    /** The estimates, with the number of simulated draws. */
    public record Result(
            double bothMatch,
            double sameRegion,
            double firstMatches,
            double secondMatches,
            double someoneMatches,
            int draws,
            List<Double> pairChances) {
        public Result {
            pairChances = List.copyOf(pairChances);
        }
    }

    /**
     * @param sameRegion whether a pair's two programs lie in one region (given by the caller, who knows regions)
     */
    public Result of(List<Pair> pairs, BiPredicate<ProgramChance, ProgramChance> sameRegion, int draws, Random random) {
        return of(pairs, sameRegion, draws, random, () -> false);
    }

    /** Seasons between two looks at {@code stop}: a look is cheap, but not free next to a season. */
    static final int DRAWS_PER_LOOK = 1024;

    /**
     * The same, looking at {@code stop} every {@value #DRAWS_PER_LOOK} draws.
     *
     * @throws java.util.concurrent.CancellationException when {@code stop} says so (the asker has gone)
     */
    public Result of(
            List<Pair> pairs,
            BiPredicate<ProgramChance, ProgramChance> sameRegion,
            int draws,
            Random random,
            BooleanSupplier stop) {
        int both = 0;
        int region = 0;
        int first = 0;
        int second = 0;
        int anyone = 0;
        int[] chosen = new int[pairs.size()];
        for (int s = 0; s < draws; s++) {
            if (s % DRAWS_PER_LOOK == 0 && stop.getAsBoolean()) {
                throw new CancellationException("stopped after " + s + " of " + draws + " draws");
            }
            Map<ProgramChance, Boolean> takesFirst = draws(pairs, true, random.nextGaussian(), random);
            Map<ProgramChance, Boolean> takesSecond = draws(pairs, false, random.nextGaussian(), random);
            for (int k = 0; k < pairs.size(); k++) {
                Pair pair = pairs.get(k);
                boolean ok = (pair.first() == null || takesFirst.get(pair.first()))
                        && (pair.second() == null || takesSecond.get(pair.second()));
                if (ok) {
                    chosen[k]++;
                    first += pair.first() != null ? 1 : 0;
                    second += pair.second() != null ? 1 : 0;
                    anyone++;
                    if (pair.first() != null && pair.second() != null) {
                        both++;
                        region += sameRegion.test(pair.first(), pair.second()) ? 1 : 0;
                    }
                    break;
                }
            }
        }
        List<Double> byPair = new ArrayList<>();
        for (int c : chosen) {
            byPair.add((double) c / draws);
        }
        return new Result(
                (double) both / draws,
                (double) region / draws,
                (double) first / draws,
                (double) second / draws,
                (double) anyone / draws,
                draws,
                byPair);
    }

    /** For one member and one season: whether each of their programs would take them. */
    private Map<ProgramChance, Boolean> draws(List<Pair> pairs, boolean firstMember, double z, Random random) {
        Map<ProgramChance, Boolean> out = new HashMap<>();
        for (Pair pair : pairs) {
            ProgramChance c = firstMember ? pair.first() : pair.second();
            if (c != null && !out.containsKey(c)) {
                double m = c.excluded() ? 0 : Odds.probability(c.matchLogOdds(Signal.NONE, z, latentSd));
                out.put(c, random.nextDouble() < m);
            }
        }
        return out;
    }
}
