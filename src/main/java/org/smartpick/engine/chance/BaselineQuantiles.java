package org.smartpick.engine.chance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.season.Program;

/**
 * The distribution of a catalog's program baselines, per specialty and applicant type, kept in the coefficient file
 * so that the calibration's typical programs (docs/model.md §7, "the match stage") need no catalog at hand.
 */
public final class BaselineQuantiles {
    private BaselineQuantiles() {}

    /** How many quantiles of each specialty's baselines the coefficient file keeps. */
    public static final int QUANTILES = 101;

    /**
     * The quantiles of the baselines of the catalog's programs, per specialty and type, each program weighed by the
     * applications it receives (an applicant's applications go where applications go: popular programs, with lower
     * rates, weigh more); a program whose count is unknown weighs as its specialty's median one.
     */
    public static InterviewRateModel withSpreads(
            InterviewRateModel model, List<Program> catalog, ProgramFeatures features) {
        Map<Specialty, Double> medianApplications = medianApplications(catalog);
        Map<ApplicantType, Map<Specialty, List<double[]>>> values = new EnumMap<>(ApplicantType.class);
        for (Program p : catalog) {
            Integer applications = p.stats().explorer().applications();
            double w = applications != null && applications > 0
                    ? applications
                    : medianApplications.getOrDefault(p.specialty(), 1.0);
            model.baseline(p, features.of(p))
                    .ifPresent(b -> b.typeLogOdds()
                            .forEach((type, x) -> values.computeIfAbsent(type, k -> new EnumMap<>(Specialty.class))
                                    .computeIfAbsent(p.specialty(), k -> new ArrayList<>())
                                    .add(new double[] {x, w})));
        }
        Map<ApplicantType, TypeRateModel> types = new EnumMap<>(ApplicantType.class);
        model.types().forEach((type, t) -> {
            Map<Specialty, double[]> spread = new EnumMap<>(Specialty.class);
            values.getOrDefault(type, Map.of()).forEach((s, xs) -> spread.put(s, quantiles(xs)));
            types.put(type, t.withSpread(spread));
        });
        return new InterviewRateModel(
                model.version(), types, model.settingTypes(), model.evidence(), model.applicationsPerRate());
    }

    /** Weighted quantiles at (i + ½) / {@value #QUANTILES} of {value, weight} pairs. */
    public static double[] quantiles(List<double[]> xs) {
        List<double[]> sorted = new ArrayList<>(xs);
        sorted.sort(Comparator.comparingDouble(x -> x[0]));
        double total = sorted.stream().mapToDouble(x -> x[1]).sum();
        double[] out = new double[QUANTILES];
        double cumulative = 0;
        int j = 0;
        for (int i = 0; i < QUANTILES; i++) {
            double target = (i + 0.5) / QUANTILES * total;
            while (j < sorted.size() - 1 && cumulative + sorted.get(j)[1] < target) {
                cumulative += sorted.get(j)[1];
                j++;
            }
            out[i] = sorted.get(j)[0];
        }
        return out;
    }

    private static Map<Specialty, Double> medianApplications(List<Program> catalog) {
        Map<Specialty, List<Integer>> counts = new EnumMap<>(Specialty.class);
        catalog.stream()
                .filter(p -> p.stats().explorer().applications() != null
                        && p.stats().explorer().applications() > 0)
                .forEach(p -> counts.computeIfAbsent(p.specialty(), k -> new ArrayList<>())
                        .add(p.stats().explorer().applications()));
        Map<Specialty, Double> out = new EnumMap<>(Specialty.class);
        counts.forEach((s, xs) ->
                out.put(s, (double) xs.stream().sorted().toList().get(xs.size() / 2)));
        return out;
    }
}
