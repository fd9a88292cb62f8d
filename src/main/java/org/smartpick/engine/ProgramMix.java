package org.smartpick.engine;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The competitiveness of the programs a typical applicant applies to, per specialty: the quantiles of N(0, 0.5²)
 * by default, or the empirical quantiles of a real catalog's programs (docs/model.md, "The fit").
 */
public final class ProgramMix {
    private final Map<Specialty, double[]> sorted;

    private ProgramMix(Map<Specialty, double[]> sorted) {
        this.sorted = sorted;
    }

    /** The synthetic mix. */
    public static ProgramMix synthetic() {
        return new ProgramMix(Map.of());
    }

    /** The mix of a catalog: every candidate's competitiveness (its setting prior when it has none). */
    public static ProgramMix of(List<Candidate> candidates, ModelParameters parameters) {
        Map<Specialty, List<Double>> values = new EnumMap<>(Specialty.class);
        for (Candidate c : candidates) {
            double x = c.competitiveness() != null ? c.competitiveness()
                    : parameters.settingCompetitiveness(c.program().setting());
            values.computeIfAbsent(c.program().specialty(), k -> new java.util.ArrayList<>()).add(x + c.demand());
        }
        Map<Specialty, double[]> sorted = new EnumMap<>(Specialty.class);
        values.forEach((s, xs) -> sorted.put(s, xs.stream().mapToDouble(Double::doubleValue).sorted().toArray()));
        return new ProgramMix(sorted);
    }

    public boolean isSynthetic() {
        return sorted.isEmpty();
    }

    /** The competitiveness of the k-th (1-based) of n programs of the specialty. */
    double at(Specialty specialty, int k, int n) {
        double q = (k - 0.5) / n;
        double[] xs = sorted.get(specialty);
        if (xs == null || xs.length == 0) {
            return TypicalApplicant.MIX_SD * Normal.quantile(q);
        }
        int i = (int) Math.min(xs.length - 1, Math.floor(q * xs.length));
        return xs[i];
    }

    int size(Specialty specialty) {
        return sorted.containsKey(specialty) ? sorted.get(specialty).length : 0;
    }

    @Override
    public String toString() {
        return isSynthetic() ? "synthetic N(0, 0.5²) mix" : "catalog mix of " + sorted.values().stream()
                .mapToInt(a -> a.length).sum() + " programs in " + sorted.size() + " specialties";
    }
}
