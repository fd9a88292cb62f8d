package org.smartpick.engine.chance;

import java.util.List;
import org.smartpick.engine.Figure;
import org.smartpick.engine.Outcome;
import org.smartpick.engine.Signal;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.profile.Applicant;
import org.smartpick.engine.season.SeasonFacts;
import org.smartpick.engine.season.SpecialtyFacts;

/**
 * The chance model (docs/model.md): for an applicant and a program, the probability of an interview and of
 * matching after one, each a logistic function of the factors, sharing the applicant's unobserved strength
 * z ~ N(0, 1) with loading {@link Parameter#LATENT_SD}. Pure and stateless; build one per parameter set.
 */
public final class ChanceModel {
    private final ModelParameters parameters;
    private final SeasonFacts season;
    private final LatentStrength latent;
    /** e^{−λ z_i} per node, so that σ(η + λ z_i) = 1 / (1 + e^{−η} e^{−λ z_i}) costs one exp per program. */
    private final double[] nodeFactors;

    public ChanceModel(ModelParameters parameters, SeasonFacts season, LatentStrength latent) {
        this.parameters = parameters;
        this.season = season;
        this.latent = latent;
        this.nodeFactors = new double[latent.size()];
        double sd = parameters.get(Parameter.LATENT_SD);
        for (int i = 0; i < latent.size(); i++) {
            nodeFactors[i] = Math.exp(-sd * latent.node(i));
        }
    }

    public ChanceModel(ModelParameters parameters, SeasonFacts season) {
        this(parameters, season, LatentStrength.standard());
    }

    /** The applicant's chances at the programs of one specialty; derive once, then assess many programs. */
    public ApplicantChances forApplicant(Applicant applicant, Specialty specialty) {
        return new ApplicantChances(ApplicantStanding.of(applicant, specialty, parameters, season), this);
    }

    public ModelParameters parameters() {
        return parameters;
    }

    /** The Step 2 CK median of matched US MD seniors in the specialty: published, else the model's prior. */
    public double matchedStep2(Specialty specialty) {
        return matchedStep2(parameters, season, specialty);
    }

    /** The same, for callers that hold the parameters and the season without a model. */
    public static double matchedStep2(ModelParameters parameters, SeasonFacts season, Specialty specialty) {
        return season.specialty(specialty)
                .map(SpecialtyFacts::step2Matched)
                .map(Figure::value)
                .orElse(parameters.get(Parameter.STEP2_PRIOR_MEDIAN));
    }

    public SeasonFacts season() {
        return season;
    }

    public LatentStrength latent() {
        return latent;
    }

    public double latentSd() {
        return parameters.get(Parameter.LATENT_SD);
    }

    /** The signals the specialty offers this season (none when its allotment is not known). */
    List<Signal> signalsOf(Specialty specialty) {
        return season.specialty(specialty)
                .flatMap(SpecialtyFacts::signalsIfKnown)
                .map(Signal::available)
                .orElse(List.of());
    }

    /** Probabilities averaged over the latent strength for the given log-odds at z = 0. */
    Outcome outcome(double interviewLogOdds, double matchLogOdds) {
        double expInterview = Math.exp(-interviewLogOdds);
        double expMatch = Math.exp(-matchLogOdds);
        double interview = 0;
        double success = 0;
        for (int i = 0; i < nodeFactors.length; i++) {
            double pi = 1 / (1 + expInterview * nodeFactors[i]);
            interview += latent.weight(i) * pi;
            success += latent.weight(i) * pi / (1 + expMatch * nodeFactors[i]);
        }
        double given = interview > 0 ? Math.min(1, success / interview) : 0;
        return new Outcome(clamp(interview), clamp(given), clamp(success));
    }

    private static double clamp(double p) {
        return Math.min(1, Math.max(0, p));
    }
}
