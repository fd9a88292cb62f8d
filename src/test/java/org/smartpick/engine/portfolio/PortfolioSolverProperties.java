package org.smartpick.engine.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.smartpick.engine.Signal;
import org.smartpick.engine.chance.LatentStrength;

/** Every solver against brute force on random small instances, for both budgets, with and without signals. */
class PortfolioSolverProperties {
    /** A random instance: chances (raised by gold and silver signals), utilities, fees, and limits. */
    record Instance(
            double[] f,
            double[] gold,
            double[] silver,
            double[] t,
            int[] fees,
            int applications,
            int dollars,
            int goldCount,
            int silverCount) {
        PortfolioProblem problem(boolean byDollars, boolean signals) {
            PortfolioLimits limits = new PortfolioLimits(
                    byDollars ? null : applications,
                    byDollars ? dollars : null,
                    null,
                    signals ? Map.of("g", Map.of(Signal.GOLD, goldCount, Signal.SILVER, silverCount)) : null);
            Map<Signal, double[]> p = new EnumMap<>(Signal.class);
            p.put(Signal.NONE, f);
            if (signals) {
                p.put(Signal.GOLD, gold);
                p.put(Signal.SILVER, silver);
            }
            return PortfolioProblem.independent(Portfolios.items(t, fees), p, limits);
        }

        PortfolioProblem correlated(double rho) {
            Map<Signal, double[]> p = new EnumMap<>(Signal.class);
            p.put(Signal.NONE, f);
            p.put(Signal.GOLD, gold);
            PortfolioLimits limits =
                    new PortfolioLimits(applications, null, null, Map.of("g", Map.of(Signal.GOLD, goldCount)));
            return PortfolioProblem.correlated(Portfolios.items(t, fees), p, rho, LatentStrength.withNodes(12), limits);
        }
    }

    @Provide
    Arbitrary<Instance> instances() {
        return Arbitraries.randomValue(PortfolioSolverProperties::random);
    }

    @Property(tries = 150)
    void theExactProgramMatchesBruteForce(@ForAll("instances") Instance x) {
        for (boolean byDollars : new boolean[] {false, true}) {
            for (boolean signals : new boolean[] {false, true}) {
                PortfolioProblem problem = x.problem(byDollars, signals);
                Selection exact = new ExactDynamicProgram().solve(problem);
                assertThat(problem.limits().allows(problem.items(), exact.picks()))
                        .isTrue();
                assertThat(exact.value()).isCloseTo(Portfolios.bruteForce(problem), within(1e-9));
            }
        }
    }

    @Property(tries = 150)
    void greedyIsExactWithEqualCostsAndNoSignals(@ForAll("instances") Instance x) {
        PortfolioProblem problem = x.problem(false, false);
        assertThat(new GreedySolver().solve(problem).selection().value())
                .isCloseTo(Portfolios.bruteForce(problem), within(1e-9));
    }

    @Property(tries = 150)
    void localSearchNeverLosesValueAndStaysWithinTheLimits(@ForAll("instances") Instance x) {
        for (boolean byDollars : new boolean[] {false, true}) {
            PortfolioProblem problem = x.problem(byDollars, true);
            Selection greedy = new GreedySolver().solve(problem).selection();
            Selection improved = new LocalSearch().improve(problem, greedy.picks());
            assertThat(improved.value()).isGreaterThanOrEqualTo(greedy.value() - 1e-12);
            assertThat(problem.limits().allows(problem.items(), improved.picks()))
                    .isTrue();
            assertThat(improved.value()).isLessThanOrEqualTo(Portfolios.bruteForce(problem) + 1e-9);
        }
    }

    @Property(tries = 100)
    void underCorrelationTheOptimizerIsAtTheOptimum(@ForAll("instances") Instance x) {
        PortfolioProblem problem = x.correlated(0.4);
        Selection found = new PortfolioOptimizer().optimize(problem);
        double optimum = Portfolios.bruteForce(problem);
        assertThat(found.value()).isLessThanOrEqualTo(optimum + 1e-9);
        assertThat(found.value()).isGreaterThanOrEqualTo(0.99 * optimum);
    }

    @Property(tries = 100)
    void aLargerBudgetNeverLowersTheValue(@ForAll("instances") Instance x) {
        for (boolean signals : new boolean[] {false, true}) {
            double previous = 0;
            for (int h = 0; h <= x.t().length; h++) {
                Instance bigger = new Instance(
                        x.f(), x.gold(), x.silver(), x.t(), x.fees(), h, x.dollars(), x.goldCount(), x.silverCount());
                double value = new ExactDynamicProgram()
                        .solve(bigger.problem(false, signals))
                        .value();
                assertThat(value).isGreaterThanOrEqualTo(previous - 1e-12);
                previous = value;
            }
        }
    }

    @Property(tries = 100)
    void correlationNeverRaisesTheChanceOfASet(@ForAll("instances") Instance x) {
        PortfolioProblem independent = x.problem(false, false);
        PortfolioProblem correlated = x.correlated(0.5);
        List<Pick> all = IntStream.range(0, x.t().length)
                .mapToObj(j -> new Pick(j, Signal.NONE))
                .toList();
        assertThat(correlated.pMatch(all)).isLessThanOrEqualTo(independent.pMatch(all) + 1e-6);
    }

    private static Instance random(Random r) {
        int m = 2 + r.nextInt(6);
        double[] f = new double[m];
        double[] gold = new double[m];
        double[] silver = new double[m];
        double[] t = new double[m];
        int[] fees = new int[m];
        for (int j = 0; j < m; j++) {
            f[j] = r.nextDouble() * 0.8;
            silver[j] = f[j] + (1 - f[j]) * r.nextDouble() * 0.3;
            gold[j] = silver[j] + (1 - silver[j]) * r.nextDouble() * 0.3;
            t[j] = r.nextBoolean() ? 1 : 1 + r.nextInt(10);
            fees[j] = 1 + r.nextInt(30);
        }
        return new Instance(f, gold, silver, t, fees, 1 + r.nextInt(m), 10 + r.nextInt(60), r.nextInt(3), r.nextInt(3));
    }
}
