package org.smartpick.match;

import java.util.Arrays;

/**
 * Indices ordered by a value, largest first, without boxing: each (value, index) is packed into one long whose
 * high half sorts as the value does (an order-preserving int from the float's bits), and the longs are sorted.
 * Values closer than float precision keep their index order.
 */
final class Descending {
    private Descending() {}

    /** The indices {@code ids[0..n)}, ordered by {@code values[k]} (the value of {@code ids[k]}), largest first. */
    static int[] order(int[] ids, double[] values, int n) {
        long[] keys = new long[n];
        for (int k = 0; k < n; k++) {
            keys[k] = key(ids[k], values[k]);
        }
        Arrays.sort(keys);
        return first(keys, n);
    }

    /**
     * The ids of the {@code take} largest values, in no order: the first {@code take} of {@link #order} as a set,
     * found by selection without sorting.
     *
     * <p>When {@code take} is under half of n, a threshold read from a sorted sample of 32 values keeps only those
     * at or above it (counted and gathered without branches) and only they are selected from: partitioning all n was
     * mostly mispredicted branches. The threshold is compared as a float, the precision the order uses, so the kept
     * values always include the answer; if fewer than {@code take} pass, all n are selected from.
     */
    static int[] top(int[] ids, double[] values, int n, int take) {
        if (take == 0) {
            return new int[0];
        }
        if (take * 2 < n && n >= 2 * SAMPLE) {
            long[] kept = keysAtOrAbove(sampledThreshold(values, n, take), ids, values, n, take);
            if (kept != null) {
                OrderStatistics.smallestFirst(kept, kept.length - 1, take);
                return first(kept, take);
            }
        }
        long[] keys = new long[n];
        for (int k = 0; k < n; k++) {
            keys[k] = key(ids[k], values[k]);
        }
        if (take < n) {
            OrderStatistics.smallestFirst(keys, n, take);
        }
        return first(keys, take);
    }

    /** The id of a {@link #key}. */
    static int id(long key) {
        return (int) key;
    }

    private static int[] first(long[] keys, int take) {
        int[] out = new int[take];
        for (int k = 0; k < take; k++) {
            out[k] = id(keys[k]);
        }
        return out;
    }

    private static final int SAMPLE = 32;

    /** A value a little below the take-th largest's estimate from an evenly spaced sample. */
    private static float sampledThreshold(double[] values, int n, int take) {
        float[] sample = new float[SAMPLE];
        for (int s = 0; s < SAMPLE; s++) {
            sample[s] = (float) values[(int) ((long) s * n / SAMPLE)];
        }
        Arrays.sort(sample);
        // the take-th largest sits near sample rank take * SAMPLE / n from the top; a margin of a quarter plus three
        return sample[Math.max(0, SAMPLE - 1 - ((int) Math.ceil(1.25 * take * SAMPLE / n) + 3))];
    }

    /**
     * The keys of the values at or above the threshold and one unused slot at the end (the gathering writes one past
     * the last kept), or null if fewer than {@code take} are at or above it.
     */
    private static long[] keysAtOrAbove(float threshold, int[] ids, double[] values, int n, int take) {
        int passing = 0;
        for (int k = 0; k < n; k++) {
            passing += (float) values[k] >= threshold ? 1 : 0;
        }
        if (passing < take) {
            return null;
        }
        long[] keys = new long[passing + 1];
        int kept = 0;
        for (int k = 0; k < n; k++) {
            keys[kept] = key(ids[k], values[k]);
            kept += (float) values[k] >= threshold ? 1 : 0;
        }
        return keys;
    }

    /** The value's order key in the high half, the id in the low half: longs sort as the values, largest first. */
    static long key(int id, double value) {
        return ((long) key((float) value) << 32) | (id & 0xffffffffL);
    }

    /** An int that sorts (signed) ascending as the float sorts descending. */
    private static int key(float value) {
        int bits = Float.floatToIntBits(-value);
        return bits ^ ((bits >> 31) & 0x7fffffff);
    }
}
