package org.smartpick.engine.chance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.smartpick.engine.chance.Models.assess;
import static org.smartpick.engine.chance.Models.program;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.CensusDivision;
import org.smartpick.engine.Outcome;
import org.smartpick.engine.ProgramSetting;
import org.smartpick.engine.Signal;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.profile.Applicant;
import org.smartpick.engine.profile.ExamOutcome;
import org.smartpick.engine.profile.ExamScale;
import org.smartpick.engine.profile.PassFailExam;
import org.smartpick.engine.profile.Preferences;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.profile.ProfileBuilder;
import org.smartpick.engine.profile.RedFlags;
import org.smartpick.engine.profile.School;
import org.smartpick.engine.profile.ScoredExam;
import org.smartpick.engine.profile.Ties;
import org.smartpick.engine.season.Candidate;
import org.smartpick.engine.season.Program;
import org.smartpick.engine.season.ProgramPolicy;
import org.smartpick.engine.season.ProgramStats;
import org.smartpick.engine.season.Provenance;
import org.smartpick.engine.season.Site;

class ChanceModelTest {
    private final Program imCounty =
            program("county-im", Specialty.INTERNAL_MEDICINE, UsState.CA, ProgramSetting.COUNTY);

    @Test
    void theStep2FactorSaysHowFarTheScoreIsFromMatchedApplicants() {
        ProgramChance chance = assess(ProfileBuilder.usMd().build(), imCounty);
        Factor step2 = chance.factors().stream()
                .filter(f -> f.key().equals("step2"))
                .findFirst()
                .orElseThrow();
        assertThat(step2.sentence())
                .isEqualTo("Step 2 CK 226 is 28 points below matched applicants in Internal" + " Medicine (254)");
        assertThat(step2.interview()).isNegative();
        assertThat(chance.reason(step2).text())
                .startsWith("Step 2 CK 226 is 28 points below")
                .contains("lowers the interview chance here by about");
        assertThat(chance.reason(step2).interviewPoints()).isNegative();
    }

    @Test
    void probabilitiesAreConsistent() {
        ProgramChance chance = assess(ProfileBuilder.usMd().build(), imCounty);
        for (Signal signal : List.of(Signal.NONE, Signal.GOLD, Signal.SILVER)) {
            Outcome o = chance.outcome(signal);
            assertThat(o.success()).isCloseTo(o.interview() * o.matchGivenInterview(), within(1e-9));
            assertThat(o.success()).isBetween(0.0, 1.0);
        }
        assertThat(chance.signals()).containsExactly(Signal.GOLD, Signal.SILVER);
        assertThat(chance.outcome(Signal.GOLD).interview())
                .isGreaterThan(chance.outcome(Signal.SILVER).interview())
                .isGreaterThan(chance.outcome(Signal.NONE).interview());
    }

    @Test
    void aProgramThatDoesNotSponsorTheVisaIsExcluded() {
        Program noVisa = new Program(
                "no-visa",
                null,
                Specialty.INTERNAL_MEDICINE,
                "No visa",
                null,
                new Site("Riverside", UsState.CA, null, null),
                ProgramSetting.COUNTY,
                null,
                new ProgramPolicy(false, false, null, null, null),
                null,
                new Provenance("test", false, null),
                ProgramStats.NONE);
        ProgramChance chance = assess(ProfileBuilder.nonUsImg().build(), noVisa);
        assertThat(chance.excludedBecause()).isEqualTo("does not sponsor J-1 visas");
        assertThat(chance.outcome(Signal.GOLD).success()).isZero();
        assertThat(assess(ProfileBuilder.usMd().build(), noVisa).excluded()).isFalse();
    }

    @Test
    void aProgramWithAGraduationLimitExcludesOlderGraduates() {
        Program limit = new Program(
                "yog",
                null,
                Specialty.FAMILY_MEDICINE,
                "YOG",
                null,
                new Site("Riverside", UsState.CA, null, null),
                null,
                null,
                new ProgramPolicy(null, null, 4, null, null),
                null,
                new Provenance("test", false, null),
                ProgramStats.NONE);
        ProfileBuilder old = ProfileBuilder.usMd();
        old.graduationYear = 2020;
        old.specialty = Specialty.FAMILY_MEDICINE;
        assertThat(assess(old.build(), limit).excludedBecause())
                .isEqualTo("takes graduates of at most 4 years; you graduated 6 years before");
        old.graduationYear = 2022;
        assertThat(assess(old.build(), limit).excluded()).isFalse();
    }

    @Test
    void aPublishedMinimumScoreExcludesLowerScores() {
        Program minimum = new Program(
                "min",
                null,
                Specialty.FAMILY_MEDICINE,
                "Min",
                null,
                new Site("Riverside", UsState.CA, null, null),
                null,
                null,
                new ProgramPolicy(null, null, null, 211, null),
                null,
                new Provenance("test", false, null),
                ProgramStats.NONE);
        ProfileBuilder low = ProfileBuilder.usMd();
        low.step2ck = ScoredExam.passed(ExamScale.STEP2_CK, 205);
        assertThat(assess(low.build(), minimum).excludedBecause())
                .isEqualTo("publishes a minimum Step 2 CK of 211; yours is 205");
    }

    @Test
    void aFirstAttemptOnlyProgramExcludesApplicantsWithAFailure() {
        Program strict = new Program(
                "strict",
                null,
                Specialty.INTERNAL_MEDICINE,
                "Strict",
                null,
                new Site("Fresno", UsState.CA, null, null),
                null,
                null,
                new ProgramPolicy(null, null, null, null, true),
                null,
                new Provenance("test", false, null),
                ProgramStats.NONE);
        ProfileBuilder failed = ProfileBuilder.usMd();
        failed.step1 = new PassFailExam(ExamOutcome.FAIL_THEN_PASS, 2);
        failed.redFlags = new RedFlags(1, false, false, false);
        assertThat(assess(failed.build(), strict).excludedBecause())
                .isEqualTo("takes only applicants who passed every exam at the first attempt");
        assertThat(assess(ProfileBuilder.usMd().build(), strict).excluded()).isFalse();
    }

    @Test
    void aProgramOfAnotherSpecialtyIsExcluded() {
        ProgramChance chance = Models.MODEL
                .forApplicant(new Applicant(ProfileBuilder.usMd().build(), null), Specialty.PEDIATRICS)
                .assess(Candidate.of(imCounty));
        assertThat(chance.excludedBecause()).isEqualTo("the program is Internal Medicine, not Pediatrics");
    }

    @Test
    void aSignalMultipliesInterviewOddsByAboutThePublishedOddsRatio() {
        Program average = program("avg", Specialty.INTERNAL_MEDICINE, UsState.OH, null);
        Profile p = TypicalApplicant.of(ApplicantType.US_MD).profile(2026, 249);
        assertThat(Models.interviewOddsRatio(p, p, average, Signal.GOLD)).isCloseTo(3.2, within(0.25 * 3.2));
        Program em = program("em", Specialty.EMERGENCY_MEDICINE, UsState.OH, null);
        assertThat(Models.interviewOddsRatio(p, p, em, Signal.PLAIN)).isCloseTo(4.0, within(0.25 * 4.0));
        Program peds = program("peds", Specialty.PEDIATRICS, UsState.OH, null);
        assertThat(Models.interviewOddsRatio(p, p, peds, Signal.PLAIN)).isCloseTo(2.71, within(0.25 * 2.71));
    }

    @Test
    void inStateAndAlignedPreferenceRaiseInterviewOddsLessThanAGoldSignal() {
        Program ohio = program("oh", Specialty.INTERNAL_MEDICINE, UsState.OH, null);
        ProfileBuilder base = ProfileBuilder.usMd();
        base.school = School.inState(UsState.TX);
        ProfileBuilder inState = ProfileBuilder.usMd();
        inState.school = School.inState(UsState.OH);
        ProfileBuilder aligned = ProfileBuilder.usMd();
        aligned.school = School.inState(UsState.TX);
        aligned.preferences = new Preferences(
                List.of(), List.of(CensusDivision.EAST_NORTH_CENTRAL), List.of(), null, List.of(), List.of());
        double gold = Models.interviewOddsRatio(base.build(), base.build(), ohio, Signal.GOLD);
        double state = Models.interviewOddsRatio(inState.build(), base.build(), ohio, Signal.NONE);
        double preference = Models.interviewOddsRatio(aligned.build(), base.build(), ohio, Signal.NONE);
        assertThat(gold).isGreaterThan(state);
        assertThat(state).isGreaterThan(preference);
        assertThat(preference).isGreaterThan(1.5);
    }

    @Test
    void overlappingGeographicTiesAreNotSimplyAdded() {
        Program ohio = program("oh", Specialty.INTERNAL_MEDICINE, UsState.OH, null);
        ProfileBuilder both = ProfileBuilder.usMd();
        both.school = School.inState(UsState.OH);
        both.preferences = new Preferences(
                List.of(), List.of(CensusDivision.EAST_NORTH_CENTRAL), List.of(), null, List.of(), List.of());
        List<Factor> factors = assess(both.build(), ohio).factors();
        Factor preference = factors.stream()
                .filter(f -> f.key().equals("geo-preference"))
                .findFirst()
                .orElseThrow();
        double k = Models.PARAMETERS.conditionalScale();
        assertThat(preference.interview())
                .isCloseTo(
                        k * Models.PARAMETERS.get(Parameter.GEO_ALIGNED) * Models.PARAMETERS.get(Parameter.GEO_OVERLAP),
                        within(1e-9));
        assertThat(preference.sentence()).contains("(overlaps with in your home state");
    }

    @Test
    void aComlexScoreIsReadOnTheStep2Scale() {
        ProfileBuilder dO = ProfileBuilder.usMd();
        dO.type = ApplicantType.US_DO;
        dO.step2ck = null;
        dO.comlex2 = ScoredExam.passed(ExamScale.COMLEX2, 560);
        Factor step2 = assess(dO.build(), imCounty).factors().stream()
                .filter(f -> f.key().equals("step2"))
                .findFirst()
                .orElseThrow();
        assertThat(step2.sentence()).startsWith("COMLEX Level 2-CE 560 (≈ Step 2 CK 251)");
    }

    @Test
    void aPendingStep2IsAFactorOfItsOwn() {
        ProfileBuilder pending = ProfileBuilder.usMd();
        pending.step2ck = ScoredExam.pending(ExamScale.STEP2_CK);
        assertThat(assess(pending.build(), imCounty).factors())
                .extracting(Factor::sentence)
                .contains("Step 2 CK pending: programs screen without it");
    }

    @Test
    void regionsTiesAndRotationsAppearAsFactors() {
        ProfileBuilder b = ProfileBuilder.usMd();
        b.ties = new Ties(UsState.CA, List.of(), List.of(), List.of("Greater Los Angeles"));
        b.awayRotations = List.of("county-im");
        ProgramChance chance = Models.MODEL
                .forApplicant(new Applicant(b.build(), null), Specialty.INTERNAL_MEDICINE)
                .assess(new Candidate(imCounty, Set.of("Greater Los Angeles"), null));
        assertThat(chance.factors()).extracting(Factor::key).contains("region-tie", "away-rotation", "in-state");
    }
}
