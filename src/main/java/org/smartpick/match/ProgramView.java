package org.smartpick.match;

import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.ProgramSetting;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.engine.chance.ModelParameters;
import org.smartpick.engine.chance.Parameter;
import org.smartpick.engine.season.SeasonFacts;

/**
 * How the market's programs see applicants: the chance model's interview and match-after-interview log-odds for
 * the factors the market knows (type, Step 2 CK against the specialty's matched median, in-state, signal, the
 * program's openness to IMGs or its setting), read once from the parameters so that the per-application path
 * does no lookups.
 */
final class ProgramView {
    private final MarketPopulation pop;
    /** Per program: its specialty's matched median Step 2 CK. */
    private final double[] median;

    private final double[] matchOffsetByType;
    /** Per applicant type, per program: the type's intercept plus its fit there (openness to IMGs, or setting). */
    private final double[][] base;
    /** Per program: the interview slope of Step 2 CK, steeper at more competitive programs. */
    private final double[] gapSlope;
    /** Per program: its state's ordinal; per applicant: the home state's, −1 for none. */
    private final int[] programState;

    private final int[] applicantState;
    private final double slopeMatch;
    private final double inState;
    private final double matchInState;
    final double matchSignal;
    final double latentSd;
    final double programCompetitiveness;

    ProgramView(MarketPopulation pop, ModelParameters m, SeasonFacts season) {
        this.pop = pop;
        int programs = pop.programs.size();
        double[] medianOf = new double[pop.specialties.size()];
        for (int s = 0; s < medianOf.length; s++) {
            medianOf[s] = ChanceModel.matchedStep2(m, season, pop.specialties.get(s));
        }
        ApplicantType[] types = ApplicantType.values();
        matchOffsetByType = new double[types.length];
        base = new double[types.length][programs];
        for (ApplicantType t : types) {
            matchOffsetByType[t.ordinal()] = m.matchTypeOffset(t);
            for (int j = 0; j < programs; j++) {
                base[t.ordinal()][j] = m.interviewIntercept(t) + fit(t, j, m);
            }
        }
        median = new double[programs];
        gapSlope = new double[programs];
        programState = new int[programs];
        double slopeInterview = m.get(Parameter.STEP2_SLOPE_INTERVIEW);
        double scoreByCompetitiveness = m.get(Parameter.SCORE_BY_COMPETITIVENESS);
        for (int j = 0; j < programs; j++) {
            median[j] = medianOf[pop.programSpecialty[j]];
            gapSlope[j] = slopeInterview * Math.max(0.3, 1 + scoreByCompetitiveness * pop.desirability[j]);
            programState[j] = pop.programs.get(j).state().ordinal();
        }
        applicantState = new int[pop.applicants()];
        for (int i = 0; i < applicantState.length; i++) {
            applicantState[i] = pop.home[i] == null ? -1 : pop.home[i].ordinal();
        }
        slopeMatch = m.get(Parameter.STEP2_SLOPE_MATCH);
        inState = m.get(Parameter.IN_STATE);
        matchInState = m.get(Parameter.MATCH_IN_STATE);
        matchSignal = m.get(Parameter.MATCH_SIGNAL);
        latentSd = m.get(Parameter.LATENT_SD);
        programCompetitiveness = m.get(Parameter.PROGRAM_COMPETITIVENESS);
    }

    /** Interview log-odds of applicant i at program j at average strength, without a signal. */
    double interview(int i, int j) {
        return interview(base[pop.type[i].ordinal()], pop.step2[i], applicantState[i], j);
    }

    /** {@link #interview} of applicant i at {@code programs[0..n)}, into {@code out}: a season's hottest loop. */
    void interviews(int i, int[] programs, int n, double[] out) {
        double[] typeBase = base[pop.type[i].ordinal()];
        double step2 = pop.step2[i];
        int home = applicantState[i];
        for (int k = 0; k < n; k++) {
            out[k] = interview(typeBase, step2, home, programs[k]);
        }
    }

    private double interview(double[] typeBase, double step2, int home, int j) {
        return typeBase[j] + (step2 - median[j]) * gapSlope[j] + (home >= 0 && home == programState[j] ? inState : 0);
    }

    /** Match-after-interview log-odds of applicant i at program j without the specialty's intercept or a signal. */
    double match(int i, int j) {
        double gap = pop.step2[i] - median[j];
        return matchOffsetByType[pop.type[i].ordinal()] + gap * slopeMatch + (sameState(i, j) ? matchInState : 0);
    }

    boolean sameState(int i, int j) {
        return applicantState[i] >= 0 && applicantState[i] == programState[j];
    }

    /** As the chance model: the program's openness to IMGs from its resident mix when known, else its setting. */
    private double fit(ApplicantType type, int j, ModelParameters m) {
        Double openness = pop.candidates.get(j).imgOpenness();
        if (type.isImg() && openness != null) {
            return openness;
        }
        ProgramSetting setting = pop.programs.get(j).setting();
        boolean university = setting == ProgramSetting.UNIVERSITY;
        boolean community = setting == ProgramSetting.COMMUNITY || setting == ProgramSetting.COUNTY;
        if (type.isImg()) {
            return university ? m.get(Parameter.IMG_AT_UNIVERSITY) : community ? m.get(Parameter.IMG_AT_COMMUNITY) : 0;
        }
        return type == ApplicantType.US_DO && university ? m.get(Parameter.DO_AT_UNIVERSITY) : 0;
    }
}
