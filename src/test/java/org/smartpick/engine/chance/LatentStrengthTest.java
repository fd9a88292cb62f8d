package org.smartpick.engine.chance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.smartpick.engine.Normal;
import org.smartpick.engine.Odds;

class LatentStrengthTest {
    private final LatentStrength rule = LatentStrength.standard();

    @Test
    void theRuleReproducesTheMomentsOfTheStandardNormal() {
        assertThat(rule.expectation(z -> 1)).isCloseTo(1, within(1e-12));
        assertThat(rule.expectation(z -> z)).isCloseTo(0, within(1e-12));
        assertThat(rule.expectation(z -> z * z)).isCloseTo(1, within(1e-10));
        assertThat(rule.expectation(z -> Math.pow(z, 4))).isCloseTo(3, within(1e-9));
        assertThat(rule.expectation(z -> Math.pow(z, 6))).isCloseTo(15, within(1e-8));
    }

    @Test
    void nodesAreSymmetric() {
        for (int i = 0; i < rule.size(); i++) {
            assertThat(rule.node(i)).isCloseTo(-rule.node(rule.size() - 1 - i), within(1e-9));
            assertThat(rule.weight(i)).isCloseTo(rule.weight(rule.size() - 1 - i), within(1e-12));
        }
    }

    @Test
    void aLogisticIntegrandMatchesSimpsonsRule() {
        double quadrature = rule.expectation(z -> Odds.probability(-1.5 + 0.8 * z));
        double simpson = 0;
        int n = 20_000;
        double h = 20.0 / n;
        for (int i = 0; i <= n; i++) {
            double z = -10 + i * h;
            double f = Odds.probability(-1.5 + 0.8 * z) * Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
            simpson += f * (i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2);
        }
        simpson *= h / 3;
        assertThat(quadrature).isCloseTo(simpson, within(1e-7));
    }

    @Test
    void fewNodesAreExactForLowDegrees() {
        LatentStrength three = LatentStrength.withNodes(3);
        assertThat(three.expectation(z -> Math.pow(z, 4))).isCloseTo(3, within(1e-9));
        assertThat(three.size()).isEqualTo(3);
    }

    @Test
    void theNormalQuantileInvertsTheCdf() {
        assertThat(Normal.quantile(0.9)).isCloseTo(LatentStrength.Z90, within(1e-6));
        assertThat(Normal.quantile(0.5)).isCloseTo(0, within(1e-6));
        assertThat(Normal.cdf(1.959964)).isCloseTo(0.975, within(1e-6));
    }
}
