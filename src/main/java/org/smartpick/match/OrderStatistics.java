package org.smartpick.match;

/**
 * Selection without sorting: the k smallest of an array in linear expected time (Hoare's quickselect with a
 * median-of-three pivot). A season asks for one quantile of each specialty's hundreds of thousands of applications
 * and for the top few dozen of applicants' programs; sorting everything was a large part of its time.
 */
final class OrderStatistics {
    private OrderStatistics() {}

    /**
     * Rearranges {@code a[0..n)} so that its {@code k} smallest values are in {@code a[0..k)} (in no order) and
     * {@code a[k - 1]} is the k-th smallest ({@code 1 <= k <= n}).
     */
    static void smallestFirst(long[] a, int n, int k) {
        int lo = 0;
        int hi = n - 1;
        int target = k - 1;
        while (lo < hi) {
            long pivot = medianOfThree(a[lo], a[(lo + hi) >>> 1], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = a[i];
                    a[i++] = a[j];
                    a[j--] = t;
                }
            }
            // now a[lo..j] <= pivot <= a[i..hi], and anything between i and j equals the pivot
            if (target <= j) {
                hi = j;
            } else if (target >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    /** The k-th smallest (from 0) of the values, as sorting them and reading index k would give. */
    static double kthSmallest(double[] values, int k) {
        long[] keys = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            keys[i] = ascending(Double.doubleToLongBits(values[i]));
        }
        smallestFirst(keys, keys.length, k + 1);
        return Double.longBitsToDouble(ascending(keys[k]));
    }

    /** Maps a double's bits to a long that sorts (signed) as the double does, −0.0 before 0.0; its own inverse. */
    private static long ascending(long bits) {
        return bits ^ ((bits >> 63) & 0x7fffffffffffffffL);
    }

    private static long medianOfThree(long a, long b, long c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
