package org.smartpick.engine.advice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smartpick.engine.Signal;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.profile.LetterStrength;
import org.smartpick.engine.profile.Letters;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.profile.Ties;
import org.smartpick.engine.recommend.Advice;
import org.smartpick.engine.recommend.RecommendationOptions;
import org.smartpick.engine.recommend.Recommendations;
import org.smartpick.engine.recommend.Tier;

class StretchSignalTest {
    private final StretchSignal stretch = new StretchSignal();

    @Test
    void withTiesAtMostOneStretchIsPricedByMovingTheWeakestSignal() {
        Profile persona = Recommendations.persona();
        AdviceContext c = AdviceFixtures.context(
                persona,
                RecommendationOptions.forProfile(persona).withBudget(60, null),
                AdviceFixtures.hardPrograms("la", Specialty.INTERNAL_MEDICINE, UsState.CA, "Los Angeles", 10, 0.04));
        assertThat(c.recommendation().programs()).anyMatch(p -> p.tier() == Tier.REACH && p.signal() == Signal.NONE);
        Advice a = stretch.advice(c).orElseThrow();
        assertThat(a.title()).startsWith("At most one signal for a stretch with ties: ");
        assertThat(a.why()).contains("Moving the silver signal from", "P(match) from");
        assertThat(a.effectPoints()).isNotNull().isLessThan(1.0);
    }

    @Test
    void withoutTiesOrARegionalLetterThereIsNoStretch() {
        Profile untied = Recommendations.persona().withLetters(new Letters(LetterStrength.STRONG, false));
        untied = new Profile(
                untied.label(),
                untied.applicantType(),
                untied.school(),
                untied.graduationYear(),
                untied.exams(),
                untied.specialty(),
                untied.backupSpecialties(),
                untied.experience(),
                untied.letters(),
                untied.visa(),
                untied.img(),
                untied.redFlags(),
                untied.languages(),
                Ties.none(),
                untied.preferences(),
                untied.budget(),
                untied.awayRotations(),
                untied.partner());
        assertThat(stretch.advice(AdviceFixtures.context(untied))).isEmpty();
    }
}
