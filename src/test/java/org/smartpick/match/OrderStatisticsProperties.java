package org.smartpick.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Selection gives what sorting gives: the top of an order as a set (through both the sampled-threshold path and the
 * plain quickselect), a quantile as the sorted array's entry, on values with ties and values closer than a float.
 */
class OrderStatisticsProperties {
    @Property(tries = 400)
    void theTopIsTheFirstOfTheOrderAsASet(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 900) int n,
            @ForAll @IntRange(min = 0, max = 100) int percent) {
        Random r = new Random(seed);
        double[] values = values(r, n);
        int[] ids = IntStream.range(0, n).map(k -> 3 * k + 7).toArray();
        int take = Math.min(n, n * percent / 100);
        int[] expected = Arrays.copyOf(Descending.order(ids, values, n), take);
        int[] top = Descending.top(ids, values, n, take);
        Arrays.sort(expected);
        Arrays.sort(top);
        assertThat(top).containsExactly(expected);
    }

    @Property(tries = 300)
    void theKthSmallestIsTheSortedArraysEntry(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 3000) int n,
            @ForAll @IntRange(min = 0, max = 100) int percent) {
        double[] values = values(new Random(seed), n);
        int k = (n - 1) * percent / 100;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        assertThat(OrderStatistics.kthSmallest(values.clone(), k)).isEqualTo(sorted[k]);
    }

    /** Gaussian values, a third of them repeats of earlier ones, some a hair apart, some negative zero. */
    private static double[] values(Random r, int n) {
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            int kind = r.nextInt(6);
            v[k] = k > 0 && kind < 2
                    ? v[r.nextInt(k)]
                    : kind == 2 && k > 0 ? Math.nextUp(v[k - 1]) : kind == 3 ? -0.0 : r.nextGaussian() * 3;
        }
        return v;
    }
}
