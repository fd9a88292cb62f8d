package org.smartpick.engine.chance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.ProgramSetting;
import org.smartpick.engine.Signal;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.profile.Applicant;
import org.smartpick.engine.profile.Experience;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.season.Candidate;
import org.smartpick.engine.season.InterviewRates;
import org.smartpick.engine.season.MatchedProfile;
import org.smartpick.engine.season.Program;
import org.smartpick.engine.season.ProgramBaseline;
import org.smartpick.engine.season.ProgramStats;
import org.smartpick.engine.season.SpecialtyEvidence;

/** Model v2 at one program whose published rates are known (docs/model.md §7). */
class ObservedChanceTest {
    private static final InterviewRates RATES =
            new InterviewRates(2024, 0.32, 0.20, 0.05, 0.02, 0.45, 0.12, 0.10, null, 0.58, 0.35);
    private static final SpecialtyEvidence EVIDENCE = new SpecialtyEvidence(
            Specialty.INTERNAL_MEDICINE,
            100,
            1.2,
            0.5,
            Map.of(Signal.GOLD, Math.log(3.2), Signal.SILVER, Math.log(3.2) / 2),
            0.25,
            Map.of(ApplicantType.US_MD, 0.25, ApplicantType.US_IMG, 0.125),
            Map.of(Signal.GOLD, 0.2, Signal.SILVER, 0.8),
            null,
            "test");

    private static Candidate candidate(UsState state) {
        Map<ApplicantType, Double> level = new EnumMap<>(ApplicantType.class);
        Map<ApplicantType, Double> reference = new EnumMap<>(ApplicantType.class);
        for (ApplicantType t : new ApplicantType[] {ApplicantType.US_MD, ApplicantType.US_IMG}) {
            double b = Math.log(RATES.of(t).getAsDouble() / (1 - RATES.of(t).getAsDouble()));
            level.put(t, b);
            reference.put(t, EVIDENCE.reference(t, b));
        }
        Program p = Models.program("observed-im", Specialty.INTERNAL_MEDICINE, state, ProgramSetting.COMMUNITY)
                .withStats(ProgramStats.NONE.withInterviewRates(RATES));
        return Candidate.of(p)
                .withBaseline(new ProgramBaseline(
                        level,
                        reference,
                        Set.of(ApplicantType.US_MD, ApplicantType.US_IMG),
                        RATES,
                        EVIDENCE.homeContrast(),
                        null,
                        EVIDENCE));
    }

    private static ProgramChance typical(ApplicantType type, UsState school, Candidate c) {
        TypicalApplicant t = TypicalApplicant.of(type);
        int score = (int) Math.round(t.scoreIn(254));
        Applicant a = new Applicant(t.profile(2026, score, school), null);
        return Models.MODEL.forApplicant(a, Specialty.INTERNAL_MEDICINE).assess(c);
    }

    @Test
    void theTypicalApplicantsMixOfApplicationsAveragesToThePublishedRate() {
        Candidate c = candidate(UsState.OH);
        ProgramChance out = typical(ApplicantType.US_MD, UsState.TX, c);
        ProgramChance in = typical(ApplicantType.US_MD, UsState.OH, c);
        double signalled = 0.2 * out.outcome(Signal.GOLD).interview()
                + 0.8 * out.outcome(Signal.SILVER).interview();
        double signalledIn = 0.2 * in.outcome(Signal.GOLD).interview()
                + 0.8 * in.outcome(Signal.SILVER).interview();
        double average = 0.75 * (0.75 * out.outcome(Signal.NONE).interview() + 0.25 * signalled)
                + 0.25 * (0.75 * in.outcome(Signal.NONE).interview() + 0.25 * signalledIn);
        // The latent strength's average of the logistic is close to, not exactly, the published scale's logistic.
        assertThat(average).isCloseTo(0.32, within(0.02));
        assertThat(in.outcome(Signal.NONE).interview())
                .isGreaterThan(out.outcome(Signal.NONE).interview());
        assertThat(out.outcome(Signal.GOLD).interview())
                .isGreaterThan(out.outcome(Signal.SILVER).interview());
    }

    @Test
    void theReasonsStartFromWhatTheProgramPublishedAndSayTheirSizeInPoints() {
        ProgramChance in = typical(ApplicantType.US_MD, UsState.OH, candidate(UsState.OH));
        Reason level = in.reasons().stream()
                .filter(r -> r.key().equals("program-level"))
                .findFirst()
                .orElseThrow();
        assertThat(level.text())
                .isEqualTo("interviewed 32 % of US MD applicants in 2024 (58 % of those who"
                        + " signalled, 10 % of those who did not)");
        Reason home = in.reasons().stream()
                .filter(r -> r.key().equals("in-state"))
                .findFirst()
                .orElseThrow();
        assertThat(home.text())
                .contains(
                        "in-state applicants were interviewed at 45 %",
                        "raises the interview chance" + " here by about");
        assertThat(home.interviewPoints()).isPositive();
        assertThat(in.factors())
                .extracting(Factor::key)
                .doesNotContain("competitiveness", "market", "competitive-specialty", "type-fit", "size");
        Factor step2 = in.factors().stream()
                .filter(f -> f.key().equals("step2"))
                .findFirst()
                .orElseThrow();
        assertThat(step2.interview()).isCloseTo(0, within(1e-9));
        assertThat(step2.sentence()).contains("typical US MD applicant to Internal Medicine (249)");
        assertThat(in.reasons()).allSatisfy(r -> assertThat(r.text()).doesNotContainPattern("[+−-]\\d\\.\\d\\d"));
    }

    @Test
    void aCvLikeTheProgramsMatchedApplicantsIsNeitherRewardedNorPenalised() {
        Candidate plain = candidate(UsState.OH);
        ProgramBaseline b = plain.baseline();
        Candidate c = plain.withBaseline(new ProgramBaseline(
                b.typeLogOdds(),
                b.reference(),
                b.observed(),
                b.rates(),
                b.homeContrast(),
                new MatchedProfile(5.0, 9.0, 1.0),
                b.evidence()));
        TypicalApplicant t = TypicalApplicant.of(ApplicantType.US_MD);
        Profile alike = t.profile(2026, 249, UsState.TX, new Experience(5, 9, 1, true, false));
        ProgramChance chance = Models.MODEL
                .forApplicant(new Applicant(alike, null), Specialty.INTERNAL_MEDICINE)
                .assess(c);
        assertThat(chance.factors())
                .extracting(Factor::key)
                .doesNotContain("research", "publications", "honors", "aoa");
        assertThat(chance.factors())
                .filteredOn(f -> f.key().equals("cv"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.interview()).isCloseTo(0, within(1e-9));
                    assertThat(f.sentence())
                            .startsWith("your CV (5 research experience(s), 9 publication(s), 1 clerkship"
                                    + " honors, AOA membership) against what")
                            .contains("matched applicants bring (5.0 research"
                                    + " experiences, 9.0 publications, 100 % in AOA on average)");
                });
        ProgramChance ordinary = typical(ApplicantType.US_MD, UsState.TX, c);
        assertThat(ordinary.outcome(Signal.NONE).interview())
                .isLessThan(chance.outcome(Signal.NONE).interview());
    }

    @Test
    void internationalGraduatesHaveNoInStateShiftButTheirTiesCount() {
        Candidate c = candidate(UsState.OH);
        ProgramChance img = typical(ApplicantType.US_IMG, UsState.OH, c);
        assertThat(img.factors()).extracting(Factor::key).doesNotContain("in-state");
        double withoutSignal = img.outcome(Signal.NONE).interview();
        assertThat(withoutSignal).isLessThan(0.05).isGreaterThan(0.01);
    }

    @Test
    void aLowerScoreOrAFailureLowersTheChanceAndAnAwayRotationRaisesIt() {
        Candidate c = candidate(UsState.OH);
        TypicalApplicant t = TypicalApplicant.of(ApplicantType.US_MD);
        Profile typical = t.profile(2026, 249, UsState.TX);
        ProgramChance base = Models.MODEL
                .forApplicant(new Applicant(typical, null), Specialty.INTERNAL_MEDICINE)
                .assess(c);
        ProgramChance low = Models.MODEL
                .forApplicant(new Applicant(t.profile(2026, 225, UsState.TX), null), Specialty.INTERNAL_MEDICINE)
                .assess(c);
        ProgramChance away = Models.MODEL
                .forApplicant(
                        new Applicant(typical.withAwayRotations(List.of("observed-im")), null),
                        Specialty.INTERNAL_MEDICINE)
                .assess(c);
        assertThat(low.outcome(Signal.NONE).interview())
                .isLessThan(base.outcome(Signal.NONE).interview());
        assertThat(away.outcome(Signal.NONE).interview())
                .isGreaterThan(base.outcome(Signal.NONE).interview());
        assertThat(low.outcome(Signal.NONE).success())
                .isLessThan(base.outcome(Signal.NONE).success());
    }
}
