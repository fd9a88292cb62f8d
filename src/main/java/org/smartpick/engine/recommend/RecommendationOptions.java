package org.smartpick.engine.recommend;

import org.smartpick.engine.Invariants;
import org.smartpick.engine.portfolio.Objective;
import org.smartpick.engine.profile.Budget;
import org.smartpick.engine.profile.Profile;

/**
 * How to build a recommendation.
 *
 * @param applications     the budget in applications (null: none; the profile's is used when given)
 * @param dollars          the budget in dollars of ERAS fees (null: none)
 * @param marginalPoints   the recommended number of applications is where one more adds less than this many
 *                         percentage points of P(match) (default 0.5)
 * @param maxApplications  how far the curve goes when no budget limits it
 * @param backupBelow      the backup plan is shown when P(match) in the target specialty is below this
 */
public record RecommendationOptions(
        Objective objective,
        Integer applications,
        Integer dollars,
        double marginalPoints,
        int maxApplications,
        double backupBelow) {
    public static final double DEFAULT_MARGINAL_POINTS = 0.5;
    public static final int DEFAULT_MAX_APPLICATIONS = 120;
    public static final double DEFAULT_BACKUP_BELOW = 0.85;

    public RecommendationOptions {
        Invariants.present("objective", objective);
        // the same bounds as a profile's budget, whoever asks (the command line and the API read options alike)
        if (applications != null) {
            Invariants.range("applications", applications, 1, Budget.MAX_APPLICATIONS);
        }
        if (dollars != null) {
            Invariants.range("dollars", dollars, 1, Budget.MAX_DOLLARS);
        }
        if (!(marginalPoints > 0 && marginalPoints < 100)) {
            throw new IllegalArgumentException("marginalPoints must be between 0 and 100, got " + marginalPoints);
        }
        Invariants.range("maxApplications", maxApplications, 1, Budget.MAX_APPLICATIONS);
        if (!(backupBelow >= 0 && backupBelow <= 1)) {
            throw new IllegalArgumentException("backupBelow must be in [0, 1], got " + backupBelow);
        }
    }

    /** The defaults, with the profile's budget. */
    public static RecommendationOptions forProfile(Profile profile) {
        return new RecommendationOptions(
                Objective.MATCH,
                profile.budget().applications(),
                profile.budget().dollars(),
                DEFAULT_MARGINAL_POINTS,
                DEFAULT_MAX_APPLICATIONS,
                DEFAULT_BACKUP_BELOW);
    }

    public RecommendationOptions withBudget(Integer applications, Integer dollars) {
        return new RecommendationOptions(
                objective, applications, dollars, marginalPoints, maxApplications, backupBelow);
    }

    /**
     * The same options without the backup plan: for pricing a change, where only the target's list counts. With a
     * budget the list is the budget's whatever the curve's length, so the curve then ends at the budget (the greedy
     * run to 120 applications was a third of each priced step); without one the curve chooses the number and stays.
     */
    public RecommendationOptions withoutBackups() {
        boolean budgeted = applications != null || dollars != null;
        return new RecommendationOptions(
                objective, applications, dollars, marginalPoints, budgeted ? 1 : maxApplications, 0);
    }

    /** The same options with another threshold for the recommended number (points of P(match) per application). */
    public RecommendationOptions withMarginalPoints(double next) {
        return new RecommendationOptions(objective, applications, dollars, next, maxApplications, backupBelow);
    }

    public RecommendationOptions withObjective(Objective next) {
        return new RecommendationOptions(next, applications, dollars, marginalPoints, maxApplications, backupBelow);
    }
}
