package org.smartpick.match;

import java.util.Arrays;

/**
 * Indices ordered by a value, largest first, without boxing: each (value, index) is packed into one long whose
 * high half sorts as the value does (an order-preserving int from the float's bits), and the longs are sorted.
 * Values closer than float precision keep their index order.
 */
final class Descending {
    private Descending() {
    }

    /** The indices {@code ids[0..n)}, ordered by {@code values[k]} (the value of {@code ids[k]}), largest first. */
    static int[] order(int[] ids, double[] values, int n) {
        long[] keys = new long[n];
        for (int k = 0; k < n; k++) {
            keys[k] = ((long) key((float) values[k]) << 32) | (ids[k] & 0xffffffffL);
        }
        Arrays.sort(keys);
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            out[k] = (int) keys[k];
        }
        return out;
    }

    /** An int that sorts (signed) ascending as the float sorts descending. */
    private static int key(float value) {
        int bits = Float.floatToIntBits(-value);
        return bits ^ ((bits >> 31) & 0x7fffffff);
    }
}
