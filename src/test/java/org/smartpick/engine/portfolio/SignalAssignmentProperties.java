package org.smartpick.engine.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.Signal;

/**
 * The assignment the optimizer seeds from, against brute force and the dynamic program on random small problems
 * with one utility: signals that are not offered, chances of 0 and 1, every kind of signal limited.
 */
class SignalAssignmentProperties {
    @Provide
    Arbitrary<PortfolioProblem> problems() {
        return Arbitraries.randomValue(SignalAssignmentProperties::random);
    }

    @Property(tries = 400)
    void itFindsTheOptimum(@ForAll("problems") PortfolioProblem problem) {
        Selection assigned = SignalAssignment.solve(problem);
        assertThat(problem.limits().allows(problem.items(), assigned.picks())).isTrue();
        assertThat(assigned.value()).isCloseTo(Portfolios.bruteForce(problem), within(1e-12));
        assertThat(assigned.value())
                .isCloseTo(new ExactDynamicProgram().solve(problem).value(), within(1e-12));
    }

    @Test
    void itDeclinesWhatItDoesNotSolve() {
        PortfolioProblem unequal = Portfolios.independent(
                new double[] {0.5, 0.4}, new double[] {1, 2}, null, PortfolioLimits.applications(1));
        PortfolioProblem byDollars = Portfolios.independent(
                new double[] {0.5, 0.4},
                new double[] {1, 1},
                new int[] {5, 5},
                new PortfolioLimits(null, 5, null, null));
        assertThat(SignalAssignment.solve(unequal)).isNull();
        assertThat(SignalAssignment.solve(byDollars)).isNull();
    }

    @Test
    void aSignalMovesToTheProgramItHelpsMost() {
        // One gold signal, both programs taken: on program 2 it leaves a miss of 0.5 · 0.4 = 0.20, on program 1
        // 0.4 · 0.8 = 0.32.
        PortfolioProblem problem = Portfolios.withSignals(
                new double[] {0.5, 0.2},
                new double[] {0.6, 0.6},
                new double[] {0.5, 0.2},
                new double[] {1, 1},
                null,
                Portfolios.limits(2, null, 1, 0));
        assertThat(SignalAssignment.solve(problem).picks())
                .containsExactlyInAnyOrder(new Pick(0, Signal.NONE), new Pick(1, Signal.GOLD));
    }

    private static PortfolioProblem random(Random r) {
        int m = 1 + r.nextInt(7);
        Map<Signal, double[]> p = new EnumMap<>(Signal.class);
        for (Signal s : Signal.values()) {
            p.put(s, new double[m]);
        }
        for (int j = 0; j < m; j++) {
            double f = chance(r);
            p.get(Signal.NONE)[j] = f;
            for (Signal s : new Signal[] {Signal.PLAIN, Signal.SILVER, Signal.GOLD}) {
                p.get(s)[j] = r.nextInt(4) == 0 ? Double.NaN : Math.min(1, f + (1 - f) * r.nextDouble() * 0.5);
            }
        }
        double[] utilities = new double[m];
        Arrays.fill(utilities, r.nextBoolean() ? 1 : 0.5 + r.nextDouble());
        Map<Signal, Integer> caps =
                Map.of(Signal.GOLD, r.nextInt(3), Signal.SILVER, r.nextInt(4), Signal.PLAIN, r.nextInt(2));
        PortfolioLimits limits =
                new PortfolioLimits(r.nextInt(4) == 0 ? null : r.nextInt(m + 1), null, null, Map.of("g", caps));
        return PortfolioProblem.independent(Portfolios.items(utilities, null), p, limits);
    }

    private static double chance(Random r) {
        int kind = r.nextInt(10);
        return kind == 0 ? 0 : kind == 1 ? 1 : r.nextDouble() * 0.9;
    }
}
