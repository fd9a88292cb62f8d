package org.smartpick.engine.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.profile.Preferences;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.profile.ProfileBuilder;
import org.smartpick.engine.recommend.Advice;
import org.smartpick.engine.recommend.RecommendationOptions;
import org.smartpick.engine.recommend.Recommendations;
import org.smartpick.engine.season.Program;

/** The widening steps are priced in the article's order, and one of them is offered as the whole-budget list. */
class AreaPlanTest {
    private final AreaPlan plan = new AreaPlan();

    /** The starter catalog (Southern California) with Internal Medicine programs in Arizona, Nevada and Washington. */
    private static List<Program> outOfState() {
        List<Program> extra =
                new ArrayList<>(AdviceFixtures.programs("az", Specialty.INTERNAL_MEDICINE, UsState.AZ, "Phoenix", 25));
        extra.addAll(AdviceFixtures.programs("nv", Specialty.INTERNAL_MEDICINE, UsState.NV, "Las Vegas", 25));
        extra.addAll(AdviceFixtures.programs("wa", Specialty.INTERNAL_MEDICINE, UsState.WA, "Seattle", 10));
        return extra;
    }

    private static AdviceContext persona(int budget) {
        Profile p = Recommendations.persona();
        return AdviceFixtures.context(p, RecommendationOptions.forProfile(p).withBudget(budget, null), outOfState());
    }

    @Test
    void theStepsComeInTheArticlesOrderAndTheFirstThatHoldsTheBudgetIsOffered() {
        AdviceContext c = persona(60);
        List<AreaOption> steps = plan.options(c);
        assertThat(steps)
                .extracting(AreaOption::label)
                .containsExactly(
                        "Southern California",
                        "all of California",
                        "California with Arizona, Nevada and Oregon",
                        "the Pacific division too (Alaska, Hawaii and Washington)");
        assertThat(steps)
                .filteredOn(AreaOption::wholeBudget)
                .extracting(AreaOption::label)
                .containsExactly("California with Arizona, Nevada and Oregon");
        AreaOption whole = steps.get(2);
        assertThat(whole.programs()).isGreaterThanOrEqualTo(60);
        assertThat(whole.applications())
                .isEqualTo(60)
                .isEqualTo(whole.programIds().size());
        assertThat(whole.programIds()).anyMatch(id -> id.startsWith("az-") || id.startsWith("nv-"));
        steps.forEach(s -> assertThat(s.fees())
                .isEqualTo(c.recommender().model().season().fees().cost(s.applications())));
        assertThat(whole.pMatch()).isGreaterThan(c.recommendation().outlook().pMatch());
        Advice a = plan.advice(c, steps).orElseThrow();
        assertThat(a.title())
                .isEqualTo("Widen your area to use your budget: California with Arizona, Nevada and" + " Oregon");
        assertThat(a.why()).contains("for a budget of 60 applications", "(uses your whole budget)", "$1,230");
        assertThat(a.effectPoints()).isPositive();
    }

    @Test
    void whenNoStepHoldsTheBudgetTheWidestIsOfferedAsTheMostItCanUse() {
        AdviceContext c = persona(200);
        List<AreaOption> steps = plan.options(c);
        assertThat(steps).filteredOn(AreaOption::wholeBudget).singleElement().isEqualTo(steps.get(steps.size() - 1));
        assertThat(plan.advice(c, steps).orElseThrow().why()).contains("(the most it can use)");
    }

    @Test
    void anAreaThatHoldsTheBudgetOffersNoWholeBudgetStep() {
        AdviceContext c = persona(10);
        assertThat(plan.options(c)).isNotEmpty().noneMatch(AreaOption::wholeBudget);
    }

    @Test
    void anApplicantWhoSearchesEverywhereHasNothingToWiden() {
        ProfileBuilder b = ProfileBuilder.usMd();
        b.preferences = Preferences.none();
        AdviceContext c = AdviceFixtures.context(b.build());
        assertThat(plan.options(c)).isEmpty();
        assertThat(plan.advice(c, List.of())).isEmpty();
    }
}
