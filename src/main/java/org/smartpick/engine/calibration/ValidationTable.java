package org.smartpick.engine.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Signal;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.season.InterviewRates;

/**
 * Predicted beside observed interview rates on programs the model was not fitted on (docs/model.md, "Validation"):
 * per specialty and applicant type the rank correlation and the ratio of means, the pooled figures, the checks of
 * calibration in the large, and the signal tiers.
 */
public final class ValidationTable {
    /** One program scored for one type. */
    public record Observation(
            Specialty specialty, ApplicantType type, TypicalChances.At predicted, InterviewRates rates) {}

    /** Specialty × type: programs, ρ, mean predicted (type average), mean observed. */
    public record Row(
            Specialty specialty, ApplicantType type, int n, double rho, double meanPredicted, double meanObserved) {
        public double ratio() {
            return meanPredicted / meanObserved;
        }
    }

    /** A check of calibration in the large with its bounds. */
    public record Check(String name, int n, double meanPredicted, double meanObserved, double low, double high) {
        public double ratio() {
            return meanPredicted / meanObserved;
        }

        public boolean ok() {
            return ratio() >= low && ratio() <= high;
        }
    }

    /** Specialty × signal tier for a typical US MD out of state: predicted beside observed. */
    public record SignalRow(Specialty specialty, Signal tier, int n, double meanPredicted, double meanObserved) {}

    private final List<Observation> observations = new ArrayList<>();

    public void add(Observation o) {
        observations.add(o);
    }

    public int size() {
        return observations.size();
    }

    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Specialty s : specialties()) {
            for (ApplicantType t : ApplicantType.values()) {
                List<Observation> os =
                        of(t).stream().filter(o -> o.specialty() == s).toList();
                if (!os.isEmpty()) {
                    rows.add(row(s, t, os));
                }
            }
        }
        return rows;
    }

    /** Pooled over specialties. */
    public Row pooled(ApplicantType type) {
        return row(null, type, of(type));
    }

    /** The median of the within-specialty ρ of the type, over specialties with at least {@code min} programs. */
    public double medianWithin(ApplicantType type, int min) {
        double[] rhos = rows().stream()
                .filter(r -> r.type() == type && r.n() >= min && !Double.isNaN(r.rho()))
                .mapToDouble(Row::rho)
                .sorted()
                .toArray();
        if (rhos.length == 0) {
            return Double.NaN;
        }
        int m = rhos.length / 2;
        return rhos.length % 2 == 1 ? rhos[m] : (rhos[m - 1] + rhos[m]) / 2;
    }

    /** The checks of calibration in the large (bounds from the chance-model issue's "done when"). */
    public List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        List<Observation> md = of(ApplicantType.US_MD);
        checks.add(check(
                "US MD out of state, no signal vs out-of-state rate",
                md,
                o -> o.predicted().outNone(),
                o -> o.rates().outOfState(),
                0.6,
                1.5));
        checks.add(check(
                "US MD in state, no signal vs in-state rate",
                md,
                o -> o.predicted().inNone(),
                o -> o.rates().inState(),
                0.6,
                1.5));
        for (ApplicantType img : List.of(ApplicantType.US_IMG, ApplicantType.NON_US_IMG)) {
            checks.add(check(
                    img + " no signal vs the type's rate",
                    of(img),
                    o -> o.predicted().outNone(),
                    o -> o.rates().of(img).isPresent() ? o.rates().of(img).getAsDouble() : null,
                    0.5,
                    1.2));
        }
        checks.add(check(
                "US MD with the strongest signal vs its rate",
                md,
                o -> o.predicted().outStrongest(),
                o -> o.rates().gold() != null ? o.rates().gold() : o.rates().signal(),
                0.6,
                1.5));
        checks.add(check(
                "US MD average application vs the US MD rate",
                md,
                o -> o.predicted().average(),
                o -> o.rates().usMd(),
                0.6,
                1.5));
        return checks;
    }

    /** The share of programs whose observed US MD rate exceeds the model's most favourable case. */
    public double aboveMostFavourable() {
        List<Observation> md = of(ApplicantType.US_MD);
        long above = md.stream()
                .filter(o -> o.rates().usMd() > o.predicted().inStrongest())
                .count();
        return md.isEmpty() ? Double.NaN : (double) above / md.size();
    }

    public List<SignalRow> signals() {
        List<SignalRow> rows = new ArrayList<>();
        List<Observation> md = of(ApplicantType.US_MD);
        for (Specialty s : specialties()) {
            for (Signal tier : Signal.values()) {
                List<Observation> os = md.stream()
                        .filter(o -> o.specialty() == s
                                && o.rates().withSignal(tier).isPresent()
                                && o.predicted().outBySignal().containsKey(tier))
                        .toList();
                if (!os.isEmpty()) {
                    rows.add(new SignalRow(
                            s,
                            tier,
                            os.size(),
                            mean(os, o -> o.predicted().outBySignal().get(tier)),
                            mean(os, o -> o.rates().withSignal(tier).getAsDouble())));
                }
            }
        }
        return rows;
    }

    private Check check(
            String name,
            List<Observation> os,
            ToDoubleFunction<Observation> predicted,
            Function<Observation, Double> observed,
            double low,
            double high) {
        List<Observation> with =
                os.stream().filter(o -> observed.apply(o) != null).toList();
        return new Check(name, with.size(), mean(with, predicted), mean(with, o -> observed.apply(o)), low, high);
    }

    private Row row(Specialty s, ApplicantType t, List<Observation> os) {
        double[] predicted =
                os.stream().mapToDouble(o -> o.predicted().average()).toArray();
        double[] observed =
                os.stream().mapToDouble(o -> o.rates().of(t).getAsDouble()).toArray();
        return new Row(
                s,
                t,
                os.size(),
                RankCorrelation.spearman(predicted, observed),
                Arrays.stream(predicted).average().orElse(Double.NaN),
                Arrays.stream(observed).average().orElse(Double.NaN));
    }

    private List<Observation> of(ApplicantType type) {
        return observations.stream()
                .filter(o -> o.type() == type && o.rates().of(type).isPresent())
                .toList();
    }

    private List<Specialty> specialties() {
        Map<Specialty, Boolean> seen = new EnumMap<>(Specialty.class);
        observations.forEach(o -> seen.put(o.specialty(), true));
        return new ArrayList<>(seen.keySet());
    }

    private static double mean(List<Observation> os, ToDoubleFunction<Observation> f) {
        OptionalDouble m = os.stream().mapToDouble(f).average();
        return m.orElse(Double.NaN);
    }
}
