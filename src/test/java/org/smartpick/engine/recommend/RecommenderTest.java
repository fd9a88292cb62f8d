package org.smartpick.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.smartpick.engine.recommend.Recommendations.persona;
import static org.smartpick.engine.recommend.Recommendations.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.ProgramSetting;
import org.smartpick.engine.Signal;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.Visa;
import org.smartpick.engine.chance.Factor;
import org.smartpick.engine.chance.ListOutlook;
import org.smartpick.engine.chance.Models;
import org.smartpick.engine.portfolio.Objective;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.profile.ProfileBuilder;

class RecommenderTest {
    private final Recommendation persona = recommend(persona());

    @Test
    void aPricedListIsTheListOfTheWholeRecommendation() {
        for (Integer budget : new Integer[] {8, 30, 60}) {
            RecommendationOptions options =
                    RecommendationOptions.forProfile(persona()).withBudget(budget, null);
            RecommendationOptions full = new RecommendationOptions(
                    options.objective(), budget, null, options.marginalPoints(), options.maxApplications(), 0);
            Recommendation whole = recommend(persona(), full);
            Recommendation priced = recommend(persona(), options.withoutBackups());
            assertThat(priced.curve().size()).isLessThanOrEqualTo(budget);
            assertThat(whole.curve().size()).isGreaterThan(budget == 8 ? 8 : 0);
            assertThat(priced.programs())
                    .extracting(p -> p.program().id() + "/" + p.signal())
                    .isEqualTo(whole.programs().stream()
                            .map(p -> p.program().id() + "/" + p.signal())
                            .toList());
            assertThat(priced.outlook().pMatch()).isEqualTo(whole.outlook().pMatch());
        }
    }

    @Test
    void thePersonaGetsLosAngelesProgramsOnly() {
        assertThat(persona.area()).isEqualTo("Greater Los Angeles or within 60 miles of Los Angeles, CA");
        assertThat(persona.programs())
                .isNotEmpty()
                .allSatisfy(p ->
                        assertThat(p.chance().factors()).extracting(Factor::key).contains("program-level", "in-state"));
        assertThat(persona.programs())
                .extracting(p -> p.program().id())
                .doesNotContain("ucsd-im", "scripps-mercy-im", "kern-medical-im");
    }

    @Test
    void targetTiersHoldCountyCommunityAndWiderLosAngelesPrograms() {
        Map<Tier, List<RecommendedProgram>> byTier =
                persona.programs().stream().collect(Collectors.groupingBy(RecommendedProgram::tier));
        List<RecommendedProgram> realistic = new ArrayList<>(byTier.getOrDefault(Tier.TARGET, List.of()));
        realistic.addAll(byTier.getOrDefault(Tier.SAFETY, List.of()));
        assertThat(realistic)
                .extracting(p -> p.program().setting())
                .contains(ProgramSetting.COUNTY, ProgramSetting.COMMUNITY);
        assertThat(realistic).extracting(p -> p.program().site().city()).contains("Long Beach", "Colton");
    }

    @Test
    void tiersFollowTheInterviewChanceWithoutTheSignal() {
        persona.programs()
                .forEach(p -> assertThat(p.tier())
                        .isEqualTo(Tier.of(p.chance().outcome(Signal.NONE).interview())));
        assertThat(persona.programs()).anySatisfy(p -> {
            assertThat(p.signal()).isNotEqualTo(Signal.NONE);
            assertThat(Tier.of(p.outcome().interview())).isNotEqualTo(p.tier());
        });
    }

    @Test
    void signalsStayWithinTheSeasonsAllotment() {
        Map<Signal, Long> used = persona.signalPlan().stream()
                .collect(Collectors.groupingBy(RecommendedProgram::signal, Collectors.counting()));
        assertThat(used.getOrDefault(Signal.GOLD, 0L)).isLessThanOrEqualTo(3);
        assertThat(used.getOrDefault(Signal.SILVER, 0L)).isLessThanOrEqualTo(12);
        assertThat(used.getOrDefault(Signal.PLAIN, 0L)).isZero();
    }

    @Test
    void theSummaryAddsUp() {
        ListOutlook o = persona.outlook();
        assertThat(o.pMatch()).isBetween(o.pMatchLow(), o.pMatchHigh());
        assertThat(persona.cost())
                .isEqualTo(Models.SEASON.fees().cost(persona.programs().size()));
        assertThat(o.expectedInterviews())
                .isCloseTo(
                        persona.programs().stream()
                                .mapToDouble(p -> p.outcome().interview())
                                .sum(),
                        within(1e-9));
        assertThat(o.pMatchIfIndependent()).isGreaterThan(o.pMatch());
    }

    @Test
    void theCurveRisesAndTheRecommendedNumberIsWhereItFlattens() {
        List<CurvePoint> curve = persona.curve();
        for (int i = 1; i < curve.size(); i++) {
            assertThat(curve.get(i).pMatch())
                    .isGreaterThanOrEqualTo(curve.get(i - 1).pMatch());
            assertThat(curve.get(i).cost()).isGreaterThan(curve.get(i - 1).cost());
        }
        int n = persona.recommendedApplications();
        double end = curve.get(curve.size() - 1).pMatch();
        if (n < curve.size()) {
            assertThat(curve.get(n).pMatch() - curve.get(n - 1).pMatch()).isLessThan(0.005);
            assertThat(end - curve.get(n - 1).pMatch()).isLessThan(Recommender.TAIL_POINTS / 100);
        }
        for (int i = 1; i < n; i++) {
            boolean steep = curve.get(i).pMatch() - curve.get(i - 1).pMatch() >= 0.005;
            boolean more = end - curve.get(i - 1).pMatch() >= Recommender.TAIL_POINTS / 100;
            assertThat(steep || more).as("stopping after %d was possible", i).isTrue();
        }
    }

    @Test
    void aDollarBudgetBuysWhatTheTieredFeesAllow() {
        Recommendation r =
                recommend(persona(), RecommendationOptions.forProfile(persona()).withBudget(null, 100));
        assertThat(r.programs()).hasSize(9);
        assertThat(r.cost()).isLessThanOrEqualTo(100);
    }

    @Test
    void anApplicationBudgetIsKept() {
        Recommendation r =
                recommend(persona(), RecommendationOptions.forProfile(persona()).withBudget(5, null));
        assertThat(r.programs()).hasSize(5);
        assertThat(r.outlook().pMatch()).isLessThan(persona.outlook().pMatch());
    }

    @Test
    void theUtilityObjectiveFavoursWhatTheApplicantPrefers() {
        Profile p = persona();
        RecommendationOptions options = RecommendationOptions.forProfile(p).withBudget(4, null);
        Recommendation byUtility = recommend(p, options.withObjective(Objective.UTILITY));
        Recommendation byMatch = recommend(p, options);
        double meanUtility = byUtility.programs().stream()
                .mapToDouble(RecommendedProgram::utility)
                .average()
                .orElseThrow();
        assertThat(meanUtility)
                .isGreaterThanOrEqualTo(byMatch.programs().stream()
                        .mapToDouble(RecommendedProgram::utility)
                        .average()
                        .orElseThrow());
        assertThat(byUtility.value()).isGreaterThan(byUtility.outlook().pMatch());
        assertThat(byMatch.value()).isCloseTo(byMatch.outlook().pMatch(), within(1e-9));
    }

    @Test
    void anImgNeedingAVisaIsNeverRecommendedAProgramThatDoesNotSponsorIt() {
        ProfileBuilder img = ProfileBuilder.nonUsImg();
        img.visa = Visa.H1B;
        img.specialty = Specialty.FAMILY_MEDICINE;
        Recommendation r = recommend(img.build(), new RecommendationOptions(Objective.MATCH, 40, null, 0.5, 60, 0.85));
        assertThat(r.programs())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.program().sponsors(Visa.H1B)).isNotEqualTo(Optional.of(false)));
        assertThat(r.excluded()).extracting(c -> c.program().id()).contains("ruhs-fm", "ucr-fm");
    }

    @Test
    void theBackupPlanAppearsWhenTheTargetAloneIsRiskyAndNeverLowersTheChance() {
        Recommendation risky = recommend(Recommendations.reapplicant());
        assertThat(persona.outlook().pMatch()).isGreaterThanOrEqualTo(0.85);
        assertThat(persona.backups()).isEmpty();
        assertThat(risky.outlook().pMatch()).isLessThan(0.85);
        assertThat(risky.backups()).isNotEmpty().allSatisfy(b -> {
            assertThat(b.pMatchAfter()).isGreaterThanOrEqualTo(b.pMatchBefore());
            assertThat(b.extraCost()).isEqualTo(Models.SEASON.fees().cost(b.extraApplications()));
        });
        assertThat(risky.backups()).extracting(BackupOption::specialty).contains(Specialty.FAMILY_MEDICINE);
    }

    @Test
    void aHigherScoreNeverLowersTheChanceAndAWiderAreaNeverLowersIt() {
        var applicant = Recommendations.INPUTS.applicant(persona());
        RecommendationOptions options = RecommendationOptions.forProfile(persona());
        WhatIfResult score = Recommendations.RECOMMENDER.whatIf(
                applicant, Recommendations.CATALOG, options, new WhatIf.Step2Change(10));
        WhatIfResult wider = Recommendations.RECOMMENDER.whatIf(
                applicant, Recommendations.CATALOG, options, new WhatIf.WiderArea("Southern California"));
        assertThat(score.pMatchAfter()).isGreaterThan(score.pMatchBefore());
        assertThat(wider.pMatchAfter()).isGreaterThan(wider.pMatchBefore());
        assertThat(wider.applicationsAfter()).isGreaterThan(wider.applicationsBefore());
    }
}
