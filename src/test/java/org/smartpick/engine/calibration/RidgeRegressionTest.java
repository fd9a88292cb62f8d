package org.smartpick.engine.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RidgeRegressionTest {
    private static List<RidgeRegression.Row> line(double intercept, double slope) {
        List<RidgeRegression.Row> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            double x = i / 4.0;
            rows.add(new RidgeRegression.Row(new double[] {1, x}, intercept + slope * x, 1 + i % 3));
        }
        return rows;
    }

    @Test
    void withoutPenaltyItRecoversAnExactLinearRelation() {
        double[] beta = RidgeRegression.fit(line(-1.5, 0.8), new double[] {1e-9, 1e-9});
        assertThat(beta[0]).isCloseTo(-1.5, within(1e-6));
        assertThat(beta[1]).isCloseTo(0.8, within(1e-6));
    }

    @Test
    void aPenaltyShrinksItsCoefficientTowardZero() {
        double free = RidgeRegression.fit(line(0, 2), new double[] {1e-9, 1e-9})[1];
        double shrunk = RidgeRegression.fit(line(0, 2), new double[] {1e-9, 100})[1];
        assertThat(shrunk).isPositive().isLessThan(free);
    }

    @Test
    void choleskySolvesASymmetricSystem() {
        double[] x = RidgeRegression.solve(new double[][] {{4, 2}, {2, 3}}, new double[] {10, 8});
        assertThat(x[0]).isCloseTo(1.75, within(1e-12));
        assertThat(x[1]).isCloseTo(1.5, within(1e-12));
    }
}
