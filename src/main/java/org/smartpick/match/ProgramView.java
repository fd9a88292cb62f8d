package org.smartpick.match;

import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.ModelParameters;
import org.smartpick.engine.Parameter;
import org.smartpick.engine.ProgramSetting;
import org.smartpick.engine.ChanceModel;
import org.smartpick.engine.SeasonFacts;

/**
 * How the market's programs see applicants: the chance model's interview and match-after-interview log-odds for
 * the factors the market knows (type, Step 2 CK against the specialty's matched median, in-state, signal, the
 * program's openness to IMGs or its setting), read once from the parameters so that the per-application path
 * does no lookups.
 */
final class ProgramView {
    private final MarketPopulation pop;
    private final double[] median;
    private final double[] interceptByType;
    private final double[] matchOffsetByType;
    /** Per program and applicant type: the type's fit there (openness to IMGs, or the setting's). */
    private final double[][] typeFit;
    private final double slopeInterview;
    private final double slopeMatch;
    private final double scoreByCompetitiveness;
    private final double inState;
    private final double matchInState;
    final double matchSignal;
    final double latentSd;
    final double programCompetitiveness;

    ProgramView(MarketPopulation pop, ModelParameters m, SeasonFacts season) {
        this.pop = pop;
        median = new double[pop.specialties.size()];
        for (int s = 0; s < median.length; s++) {
            median[s] = ChanceModel.matchedStep2(m, season, pop.specialties.get(s));
        }
        ApplicantType[] types = ApplicantType.values();
        interceptByType = new double[types.length];
        matchOffsetByType = new double[types.length];
        for (ApplicantType t : types) {
            interceptByType[t.ordinal()] = m.interviewIntercept(t);
            matchOffsetByType[t.ordinal()] = m.matchTypeOffset(t);
        }
        typeFit = new double[pop.programs.size()][types.length];
        for (int j = 0; j < typeFit.length; j++) {
            for (ApplicantType t : types) {
                typeFit[j][t.ordinal()] = fit(t, j, m);
            }
        }
        slopeInterview = m.get(Parameter.STEP2_SLOPE_INTERVIEW);
        slopeMatch = m.get(Parameter.STEP2_SLOPE_MATCH);
        scoreByCompetitiveness = m.get(Parameter.SCORE_BY_COMPETITIVENESS);
        inState = m.get(Parameter.IN_STATE);
        matchInState = m.get(Parameter.MATCH_IN_STATE);
        matchSignal = m.get(Parameter.MATCH_SIGNAL);
        latentSd = m.get(Parameter.LATENT_SD);
        programCompetitiveness = m.get(Parameter.PROGRAM_COMPETITIVENESS);
    }

    /** Interview log-odds of applicant i at program j at average strength, without a signal. */
    double interview(int i, int j) {
        double gap = pop.step2[i] - median[pop.programSpecialty[j]];
        double weight = Math.max(0.3, 1 + scoreByCompetitiveness * pop.desirability[j]);
        return interceptByType[pop.type[i].ordinal()] + typeFit[j][pop.type[i].ordinal()]
                + gap * slopeInterview * weight + (sameState(i, j) ? inState : 0);
    }

    /** Match-after-interview log-odds of applicant i at program j without the specialty's intercept or a signal. */
    double match(int i, int j) {
        double gap = pop.step2[i] - median[pop.programSpecialty[j]];
        return matchOffsetByType[pop.type[i].ordinal()] + gap * slopeMatch + (sameState(i, j) ? matchInState : 0);
    }

    boolean sameState(int i, int j) {
        return pop.home[i] != null && pop.home[i] == pop.programs.get(j).state();
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
