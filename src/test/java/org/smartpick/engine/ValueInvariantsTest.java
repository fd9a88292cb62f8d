package org.smartpick.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.profile.ExamOutcome;
import org.smartpick.engine.profile.ExamScale;
import org.smartpick.engine.profile.Exams;
import org.smartpick.engine.profile.PassFailExam;
import org.smartpick.engine.profile.Preferences;
import org.smartpick.engine.profile.School;
import org.smartpick.engine.profile.ScoredExam;

/** Engine values refuse impossible figures even when built without the reader. */
class ValueInvariantsTest {
    @Test
    void aStep2ScoreAboveTheScaleIsRefused() {
        assertThatThrownBy(() -> ScoredExam.passed(ExamScale.STEP2_CK, 320))
                .hasMessage("score must be between 180 and 300, got 320");
    }

    @Test
    void aFailThenPassNeedsTwoAttempts() {
        assertThatThrownBy(() -> new PassFailExam(ExamOutcome.FAIL_THEN_PASS, 1))
                .hasMessageStartingWith("attempts must be between 2");
        assertThat(new PassFailExam(ExamOutcome.FAIL_THEN_PASS, 3).failures()).isEqualTo(2);
    }

    @Test
    void anExamMustBeOnItsOwnScale() {
        assertThatThrownBy(() -> new Exams(null, ScoredExam.passed(ExamScale.STEP3, 230), null, null, null))
                .hasMessageContaining("step2ck");
    }

    @Test
    void aSchoolIsInAStateOrACountryNotBoth() {
        assertThatThrownBy(() -> new School(UsState.CA, "Mexico")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new School(null, " ")).hasMessage("country must not be blank");
    }

    @Test
    void preferencesHoldAtMostThreeDivisions() {
        assertThatThrownBy(() -> new Preferences(
                        List.of(), List.of(CensusDivision.values()), List.of(), null, List.of(), List.of()))
                .hasMessageContaining("at most 3");
    }

    @Test
    void figuresCarryTheirSource() {
        assertThatThrownBy(() -> new Figure(0.5, Figure.Evidence.PRIMARY, " ")).hasMessageContaining("source");
    }

    @Test
    void everyStateButPuertoRicoIsInADivision() {
        for (UsState state : UsState.values()) {
            assertThat(state.division().isPresent()).as(state.name()).isEqualTo(state != UsState.PR);
        }
        assertThat(UsState.CA.division()).contains(CensusDivision.PACIFIC);
        assertThat(UsState.TX.division()).contains(CensusDivision.WEST_SOUTH_CENTRAL);
        assertThat(UsState.DC.division()).contains(CensusDivision.SOUTH_ATLANTIC);
        assertThat(UsState.values()).hasSize(52);
    }

    @Test
    void greatCircleDistancesMatchKnownOnes() {
        GeoPoint downtownLa = new GeoPoint(34.0537, -118.2428);
        GeoPoint sanFrancisco = new GeoPoint(37.7749, -122.4194);
        GeoPoint newYork = new GeoPoint(40.7128, -74.0060);
        assertThat(downtownLa.milesTo(sanFrancisco)).isBetween(340.0, 350.0);
        assertThat(downtownLa.milesTo(newYork)).isBetween(2440.0, 2460.0);
        assertThat(downtownLa.milesTo(downtownLa)).isZero();
    }
}
