package org.smartpick.engine;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The programs a typical applicant applies to, per specialty: their competitiveness — the quantiles of N(0, 0.5²)
 * by default, or the empirical quantiles of a real catalog's programs (docs/model.md, "The fit") — and, where model
 * v2 covers the specialty, their interview baselines (the more competitive a program, the lower its rates).
 */
public final class ProgramMix {
    private final Map<Specialty, double[]> sorted;
    private final Map<Specialty, List<ProgramBaseline>> baselines;

    private ProgramMix(Map<Specialty, double[]> sorted, Map<Specialty, List<ProgramBaseline>> baselines) {
        this.sorted = sorted;
        this.baselines = baselines;
    }

    /** The synthetic mix. */
    public static ProgramMix synthetic() {
        return new ProgramMix(Map.of(), Map.of());
    }

    /**
     * The same mix with these baselines per specialty, ordered from the highest US MD baseline to the lowest so that
     * the k-th program is as competitive as the k-th competitiveness quantile.
     */
    public ProgramMix withBaselines(Map<Specialty, List<ProgramBaseline>> next) {
        Map<Specialty, List<ProgramBaseline>> ordered = new EnumMap<>(Specialty.class);
        next.forEach((s, list) -> {
            if (!list.isEmpty()) {
                List<ProgramBaseline> copy = new java.util.ArrayList<>(list);
                copy.sort(java.util.Comparator.comparingDouble((ProgramBaseline b) ->
                        b.of(ApplicantType.US_MD).orElse(0)).reversed());
                ordered.put(s, List.copyOf(copy));
            }
        });
        return new ProgramMix(sorted, ordered);
    }

    /** The same mix without baselines (model v1 everywhere). */
    public ProgramMix withoutBaselines() {
        return new ProgramMix(sorted, Map.of());
    }

    public boolean hasBaselines() {
        return !baselines.isEmpty();
    }

    /** The baseline of the k-th (1-based) of n programs of the specialty, null where the mix has none. */
    ProgramBaseline baselineAt(Specialty specialty, int k, int n) {
        List<ProgramBaseline> list = baselines.get(specialty);
        if (list == null) {
            return null;
        }
        int i = (int) Math.min(list.size() - 1, Math.floor((k - 0.5) / n * list.size()));
        return list.get(i);
    }

    /** The mix of a catalog: every candidate's competitiveness (its setting prior when it has none) and baseline. */
    public static ProgramMix of(List<Candidate> candidates, ModelParameters parameters) {
        Map<Specialty, List<Double>> values = new EnumMap<>(Specialty.class);
        Map<Specialty, List<ProgramBaseline>> baselines = new EnumMap<>(Specialty.class);
        for (Candidate c : candidates) {
            if (c.baseline() != null) {
                baselines.computeIfAbsent(c.program().specialty(), k -> new java.util.ArrayList<>()).add(c.baseline());
            }
            double x = c.competitiveness() != null ? c.competitiveness()
                    : parameters.settingCompetitiveness(c.program().setting());
            values.computeIfAbsent(c.program().specialty(), k -> new java.util.ArrayList<>()).add(x + c.demand());
        }
        Map<Specialty, double[]> sorted = new EnumMap<>(Specialty.class);
        values.forEach((s, xs) -> sorted.put(s, xs.stream().mapToDouble(Double::doubleValue).sorted().toArray()));
        return new ProgramMix(sorted, Map.of()).withBaselines(baselines);
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
        String v2 = baselines.isEmpty() ? "" : ", with interview baselines in " + baselines.size() + " specialties";
        return (isSynthetic() ? "synthetic N(0, 0.5²) mix" : "catalog mix of " + sorted.values().stream()
                .mapToInt(a -> a.length).sum() + " programs in " + sorted.size() + " specialties") + v2;
    }
}
