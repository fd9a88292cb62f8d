package org.smartpick.engine.chance;

import java.util.function.DoubleUnaryOperator;

/**
 * Integration over the applicant's unobserved strength z ~ N(0, 1) by Gauss–Hermite quadrature: nodes and weights
 * such that E[f(z)] ≈ Σ w_i f(z_i). With n nodes the rule is exact for polynomials of degree up to 2n − 1.
 */
public record LatentStrength(double[] nodes, double[] weights) {
    /** 20 nodes integrate the smooth, bounded integrands of the model to about 1e-8. */
    public static final int DEFAULT_NODES = 20;

    /** The z of the 10th and 90th percentiles, which bound the reported 80% band. */
    public static final double Z90 = 1.2815515655446004;

    public LatentStrength {
        if (nodes.length != weights.length || nodes.length == 0) {
            throw new IllegalArgumentException("one weight per node");
        }
        nodes = nodes.clone();
        weights = weights.clone();
    }

    public static LatentStrength standard() {
        return withNodes(DEFAULT_NODES);
    }

    /**
     * Builds the rule for N(0, 1): the roots x_i of the physicists' Hermite polynomial H_n (found by bracketing
     * sign changes on a fine grid, then bisection) give z_i = √2 x_i, with weights 1 / (n · h_{n−1}(x_i)²) where
     * h is the orthonormal Hermite function without its Gaussian factor.
     */
    public static LatentStrength withNodes(int n) {
        if (n < 1 || n > 60) {
            throw new IllegalArgumentException("between 1 and 60 nodes, got " + n);
        }
        double[] x = new double[n];
        double[] w = new double[n];
        double bound = Math.sqrt(2.0 * n + 1) + 1;
        double step = 1e-3;
        int found = 0;
        double previous = orthonormal(n, -bound)[0];
        for (double a = -bound; a < bound && found < n; a += step) {
            double next = orthonormal(n, a + step)[0];
            if (previous == 0 || Math.signum(previous) != Math.signum(next)) {
                x[found] = bisect(n, a, a + step);
                double h = orthonormal(n, x[found])[1];
                w[found] = 1.0 / (n * h * h);
                found++;
            }
            previous = next;
        }
        if (found != n) {
            throw new IllegalStateException("found " + found + " of " + n + " Hermite roots");
        }
        double[] z = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            z[i] = Math.sqrt(2) * x[i];
            total += w[i];
        }
        for (int i = 0; i < n; i++) {
            w[i] /= total;
        }
        return new LatentStrength(z, w);
    }

    /** E[f(z)] for z ~ N(0, 1). */
    public double expectation(DoubleUnaryOperator f) {
        double sum = 0;
        for (int i = 0; i < nodes.length; i++) {
            sum += weights[i] * f.applyAsDouble(nodes[i]);
        }
        return sum;
    }

    public int size() {
        return nodes.length;
    }

    public double node(int i) {
        return nodes[i];
    }

    public double weight(int i) {
        return weights[i];
    }

    /**
     * {h_n(x), h_{n−1}(x)} for the polynomials orthonormal under the weight e^{−x²}, scaled by π^{1/4}
     * (the scale cancels in roots and in the normalised weights).
     */
    private static double[] orthonormal(int n, double x) {
        double previous = 0;
        double current = 1;
        for (int j = 1; j <= n; j++) {
            double next = x * Math.sqrt(2.0 / j) * current - Math.sqrt((j - 1.0) / j) * previous;
            previous = current;
            current = next;
        }
        return new double[] {current, previous};
    }

    private static double bisect(int n, double lo, double hi) {
        double fLo = orthonormal(n, lo)[0];
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            double fMid = orthonormal(n, mid)[0];
            if (fMid == 0) {
                return mid;
            }
            if (Math.signum(fMid) == Math.signum(fLo)) {
                lo = mid;
                fLo = fMid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }
}
