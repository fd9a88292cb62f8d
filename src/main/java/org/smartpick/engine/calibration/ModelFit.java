package org.smartpick.engine.calibration;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Figure;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.engine.chance.ListOdds;
import org.smartpick.engine.chance.ModelParameters;
import org.smartpick.engine.chance.Parameter;
import org.smartpick.engine.chance.ProgramMix;
import org.smartpick.engine.chance.TypicalApplicant;
import org.smartpick.engine.season.SeasonFacts;

/**
 * Fits the model's FITTED parameters to the published targets (docs/model.md, "The fit"): for each point of a grid
 * of latent spread and Step 2 CK slope, the match intercepts are solved to the contiguous-rank targets and the
 * interview intercepts to the headline match rates; the grid point whose Step 2 CK curves and per-rank odds ratio
 * and the interviews of matched and unmatched applicants come closest to the published ones wins. That is model v1,
 * on programs without interview baselines. When the mix has them (model v2), model v2's Step 2 CK slopes are then
 * chosen on the same grid, with its match offsets solved for each (see {@link #solveV2}). Deterministic.
 */
public final class ModelFit {
    static final double[] LATENT_GRID = {0.2, 0.4, 0.6, 0.8, 1.0, 1.2, 1.4, 1.6};
    static final double[] SLOPE_GRID = {0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08};

    private final SeasonFacts season;
    private final CalibrationTargets targets;
    private final ProgramMix mix;

    public ModelFit(SeasonFacts season, CalibrationTargets targets) {
        this(season, targets, ProgramMix.synthetic());
    }

    /** A fit in which typical applicants apply to the given mix of programs (a real catalog's). */
    public ModelFit(SeasonFacts season, CalibrationTargets targets, ProgramMix mix) {
        this.season = season;
        this.targets = targets;
        this.mix = mix;
    }

    /** The fitted parameters and the loss of the chosen grid point. */
    public record Result(ModelParameters parameters, double loss) {}

    public Result fit(ModelParameters start) {
        ModelFit v1 = new ModelFit(season, targets, mix.withoutBaselines());
        Result best = null;
        for (double latent : LATENT_GRID) {
            for (double slope : SLOPE_GRID) {
                ModelParameters candidate = v1.solveIntercepts(start, latent, slope);
                double loss = v1.loss(candidate);
                if (best == null || loss < best.loss()) {
                    best = new Result(candidate, loss);
                }
            }
        }
        return mix.hasBaselines() ? fitV2(best) : best;
    }

    /**
     * Model v2 at model v1's latent spread: for each pair of Step 2 CK slopes of the grid (US graduates,
     * international graduates), the match offsets by type are solved; the pair whose Step 2 CK curves, rank odds
     * and interviews come closest wins (the loss adds to v1's).
     */
    private Result fitV2(Result v1) {
        Result best = null;
        for (double slope : SLOPE_GRID) {
            for (double imgSlope : SLOPE_GRID) {
                ModelParameters candidate = solveV2(with(
                        with(v1.parameters(), Parameter.STEP2_SLOPE_INTERVIEW_V2, slope),
                        Parameter.STEP2_SLOPE_INTERVIEW_V2_IMG,
                        imgSlope));
                double loss = v1.loss() + loss(candidate);
                if (best == null || loss < best.loss()) {
                    best = new Result(candidate, loss);
                }
            }
        }
        return best;
    }

    /**
     * Model v2's match offsets, the rest as given: one for US MD and DO graduates alike, solved so that their typical
     * applicants' errors against the NRMP rates cancel (the data give interview rates by type, nothing after the
     * interview), and one for each type of international graduate.
     */
    public ModelParameters solveV2(ModelParameters m) {
        TypicalApplicant md = TypicalApplicant.of(ApplicantType.US_MD);
        TypicalApplicant dO = TypicalApplicant.of(ApplicantType.US_DO);
        double mdTarget = season.matchRates().get(ApplicantType.US_MD).value();
        double doTarget = season.matchRates().get(ApplicantType.US_DO).value();
        ModelParameters out = solve(
                m,
                Parameter.MATCH_V2_US_GRADUATE,
                c -> c.typicalMatchRate(md.type(), md.step2())
                        - mdTarget
                        + c.typicalMatchRate(dO.type(), dO.step2())
                        - doTarget);
        for (ApplicantType img : new ApplicantType[] {ApplicantType.US_IMG, ApplicantType.NON_US_IMG}) {
            TypicalApplicant typical = TypicalApplicant.of(img);
            double target = season.matchRates().get(img).value();
            out = solve(
                    out,
                    ModelParameters.matchV2Parameter(img),
                    c -> c.typicalMatchRate(typical.type(), typical.step2()) - target);
        }
        return out;
    }

    /** With latent spread and slope fixed: the match intercepts, then the interview intercepts. */
    ModelParameters solveIntercepts(ModelParameters start, double latent, double slope) {
        ModelParameters m = start.with(Map.of(
                Parameter.LATENT_SD, fitted(start, Parameter.LATENT_SD, latent),
                Parameter.STEP2_SLOPE_INTERVIEW, fitted(start, Parameter.STEP2_SLOPE_INTERVIEW, slope)));
        m = solve(
                m,
                Parameter.MATCH_INTERCEPT_CORE,
                c -> c.matchGivenRanks(Specialty.INTERNAL_MEDICINE, targets.ranksCore()) - targets.rankTargetP());
        m = solve(
                m,
                Parameter.MATCH_INTERCEPT_COMPETITIVE,
                c -> c.matchGivenRanks(Specialty.ORTHOPAEDIC_SURGERY, targets.ranksCompetitive())
                        - targets.rankTargetP());
        for (TypicalApplicant typical : TypicalApplicant.all()) {
            double target = season.matchRates().get(typical.type()).value();
            m = solve(
                    m,
                    ModelParameters.interceptParameter(typical.type()),
                    c -> c.typicalMatchRate(typical.type(), typical.step2()) - target);
        }
        return m;
    }

    /** Squared distance to the Step 2 CK curves plus squared log-ratios for the rank odds and the interviews. */
    double loss(ModelParameters m) {
        Calibration c = new Calibration(new ChanceModel(m, season), targets, mix);
        double loss = 0;
        for (var e : targets.step2UsMd().entrySet()) {
            loss += square(
                    c.typicalMatchRate(ApplicantType.US_MD, e.getKey(), Specialty.INTERNAL_MEDICINE) - e.getValue());
        }
        for (var e : targets.step2NonUsImg().entrySet()) {
            loss += square(c.typicalMatchRate(ApplicantType.NON_US_IMG, e.getKey(), Specialty.INTERNAL_MEDICINE)
                    - e.getValue());
        }
        loss += square(Math.log(c.rankOddsRatio(Specialty.INTERNAL_MEDICINE, (int) targets.ranksOfMatched())
                / targets.rankOddsRatio()));
        ListOdds.InterviewsByOutcome interviews = c.typicalInterviews(ApplicantType.US_MD);
        loss += square(interviewGap(interviews.matched(), targets.ranksOfMatched()));
        loss += square(interviewGap(interviews.unmatched(), targets.ranksOfUnmatched()));
        return loss;
    }

    /**
     * How far the model's interviews are from the published ranks, as a log-ratio: under model v1 from the ranks;
     * under model v2 (offers) from the band between the ranks and twice them (docs/model.md, Model v2).
     */
    private double interviewGap(double interviews, double ranks) {
        if (!mix.hasBaselines()) {
            return Math.log(interviews / ranks);
        }
        return interviews < ranks
                ? Math.log(interviews / ranks)
                : interviews > 2 * ranks ? Math.log(interviews / (2 * ranks)) : 0;
    }

    /** Bisection of an increasing function of one parameter to its root in [−12, 8]. */
    private ModelParameters solve(ModelParameters m, Parameter parameter, ToDoubleFunction<Calibration> f) {
        DoubleUnaryOperator at =
                x -> f.applyAsDouble(new Calibration(new ChanceModel(with(m, parameter, x), season), targets, mix));
        double lo = -12;
        double hi = 8;
        for (int i = 0; i < 40; i++) {
            double mid = (lo + hi) / 2;
            if (at.applyAsDouble(mid) < 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return with(m, parameter, Math.round((lo + hi) / 2 * 10_000) / 10_000.0);
    }

    private static ModelParameters with(ModelParameters m, Parameter p, double value) {
        Map<Parameter, Figure> change = new EnumMap<>(Parameter.class);
        change.put(p, fitted(m, p, value));
        return m.with(change);
    }

    private static Figure fitted(ModelParameters m, Parameter p, double value) {
        Figure old = m.values().get(p);
        return new Figure(value, old.evidence(), old.source());
    }

    private static double square(double x) {
        return x * x;
    }
}
