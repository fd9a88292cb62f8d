package org.smartpick.engine.recommend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smartpick.engine.Signal;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.chance.ProgramChance;
import org.smartpick.engine.portfolio.GreedySolver;
import org.smartpick.engine.portfolio.Pick;
import org.smartpick.engine.portfolio.PortfolioLimits;
import org.smartpick.engine.portfolio.PortfolioModel;
import org.smartpick.engine.portfolio.PortfolioProblem;
import org.smartpick.engine.portfolio.Selection;
import org.smartpick.engine.profile.Applicant;
import org.smartpick.engine.season.Candidate;
import org.smartpick.engine.season.FeeSchedule;

/**
 * The backup plan: for each backup specialty (the profile's, else the less score-driven ones and the one-year
 * positions), what adding 10 and 20 applications there does to P(match anywhere), the main list kept as it is.
 */
final class BackupPlanner {
    static final int[] EXTRA = {10, 20};
    /** Less score-driven specialties and PGY-1 positions the seed article suggests when the target is out of reach. */
    static final List<Specialty> DEFAULTS = List.of(
            Specialty.FAMILY_MEDICINE,
            Specialty.PSYCHIATRY,
            Specialty.PEDIATRICS,
            Specialty.INTERNAL_MEDICINE_PRELIMINARY,
            Specialty.TRANSITIONAL_YEAR);

    private final Recommender recommender;

    BackupPlanner(Recommender recommender) {
        this.recommender = recommender;
    }

    List<BackupOption> options(
            Applicant applicant,
            List<Candidate> catalog,
            SearchArea area,
            Recommender.AreaProblem main,
            Selection selection,
            RecommendationOptions options) {
        Set<Specialty> backups = new LinkedHashSet<>(applicant.profile().backupSpecialties());
        if (backups.isEmpty()) {
            backups.addAll(DEFAULTS);
        }
        backups.remove(applicant.profile().specialty());
        List<BackupOption> out = new ArrayList<>();
        for (Specialty backup : backups) {
            Recommender.AreaProblem plan = recommender.plan(applicant, catalog, backup, area, options, 0);
            int previous = 0;
            for (int extra : EXTRA) {
                int n = Math.min(extra, plan.chances().size());
                if (n > previous) {
                    out.add(option(main, selection, plan, n));
                }
                previous = n;
            }
        }
        return out;
    }

    private BackupOption option(
            Recommender.AreaProblem main, Selection selection, Recommender.AreaProblem backup, int extra) {
        List<ProgramChance> chances = new ArrayList<>();
        List<Pick> start = new ArrayList<>();
        List<Double> utilities = new ArrayList<>();
        for (Pick pick : selection.picks()) {
            start.add(new Pick(chances.size(), pick.signal()));
            chances.add(main.chances().get(pick.item()));
            utilities.add(main.utilities()[pick.item()]);
        }
        chances.addAll(backup.chances());
        for (double u : backup.utilities()) {
            utilities.add(u);
        }
        Map<String, FeeSchedule> fees = new HashMap<>(main.problem().limits().tieredFees());
        fees.putAll(backup.problem().limits().tieredFees());
        Map<String, Map<Signal, Integer>> signals =
                new HashMap<>(main.problem().limits().signals());
        signals.putAll(backup.problem().limits().signals());
        PortfolioLimits limits = new PortfolioLimits(start.size() + extra, null, fees, signals);
        PortfolioProblem problem = PortfolioModel.problem(
                recommender.model(),
                chances,
                utilities.stream().mapToDouble(Double::doubleValue).toArray(),
                limits);
        Selection with = new GreedySolver().solve(problem, start).selection();
        List<String> ids = with.picks().stream()
                .filter(p -> p.item() >= start.size())
                .map(p -> chances.get(p.item()).program().id())
                .toList();
        return new BackupOption(
                backup.specialty(),
                ids.size(),
                problem.pMatch(start),
                with.pMatch(),
                recommender.season().fees().cost(ids.size()),
                ids);
    }
}
