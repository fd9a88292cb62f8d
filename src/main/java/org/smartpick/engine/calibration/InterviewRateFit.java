package org.smartpick.engine.calibration;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.chance.BaselineQuantiles;
import org.smartpick.engine.chance.InterviewRateModel;
import org.smartpick.engine.chance.ProgramFeatures;
import org.smartpick.engine.chance.TypeRateModel;
import org.smartpick.engine.season.InterviewRates;
import org.smartpick.engine.season.Program;

/**
 * Fits model v2's program side on the programs of a catalog that carry published interview rates
 * (docs/model.md, "Model v2, the fit"): per applicant type a weighted ridge regression of the rate's log-odds on
 * the program's features with specialty effects, each program weighed by how noisy its rate is; then each
 * specialty's home-state and signal evidence. Deterministic: the same programs give the same coefficients.
 */
public final class InterviewRateFit {
    /** Ridge penalties: specialties toward the pooled intercept, slopes toward 0 (chosen by cross-validation). */
    static final double SPECIALTY_PENALTY = 2;

    static final double SLOPE_PENALTY = 1;
    /** Specialty deviations from the pooled slopes, shrunk hard (chosen by cross-validation). */
    static final double SPECIALTY_SLOPE_PENALTY = 50;
    /** Prior variance of programs around the prediction, for the weights of the first pass. */
    static final double PRIOR_TAU2 = 0.5;

    static final double MIN_TAU2 = 0.05;
    /**
     * The same for international graduates' rates, set high so that their rows weigh nearly alike: those rates are
     * mostly 0–0.05, and weights by their noise would leave the fit to the few larger ones (chosen by
     * cross-validation: pooled non-US IMG ρ 0.38 at 0.5, 0.42 at 5).
     */
    static final double IMG_PRIOR_TAU2 = 5;
    /** Applications behind one program's rate of one group (prior: the files give rates, not counts). */
    public static final double APPLICATIONS_PER_RATE = 100;

    private final SpecialtyEvidenceFit evidence;

    public InterviewRateFit(SpecialtyEvidenceFit evidence) {
        this.evidence = evidence;
    }

    /** Fits on every program of the catalog that has rates. */
    public InterviewRateModel fit(String version, List<Program> catalog) {
        return fit(version, catalog, Set.of());
    }

    /** Fits leaving out the rates of the programs with the given ids (their features still set the scales). */
    public InterviewRateModel fit(String version, List<Program> catalog, Set<String> leftOut) {
        ProgramFeatures features = ProgramFeatures.of(catalog);
        List<Program> observed = catalog.stream()
                .filter(p -> p.stats().interviewRates() != null)
                .filter(p -> !leftOut.contains(p.id()))
                .toList();
        Set<Specialty> covered = EnumSet.noneOf(Specialty.class);
        observed.forEach(p -> covered.add(p.specialty()));
        List<Specialty> specialties = new ArrayList<>(covered);
        Map<ApplicantType, TypeRateModel> types = new EnumMap<>(ApplicantType.class);
        for (ApplicantType type : ApplicantType.values()) {
            types.put(type, fitType(type, observed, features, specialties, false));
        }
        Map<ApplicantType, TypeRateModel> settingTypes = new EnumMap<>(ApplicantType.class);
        for (ApplicantType type : ApplicantType.values()) {
            settingTypes.put(type, fitType(type, observed, features, specialties, true));
        }
        InterviewRateModel model = new InterviewRateModel(
                version, types, settingTypes, evidence.fit(observed, specialties), APPLICATIONS_PER_RATE);
        return BaselineQuantiles.withSpreads(model, catalog, features);
    }

    /**
     * One type's regression; {@code settingOnly} fits the model of programs without statistics on the setting and
     * division alone (the data-based setting prior), without specialty slopes.
     */
    private TypeRateModel fitType(
            ApplicantType type,
            List<Program> observed,
            ProgramFeatures features,
            List<Specialty> specialties,
            boolean settingOnly) {
        int k = ProgramFeatures.NAMES.size();
        int inter = TypeRateModel.BY_SPECIALTY.length;
        int pooled = 1 + specialties.size() + k;
        int p = pooled + specialties.size() * inter;
        double[] penalty = new double[p];
        for (int i = 1; i < p; i++) {
            penalty[i] =
                    i <= specialties.size() ? SPECIALTY_PENALTY : i < pooled ? SLOPE_PENALTY : SPECIALTY_SLOPE_PENALTY;
        }
        penalty[0] = 1e-6;
        List<RidgeRegression.Row> rows = new ArrayList<>();
        List<Double> noises = new ArrayList<>();
        for (Program program : observed) {
            InterviewRates rates = program.stats().interviewRates();
            if (rates.of(type).isEmpty()) {
                continue;
            }
            double rate = rates.of(type).getAsDouble();
            double[] x = new double[p];
            x[0] = 1;
            x[1 + specialties.indexOf(program.specialty())] = 1;
            double[] f = settingOnly ? ProgramFeatures.settingOnly(features.of(program)) : features.of(program);
            System.arraycopy(f, 0, x, 1 + specialties.size(), k);
            int at = pooled + specialties.indexOf(program.specialty()) * inter;
            for (int i = 0; i < inter && !settingOnly; i++) {
                x[at + i] = f[TypeRateModel.BY_SPECIALTY[i]];
            }
            double v = InterviewRateModel.noise(rate, APPLICATIONS_PER_RATE);
            noises.add(v);
            rows.add(new RidgeRegression.Row(
                    x,
                    ProgramFeatures.logit(Math.max(rate, InterviewRateModel.ROUNDING / 2)),
                    1 / ((type.isImg() ? IMG_PRIOR_TAU2 : PRIOR_TAU2) + v)));
        }
        double[] beta = RidgeRegression.fit(rows, penalty);
        calibrate(beta, rows, specialties.size());
        return toModel(type, beta, specialties, residualVariance(rows, noises, beta));
    }

    /**
     * Calibration in the large per specialty: shifts each specialty's effect so that the mean predicted rate of its
     * programs equals their mean published rate (a fit on log-odds, weighted toward precise rates, would otherwise
     * run a little high on the probability scale).
     */
    private static void calibrate(double[] beta, List<RidgeRegression.Row> rows, int specialties) {
        for (int s = 0; s < specialties; s++) {
            int column = 1 + s;
            double[] predicted = rows.stream()
                    .filter(r -> r.x()[column] == 1)
                    .mapToDouble(r -> dot(r.x(), beta))
                    .toArray();
            double observed = rows.stream()
                    .filter(r -> r.x()[column] == 1)
                    .mapToDouble(r -> SpecialtyEvidenceFit.sigmoid(r.y()))
                    .sum();
            beta[column] += SpecialtyEvidenceFit.centreOn(predicted, observed);
        }
    }

    private static double residualVariance(List<RidgeRegression.Row> rows, List<Double> noises, double[] beta) {
        double weighted = 0;
        double weights = 0;
        double noise = 0;
        for (int i = 0; i < rows.size(); i++) {
            RidgeRegression.Row r = rows.get(i);
            double e = r.y() - dot(r.x(), beta);
            weighted += r.weight() * e * e;
            weights += r.weight();
            noise += r.weight() * noises.get(i);
        }
        return weights == 0 ? PRIOR_TAU2 : Math.max(MIN_TAU2, (weighted - noise) / weights);
    }

    private static TypeRateModel toModel(ApplicantType type, double[] beta, List<Specialty> specialties, double tau2) {
        Map<Specialty, Double> effects = new EnumMap<>(Specialty.class);
        for (int i = 0; i < specialties.size(); i++) {
            effects.put(specialties.get(i), beta[1 + i]);
        }
        double[] slopes = new double[ProgramFeatures.NAMES.size()];
        System.arraycopy(beta, 1 + specialties.size(), slopes, 0, slopes.length);
        int inter = TypeRateModel.BY_SPECIALTY.length;
        int pooled = 1 + specialties.size() + slopes.length;
        Map<Specialty, double[]> own = new EnumMap<>(Specialty.class);
        for (int i = 0; i < specialties.size(); i++) {
            double[] b = new double[inter];
            System.arraycopy(beta, pooled + i * inter, b, 0, inter);
            own.put(specialties.get(i), b);
        }
        return new TypeRateModel(type, beta[0], effects, slopes, own, tau2, Map.of());
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
