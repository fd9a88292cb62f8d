package org.smartpick.engine.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartpick.engine.recommend.Recommendations.context;
import static org.smartpick.engine.recommend.Recommendations.persona;
import static org.smartpick.engine.recommend.Recommendations.reapplicant;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.profile.ExamOutcome;
import org.smartpick.engine.profile.ExamScale;
import org.smartpick.engine.profile.ImgCredentials;
import org.smartpick.engine.profile.LetterStrength;
import org.smartpick.engine.profile.Letters;
import org.smartpick.engine.profile.PassFailExam;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.profile.ProfileBuilder;
import org.smartpick.engine.profile.RedFlags;
import org.smartpick.engine.profile.School;
import org.smartpick.engine.profile.ScoredExam;
import org.smartpick.engine.recommend.Advice;
import org.smartpick.engine.recommend.Recommendation;
import org.smartpick.engine.recommend.RecommendationOptions;
import org.smartpick.engine.recommend.WhatIf;

/** Each advice rule: it applies when it should, says why, and stays silent otherwise. */
class StrategyAdvisorTest {
    private final StrategyAdvisor advisor = new StrategyAdvisor();
    private final RecommendationOptions defaults = RecommendationOptions.forProfile(persona());

    @Test
    void applicationCountSaysWhenTheBudgetIsShortOrMoreThanNeeded() {
        Advice few = advisor.applicationCount(context(persona(), defaults.withBudget(3, null)))
                .orElseThrow();
        assertThat(few.title()).startsWith("Apply to ");
        assertThat(few.effectPoints()).isPositive();
        ProfileBuilder md = ProfileBuilder.usMd();
        md.step2ck = ScoredExam.passed(ExamScale.STEP2_CK, 262);
        md.specialty = Specialty.FAMILY_MEDICINE;
        Advice many = advisor.applicationCount(context(
                        md.build(), RecommendationOptions.forProfile(md.build()).withBudget(20, null)))
                .orElseThrow();
        assertThat(many.title()).startsWith("Stop at ");
        Recommendation exact = context(persona(), defaults).recommendation();
        assertThat(advisor.applicationCount(
                        context(persona(), defaults.withBudget(exact.recommendedApplications(), null))))
                .isEmpty();
    }

    @Test
    void signalsAdviceNamesTheSignalledProgramsAndIsSilentWithoutSignals() {
        Advice a = advisor.signals(context(persona(), defaults)).orElseThrow();
        assertThat(a.why()).contains("(gold)");
        ProfileBuilder prelim = ProfileBuilder.usMd();
        prelim.specialty = Specialty.INTERNAL_MEDICINE_PRELIMINARY;
        assertThat(advisor.signals(context(prelim.build(), RecommendationOptions.forProfile(prelim.build()))))
                .isEmpty();
    }

    @Test
    void aRegionalLetterIsAdvisedOnlyToThoseWithoutOne() {
        assertThat(advisor.regionalLetter(context(persona(), defaults))).isEmpty();
        Profile noLetter = persona().withLetters(new Letters(LetterStrength.STRONG, false));
        Advice a = advisor.regionalLetter(context(noLetter, defaults)).orElseThrow();
        assertThat(a.effectPoints()).isPositive();
    }

    @Test
    void anAuditionRotationIsAdvisedAtARealisticProgramUnlessOneWasDone() {
        RecommendationOptions options = RecommendationOptions.forProfile(reapplicant());
        Advice a = advisor.auditionRotation(context(reapplicant(), options)).orElseThrow();
        assertThat(a.why()).startsWith("An away rotation at ").contains("would take your interview chance there");
        Profile rotated = reapplicant().withAwayRotations(List.of("kaiser-la-im"));
        assertThat(advisor.auditionRotation(context(rotated, options))).isEmpty();
    }

    @Test
    void aLowScoreIsAddressedAndAHighOneIsNot() {
        assertThat(advisor.addressLowScore(context(persona(), defaults))
                        .orElseThrow()
                        .why())
                .contains("226 is 28 points below matched applicants (254)");
        Profile high = new WhatIf.Step2Change(30).apply(persona());
        assertThat(advisor.addressLowScore(context(high, defaults))).isEmpty();
    }

    @Test
    void aFailureIsExplainedOnlyWhenThereIsOne() {
        assertThat(advisor.explainFailure(context(persona(), defaults))).isEmpty();
        ProfileBuilder failed = ProfileBuilder.usMd();
        failed.step1 = new PassFailExam(ExamOutcome.FAIL_THEN_PASS, 2);
        failed.redFlags = new RedFlags(1, false, false, false);
        assertThat(advisor.explainFailure(context(failed.build(), RecommendationOptions.forProfile(failed.build()))))
                .isPresent();
    }

    @Test
    void theBestBackupIsAdvisedWhenTheTargetIsRisky() {
        Advice a = advisor.backupSpecialty(context(reapplicant(), RecommendationOptions.forProfile(reapplicant())))
                .orElseThrow();
        assertThat(a.title()).contains("Family Medicine");
        assertThat(advisor.backupSpecialty(context(persona(), defaults))).isEmpty();
        ProfileBuilder strong = ProfileBuilder.usMd();
        strong.step2ck = ScoredExam.passed(ExamScale.STEP2_CK, 265);
        strong.specialty = Specialty.FAMILY_MEDICINE;
        strong.school = School.inState(UsState.CA);
        assertThat(advisor.backupSpecialty(context(strong.build(), RecommendationOptions.forProfile(strong.build()))))
                .isEmpty();
    }

    @Test
    void usClinicalExperienceAndVisaAdviceAreForImgsWhoNeedThem() {
        ProfileBuilder img = ProfileBuilder.nonUsImg();
        img.img = new ImgCredentials(true, 2);
        AdviceContext c = context(img.build(), RecommendationOptions.forProfile(img.build()));
        assertThat(advisor.usClinicalExperience(c)).isPresent();
        assertThat(advisor.visaSponsorship(c).orElseThrow().why()).contains("J-1");
        AdviceContext md = context(persona(), defaults);
        assertThat(advisor.usClinicalExperience(md)).isEmpty();
        assertThat(advisor.visaSponsorship(md)).isEmpty();
    }

    @Test
    void thePersonasAdviceSpeaksToALowScoreInLosAngeles() {
        List<Advice> advice = advisor.advise(context(persona(), defaults));
        assertThat(advice)
                .extracting(Advice::key)
                .contains("low-score", "signals")
                .doesNotContain("usce", "visa", "exam-failure", "regional-letter", "backup");
        List<Advice> risky = advisor.advise(context(reapplicant(), RecommendationOptions.forProfile(reapplicant())));
        assertThat(risky).extracting(Advice::key).contains("low-score", "signals", "audition-rotation", "backup");
    }

    @Test
    void nobodyBelowNinetyPercentIsToldToStop() {
        for (Profile p :
                List.of(persona(), reapplicant(), ProfileBuilder.nonUsImg().build())) {
            for (int budget : new int[] {20, 40, 60}) {
                AdviceContext c = context(p, RecommendationOptions.forProfile(p).withBudget(budget, null));
                advisor.applicationCount(c).ifPresent(a -> {
                    if (a.title().startsWith("Stop at ")) {
                        assertThat(c.recommendation().pMatchAtRecommended()).isGreaterThanOrEqualTo(0.895);
                        assertThat(a.why()).contains("risk of not matching", "each 10 more adds about");
                    } else if (a.title().startsWith("Send all")) {
                        assertThat(a.why()).contains("the other", "A wider area or a backup specialty");
                    }
                });
            }
        }
    }
}
