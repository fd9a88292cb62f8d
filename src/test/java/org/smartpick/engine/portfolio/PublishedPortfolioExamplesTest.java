package org.smartpick.engine.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.smartpick.engine.portfolio.Portfolios.ids;
import static org.smartpick.engine.portfolio.Portfolios.independent;

import org.junit.jupiter.api.Test;

/** The worked examples of Kapur & Hong, "The college application problem" (2022), facts.md §7. */
class PublishedPortfolioExamplesTest {
    private static final double[] PLANETS_F = {.39, .33, .24, .24, .05, .03, .10, .12};
    private static final double[] PLANETS_T = {200, 250, 300, 350, 400, 450, 500, 550};

    @Test
    void planetsGreedyOrderAndCurve() {
        var run = new GreedySolver().solve(independent(PLANETS_F, PLANETS_T, null, PortfolioLimits.applications(8)));
        assertThat(ids(run.selection())).containsExactly(4, 2, 8, 1, 7, 3, 5, 6);
        double[] published = {84.0, 146.7, 195.096, 230.0475, 257.6427, 281.5134, 288.7778, 294.1064};
        for (int h = 0; h < published.length; h++) {
            assertThat(run.curve().get(h)).as("h = " + (h + 1)).isCloseTo(published[h], within(1e-4));
        }
    }

    @Test
    void planetsExactProgramAgreesAtEveryBudget() {
        double[] published = {84.0, 146.7, 195.096, 230.0475, 257.6427, 281.5134, 288.7778, 294.1064};
        for (int h = 1; h <= 8; h++) {
            Selection exact = new ExactDynamicProgram()
                    .solve(independent(PLANETS_F, PLANETS_T, null, PortfolioLimits.applications(h)));
            assertThat(exact.value()).isCloseTo(published[h - 1], within(1e-4));
        }
    }

    @Test
    void fiveProgramsGreedyOrderAndValues() {
        double[] f = {.2, .5, .1, .6, .1};
        double[] t = {1, 4, 9, 1, 8};
        var run = new GreedySolver().solve(independent(f, t, null, PortfolioLimits.applications(5)));
        assertThat(ids(run.selection())).containsExactly(2, 3, 5, 4, 1);
        double[] published = {2.0, 2.7, 3.24, 3.483, 3.5154};
        for (int h = 0; h < published.length; h++) {
            assertThat(run.curve().get(h)).isCloseTo(published[h], within(1e-9));
        }
    }

    @Test
    void fiveProgramsWithCostsHaveTheirOptimumAtThreePrograms() {
        double[] f = {.2, .5, .1, .6, .1};
        double[] t = {1, 4, 9, 1, 8};
        Selection exact = new ExactDynamicProgram()
                .solve(independent(f, t, new int[] {2, 4, 2, 5, 1}, new PortfolioLimits(null, 8, null, null)));
        assertThat(ids(exact)).containsExactlyInAnyOrder(2, 3, 5);
        assertThat(exact.value()).isCloseTo(3.24, within(1e-9));
        assertThat(exact.cost()).isEqualTo(7);
    }

    @Test
    void costsBreakNestedness() {
        double[] f = {.5, .5, .5};
        double[] t = {1, 1, 219};
        int[] costs = {1, 1, 3};
        Selection two =
                new ExactDynamicProgram().solve(independent(f, t, costs, new PortfolioLimits(null, 2, null, null)));
        assertThat(ids(two)).containsExactlyInAnyOrder(1, 2);
        assertThat(two.value()).isCloseTo(0.75, within(1e-12));
        Selection three =
                new ExactDynamicProgram().solve(independent(f, t, costs, new PortfolioLimits(null, 3, null, null)));
        assertThat(ids(three)).containsExactly(3);
        assertThat(three.value()).isCloseTo(109.5, within(1e-12));
    }

    @Test
    void valuePerDollarCanBeArbitrarilyBadButTheExactProgramIsNot() {
        double[] f = {.1, .1};
        double[] t = {10, 2021};
        Selection exact = new ExactDynamicProgram()
                .solve(independent(f, t, new int[] {1, 500}, new PortfolioLimits(null, 500, null, null)));
        assertThat(exact.value()).isCloseTo(202.1, within(1e-9));
        assertThat(ids(exact)).containsExactly(2);
    }
}
