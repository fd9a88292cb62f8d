package org.smartpick.engine.recommend;

import java.util.List;
import org.smartpick.engine.Signal;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.chance.ListOutlook;
import org.smartpick.engine.chance.ProgramChance;
import org.smartpick.engine.portfolio.Objective;

/**
 * SmartPick's answer for one applicant: the summary, the curve, the tiered list in application order with its
 * signals, the backup options and the advice.
 *
 * @param recommendedApplications where one more application adds less than the marginal threshold
 * @param pMatchAtRecommended     P(match) with the recommended number of applications (to compare with the budget)
 * @param area                    where programs were searched
 * @param excluded                programs of the area the hard filters exclude, with their reasons
 * @param budgetApplications      the applications the budget allows, null when it sets no limit
 */
public record Recommendation(
        Specialty specialty,
        Objective objective,
        ListOutlook outlook,
        double value,
        int cost,
        int recommendedApplications,
        double pMatchAtRecommended,
        List<CurvePoint> curve,
        List<RecommendedProgram> programs,
        List<BackupOption> backups,
        List<Advice> advice,
        String area,
        List<ProgramChance> excluded,
        int candidates,
        Integer budgetApplications) {
    public Recommendation {
        curve = List.copyOf(curve);
        programs = List.copyOf(programs);
        backups = List.copyOf(backups);
        advice = List.copyOf(advice);
        excluded = List.copyOf(excluded);
    }

    public Recommendation withAdvice(List<Advice> next) {
        return new Recommendation(
                specialty,
                objective,
                outlook,
                value,
                cost,
                recommendedApplications,
                pMatchAtRecommended,
                curve,
                programs,
                backups,
                next,
                area,
                excluded,
                candidates,
                budgetApplications);
    }

    /** Points of P(match) that ten more applications add after the recommended number, on the curve. */
    public double tenMorePoints() {
        int at = Math.min(recommendedApplications, curve.size());
        if (at == 0) {
            return 0;
        }
        int later = Math.min(at + 10, curve.size());
        return 100 * (curve.get(later - 1).pMatch() - curve.get(at - 1).pMatch());
    }

    /** The programs that carry a signal, in list order. */
    public List<RecommendedProgram> signalPlan() {
        return programs.stream().filter(p -> p.signal() != Signal.NONE).toList();
    }
}
