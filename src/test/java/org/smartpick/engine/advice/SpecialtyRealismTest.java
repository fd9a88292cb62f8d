package org.smartpick.engine.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.profile.Budget;
import org.smartpick.engine.profile.ExamScale;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.profile.ProfileBuilder;
import org.smartpick.engine.profile.ScoredExam;
import org.smartpick.engine.recommend.RecommendationOptions;
import org.smartpick.engine.recommend.Recommendations;

/** A long shot is called one, with its levers and alternatives priced; an advanced specialty gets its PGY-1 year. */
class SpecialtyRealismTest {
    private final SpecialtyRealism realism = new SpecialtyRealism();

    private static AdviceContext dermatology(int step2) {
        ProfileBuilder b = ProfileBuilder.usMd();
        b.specialty = Specialty.DERMATOLOGY;
        b.step2ck = ScoredExam.passed(ExamScale.STEP2_CK, step2);
        b.preferences = Recommendations.persona().preferences();
        Profile p = b.build();
        return AdviceFixtures.context(
                p,
                RecommendationOptions.forProfile(p),
                AdviceFixtures.programs("derm", Specialty.DERMATOLOGY, UsState.CA, "Los Angeles", 8));
    }

    @Test
    void dermatologyAt225IsCalledALongShotWithItsAlternativesPriced() {
        AdviceContext c = dermatology(225);
        assertThat(c.recommendation().outlook().pMatch()).isLessThan(SpecialtyRealism.REALISTIC_FROM);
        Realism r = realism.of(c).orElseThrow();
        assertThat(r.statement()).contains("Dermatology is a long shot", "risk of not matching", "258", "225");
        assertThat(r.levers())
                .anyMatch(l -> l.startsWith("Step 2 CK: at the matched median (258)"))
                .anyMatch(l -> l.startsWith("A research year"))
                .anyMatch(l -> l.contains("preliminary year"));
        assertThat(r.alternatives().get(0).specialty()).isEqualTo(Specialty.DERMATOLOGY);
        assertThat(r.alternatives())
                .extracting(SpecialtyOption::specialty)
                .contains(
                        Specialty.INTERNAL_MEDICINE,
                        Specialty.FAMILY_MEDICINE,
                        Specialty.PSYCHIATRY,
                        Specialty.INTERNAL_MEDICINE_PRELIMINARY);
        r.alternatives()
                .forEach(o -> assertThat(o.fees())
                        .isEqualTo(c.recommender().model().season().fees().cost(o.applications())));
        assertThat(r.alternatives())
                .filteredOn(o -> o.specialty() == Specialty.FAMILY_MEDICINE)
                .singleElement()
                .satisfies(o -> assertThat(o.pMatch())
                        .isGreaterThan(c.recommendation().outlook().pMatch()));
    }

    @Test
    void anAdvancedSpecialtyComesWithItsPgy1YearAndTheSupplementalListRule() {
        AdviceContext c = dermatology(225);
        Pgy1Year year = realism.pgy1Year(c).orElseThrow();
        assertThat(year.options())
                .extracting(SpecialtyOption::specialty)
                .contains(Specialty.INTERNAL_MEDICINE_PRELIMINARY, Specialty.SURGERY_PRELIMINARY);
        assertThat(year.options()).allSatisfy(o -> assertThat(o.applications()).isPositive());
        assertThat(year.rule()).contains("start at PGY-2", "supplemental rank list");
        assertThat(year.pOnTime())
                .isLessThanOrEqualTo(c.recommendation().outlook().pMatch());
    }

    @Test
    void aRealisticCategoricalTargetGetsNeither() {
        AdviceContext c = AdviceFixtures.context(Recommendations.persona());
        assertThat(c.recommendation().outlook().pMatch()).isGreaterThanOrEqualTo(SpecialtyRealism.REALISTIC_FROM);
        assertThat(realism.of(c)).isEmpty();
        assertThat(realism.pgy1Year(c)).isEmpty();
    }

    @Test
    void everyProfileBelowSeventyPercentGetsTheTable() {
        ProfileBuilder img = ProfileBuilder.nonUsImg();
        img.step2ck = ScoredExam.passed(ExamScale.STEP2_CK, 220);
        img.preferences = Recommendations.persona().preferences();
        img.budget = new Budget(10, null);
        AdviceContext c = AdviceFixtures.context(img.build());
        assertThat(c.recommendation().outlook().pMatch()).isLessThan(SpecialtyRealism.REALISTIC_FROM);
        assertThat(realism.of(c).orElseThrow().alternatives()).hasSizeGreaterThan(3);
    }

    @Test
    void aSpecialtyTheCatalogLacksIsSaidPlainly() {
        ProfileBuilder b = ProfileBuilder.usMd();
        b.specialty = Specialty.INTERNAL_MEDICINE_DERMATOLOGY;
        b.preferences = Recommendations.persona().preferences();
        AdviceContext c = AdviceFixtures.context(b.build(), RecommendationOptions.forProfile(b.build()), List.of());
        Realism r = realism.of(c).orElseThrow();
        assertThat(r.statement()).startsWith("The catalog has no Internal Medicine-Dermatology programs");
        assertThat(r.levers()).isEmpty();
        assertThat(r.alternatives()).hasSizeGreaterThan(1);
    }
}
