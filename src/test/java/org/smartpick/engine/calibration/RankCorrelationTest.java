package org.smartpick.engine.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RankCorrelationTest {
    @Test
    void aMonotoneRelationIsOneAndAReversedOneMinusOne() {
        double[] x = {1, 2, 3, 4, 5};
        assertThat(RankCorrelation.spearman(x, new double[] {1, 4, 9, 16, 25})).isCloseTo(1, within(1e-12));
        assertThat(RankCorrelation.spearman(x, new double[] {5, 4, 3, 2, 1})).isCloseTo(-1, within(1e-12));
    }

    @Test
    void tiesTakeTheirAverageRank() {
        assertThat(RankCorrelation.ranks(new double[] {0, 0, 0.01, 0})).containsExactly(2, 2, 4, 2);
        // Pearson of ranks (1.5, 1.5, 3, 4) and (1, 2, 3, 4)
        assertThat(RankCorrelation.spearman(new double[] {0, 0, 1, 2}, new double[] {1, 2, 3, 4}))
                .isCloseTo(0.9486833, within(1e-6));
    }

    @Test
    void tooFewPairsOrAConstantSeriesHaveNoCorrelation() {
        assertThat(RankCorrelation.spearman(new double[] {1, 2}, new double[] {2, 1}))
                .isNaN();
        assertThat(RankCorrelation.spearman(new double[] {1, 1, 1}, new double[] {1, 2, 3}))
                .isNaN();
    }
}
