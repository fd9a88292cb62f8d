package org.smartpick.engine.calibration;

import java.util.List;

/**
 * Weighted least squares with a ridge penalty per coefficient: minimises Σ w_i (y_i − x_i·β)² + Σ λ_k β_k², solved
 * from the normal equations by Cholesky decomposition. A penalty pulls a coefficient toward 0, which is how a
 * specialty with few programs is shrunk toward the pooled intercept.
 */
final class RidgeRegression {
    private RidgeRegression() {}

    /** One observation. */
    record Row(double[] x, double y, double weight) {}

    static double[] fit(List<Row> rows, double[] penalty) {
        int p = penalty.length;
        double[][] a = new double[p][p];
        double[] b = new double[p];
        for (Row r : rows) {
            for (int i = 0; i < p; i++) {
                double wx = r.weight() * r.x()[i];
                if (wx == 0) {
                    continue;
                }
                b[i] += wx * r.y();
                for (int j = 0; j <= i; j++) {
                    a[i][j] += wx * r.x()[j];
                }
            }
        }
        for (int i = 0; i < p; i++) {
            a[i][i] += penalty[i];
            for (int j = 0; j < i; j++) {
                a[j][i] = a[i][j];
            }
        }
        return solve(a, b);
    }

    /** Solves a·x = b for a symmetric positive definite a. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (sum <= 0) {
                        throw new IllegalArgumentException("the normal equations are not positive definite");
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= l[i][k] * y[k];
            }
            y[i] = sum / l[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < n; k++) {
                sum -= l[k][i] * x[k];
            }
            x[i] = sum / l[i][i];
        }
        return x;
    }
}
