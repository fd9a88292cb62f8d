package org.smartpick.engine.chance;

import java.util.HashMap;
import java.util.Map;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Specialty;

/**
 * The program-level model of one applicant type: the interview log-odds of the type's average application to a
 * program = intercept + the specialty's effect + Σ slope_k · feature_k ({@link ProgramFeatures#NAMES}), with the
 * variance of real programs around it (what the program's own rate is weighed against when it has one).
 *
 * @param residualVariance   variance of programs' true log-odds around the prediction (noise of the rates removed)
 * @param spread             per specialty, the quantiles of its catalog programs' baselines (weighted by the
 *                           applications each program draws), for the calibration's typical programs when no
 *                           catalog is at hand
 */
public record TypeRateModel(
        ApplicantType type,
        double intercept,
        Map<Specialty, Double> specialtyEffects,
        double[] slopes,
        Map<Specialty, double[]> specialtySlopes,
        double residualVariance,
        Map<Specialty, double[]> spread) {
    /** The features whose slope may differ by specialty (by their index in {@link ProgramFeatures#NAMES}). */
    public static final int[] BY_SPECIALTY = {0, 1, 2, 3, 4, 5, 6, 8, 9, 17};

    public TypeRateModel {
        specialtyEffects = Map.copyOf(specialtyEffects);
        slopes = slopes.clone();
        Map<Specialty, double[]> copy = new HashMap<>();
        specialtySlopes.forEach((s, b) -> {
            if (b.length != BY_SPECIALTY.length) {
                throw new IllegalArgumentException("a specialty needs " + BY_SPECIALTY.length + " slopes");
            }
            copy.put(s, b.clone());
        });
        specialtySlopes = Map.copyOf(copy);
        Map<Specialty, double[]> spreads = new HashMap<>();
        spread.forEach((s, v) -> {
            for (int i = 1; i < v.length; i++) {
                if (!(v[i] >= v[i - 1])) {
                    throw new IllegalArgumentException("a spread's quantiles rise");
                }
            }
            spreads.put(s, v.clone());
        });
        spread = Map.copyOf(spreads);
        if (slopes.length != ProgramFeatures.NAMES.size()) {
            throw new IllegalArgumentException(
                    "a type model needs " + ProgramFeatures.NAMES.size() + " slopes, got " + slopes.length);
        }
        if (!(residualVariance > 0)) {
            throw new IllegalArgumentException("residualVariance must be positive, got " + residualVariance);
        }
    }

    /** The same model with the spreads of a catalog's baselines. */
    public TypeRateModel withSpread(Map<Specialty, double[]> next) {
        return new TypeRateModel(type, intercept, specialtyEffects, slopes, specialtySlopes, residualVariance, next);
    }

    /** Whether the specialty was in the data the model was fitted on. */
    public boolean covers(Specialty specialty) {
        return specialtyEffects.containsKey(specialty);
    }

    /** The predicted log-odds for a program of the specialty with these features. */
    public double predict(Specialty specialty, double[] features) {
        double eta = intercept + specialtyEffects.getOrDefault(specialty, 0.0);
        for (int k = 0; k < slopes.length; k++) {
            eta += slopes[k] * features[k];
        }
        double[] own = specialtySlopes.get(specialty);
        if (own != null) {
            for (int i = 0; i < BY_SPECIALTY.length; i++) {
                eta += own[i] * features[BY_SPECIALTY[i]];
            }
        }
        return eta;
    }

    @Override
    public double[] slopes() {
        return slopes.clone();
    }
}
