package org.smartpick.engine.chance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Normal;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.season.Candidate;
import org.smartpick.engine.season.ProgramBaseline;

/**
 * The programs a typical applicant applies to, per specialty: their competitiveness — the quantiles of N(0, 0.5²)
 * by default, or the empirical quantiles of a real catalog's programs (docs/model.md, "The fit") — and, where model
 * v2 covers the specialty, their interview baselines (the more competitive a program, the lower its rates).
 */
public final class ProgramMix {
    private final Map<Specialty, double[]> sorted;
    /** Per specialty and type, the baselines from the type's highest to its lowest. */
    private final Map<Specialty, Map<ApplicantType, List<ProgramBaseline>>> baselines;
    /** The same order's cumulative weights (how many applications each program draws). */
    private final Map<Specialty, Map<ApplicantType, double[]>> cumulative;

    private ProgramMix(
            Map<Specialty, double[]> sorted,
            Map<Specialty, Map<ApplicantType, List<ProgramBaseline>>> baselines,
            Map<Specialty, Map<ApplicantType, double[]>> cumulative) {
        this.sorted = sorted;
        this.baselines = baselines;
        this.cumulative = cumulative;
    }

    /** The synthetic mix. */
    public static ProgramMix synthetic() {
        return new ProgramMix(Map.of(), Map.of(), Map.of());
    }

    /**
     * The same mix with these baselines per specialty, each type's ordered from its highest baseline to its lowest
     * so that the k-th program is as competitive for the type as the k-th competitiveness quantile.
     */
    public ProgramMix withBaselines(Map<Specialty, List<ProgramBaseline>> next) {
        Map<Specialty, List<Double>> equal = new EnumMap<>(Specialty.class);
        next.forEach((s, list) -> equal.put(s, Collections.nCopies(list.size(), 1.0)));
        return withBaselines(next, equal);
    }

    /**
     * The same with a weight per baseline: a typical applicant's applications go where applications go, so a program
     * that draws more of them stands for more of the mix.
     */
    public ProgramMix withBaselines(Map<Specialty, List<ProgramBaseline>> next, Map<Specialty, List<Double>> weights) {
        Map<Specialty, Map<ApplicantType, List<ProgramBaseline>>> ordered = new EnumMap<>(Specialty.class);
        Map<Specialty, Map<ApplicantType, double[]>> cumulative = new EnumMap<>(Specialty.class);
        next.forEach((s, list) -> {
            for (ApplicantType type : ApplicantType.values()) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i).of(type).isPresent()) {
                        order.add(i);
                    }
                }
                if (order.isEmpty()) {
                    continue;
                }
                order.sort(Comparator.comparingDouble(
                                (Integer i) -> list.get(i).of(type).getAsDouble())
                        .reversed());
                List<ProgramBaseline> sortedList = new ArrayList<>();
                double[] cum = new double[order.size()];
                double total = 0;
                for (int i = 0; i < cum.length; i++) {
                    sortedList.add(list.get(order.get(i)));
                    total += weights.get(s).get(order.get(i));
                    cum[i] = total;
                }
                ordered.computeIfAbsent(s, k -> new EnumMap<>(ApplicantType.class))
                        .put(type, List.copyOf(sortedList));
                cumulative
                        .computeIfAbsent(s, k -> new EnumMap<>(ApplicantType.class))
                        .put(type, cum);
            }
        });
        return new ProgramMix(sorted, ordered, cumulative);
    }

    /** The same mix without baselines (model v1 everywhere). */
    public ProgramMix withoutBaselines() {
        return new ProgramMix(sorted, Map.of(), Map.of());
    }

    public boolean hasBaselines() {
        return !baselines.isEmpty();
    }

    /** The baseline of the k-th (1-based) of n programs of the specialty for the type, null where there is none. */
    ProgramBaseline baselineAt(Specialty specialty, ApplicantType type, int k, int n) {
        List<ProgramBaseline> list = baselines.getOrDefault(specialty, Map.of()).get(type);
        if (list == null) {
            return null;
        }
        double[] cum = cumulative.get(specialty).get(type);
        double target = (k - 0.5) / n * cum[cum.length - 1];
        int i = Arrays.binarySearch(cum, target);
        return list.get(Math.min(list.size() - 1, i >= 0 ? i : -i - 1));
    }

    /** The mix of a catalog: every candidate's competitiveness (its setting prior when it has none) and baseline. */
    public static ProgramMix of(List<Candidate> candidates, ModelParameters parameters) {
        Map<Specialty, List<Double>> values = new EnumMap<>(Specialty.class);
        Map<Specialty, List<ProgramBaseline>> baselines = new EnumMap<>(Specialty.class);
        Map<Specialty, List<Double>> weights = new EnumMap<>(Specialty.class);
        Map<Specialty, Double> median = medianApplications(candidates);
        for (Candidate c : candidates) {
            if (c.baseline() != null) {
                Specialty s = c.program().specialty();
                Integer applications = c.program().stats().explorer().applications();
                baselines.computeIfAbsent(s, k -> new ArrayList<>()).add(c.baseline());
                weights.computeIfAbsent(s, k -> new ArrayList<>())
                        .add(applications != null && applications > 0 ? applications : median.getOrDefault(s, 1.0));
            }
            double x = c.competitiveness() != null
                    ? c.competitiveness()
                    : parameters.settingCompetitiveness(c.program().setting());
            values.computeIfAbsent(c.program().specialty(), k -> new ArrayList<>())
                    .add(x + c.demand());
        }
        Map<Specialty, double[]> sorted = new EnumMap<>(Specialty.class);
        values.forEach((s, xs) -> sorted.put(
                s, xs.stream().mapToDouble(Double::doubleValue).sorted().toArray()));
        return new ProgramMix(sorted, Map.of(), Map.of()).withBaselines(baselines, weights);
    }

    /** The median number of applications of each specialty's programs, for those whose count is unknown. */
    private static Map<Specialty, Double> medianApplications(List<Candidate> candidates) {
        Map<Specialty, List<Integer>> counts = new EnumMap<>(Specialty.class);
        for (Candidate c : candidates) {
            Integer a = c.program().stats().explorer().applications();
            if (a != null && a > 0) {
                counts.computeIfAbsent(c.program().specialty(), k -> new ArrayList<>())
                        .add(a);
            }
        }
        Map<Specialty, Double> out = new EnumMap<>(Specialty.class);
        counts.forEach((s, xs) ->
                out.put(s, (double) xs.stream().sorted().toList().get(xs.size() / 2)));
        return out;
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
        return (isSynthetic()
                        ? "synthetic N(0, 0.5²) mix"
                        : "catalog mix of "
                                + sorted.values().stream()
                                        .mapToInt(a -> a.length)
                                        .sum() + " programs in " + sorted.size() + " specialties")
                + v2;
    }
}
