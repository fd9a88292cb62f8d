package org.smartpick.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.ProgramSetting;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.season.Candidate;
import org.smartpick.engine.season.Program;
import org.smartpick.engine.season.ProgramPolicy;
import org.smartpick.engine.season.ProgramStats;
import org.smartpick.engine.season.Provenance;
import org.smartpick.engine.season.Site;
import org.smartpick.reference.MarketData;
import org.smartpick.reference.ModelParameterFile;
import org.smartpick.reference.ReferenceData;

class MarketSimulationTest {
    private static final MarketFigures FIGURES = MarketData.season(2026);
    private final MarketSimulation simulation =
            new MarketSimulation(FIGURES, ModelParameterFile.bundled(), ReferenceData.latest());

    /** 60 programs in three specialties and four states, 4–12 positions each, a third not sponsoring J-1. */
    static List<Candidate> catalog() {
        Specialty[] specialties = {Specialty.INTERNAL_MEDICINE, Specialty.FAMILY_MEDICINE, Specialty.PSYCHIATRY};
        UsState[] states = {UsState.CA, UsState.NY, UsState.TX, UsState.OH};
        ProgramSetting[] settings = ProgramSetting.values();
        List<Candidate> out = new ArrayList<>();
        for (int j = 0; j < 60; j++) {
            Program p = new Program(
                    "p" + j,
                    null,
                    specialties[j % 3],
                    "Program " + j,
                    "Hospital " + j,
                    new Site("City", states[j % 4], null, null),
                    settings[j % settings.length],
                    4 + j % 9,
                    new ProgramPolicy(j % 3 != 0, null, null, null, null),
                    null,
                    new Provenance("test fixture", false, null),
                    ProgramStats.NONE);
            out.add(Candidate.of(p));
        }
        return out;
    }

    private MarketOutcome run(int applicants, MarketPolicy policy, long seed) {
        return simulation.run(catalog(), applicants, Map.of(), policy, seed);
    }

    @Test
    void theSameSeedPlaysTheSameSeason() {
        MarketOutcome a = run(600, MarketPolicy.NONE, 11);
        MarketOutcome b = run(600, MarketPolicy.NONE, 11);
        assertThat(a).isEqualTo(b);
        assertThat(run(600, MarketPolicy.NONE, 12)).isNotEqualTo(a);
    }

    @Test
    void theTalliesAddUpAndNoProgramIsOverfilled() {
        MarketOutcome o = run(600, MarketPolicy.NONE, 5);
        assertThat(o.status()).isEqualTo(MatchResult.Status.STABLE);
        assertThat(o.byType().values().stream()
                        .mapToInt(MarketOutcome.Tally::applicants)
                        .sum())
                .isEqualTo(600);
        assertThat(o.positions())
                .isEqualTo(catalog().stream()
                        .mapToInt(c -> c.program().pgy1Positions())
                        .sum());
        assertThat(o.matched()).isLessThanOrEqualTo(o.positions());
        o.bySpecialty().values().forEach(s -> assertThat(s.filled()).isBetween(0, s.positions()));
        assertThat(o.bySpecialty().values().stream()
                        .mapToInt(MarketOutcome.SpecialtyTally::matched)
                        .sum())
                .isEqualTo(o.matched());
        assertThat(o.couples()).isEqualTo(6);
        assertThat(o.interviewsPerApplicant()).isPositive();
        assertThat(o.rankListMatched()).isGreaterThan(o.rankListUnmatched());
    }

    @Test
    void theSimulatedMatchIsStableAndEveryoneHoldsFewerInterviewsThanTheLimit() {
        Random random = new Random(3);
        MarketPopulation pop =
                MarketPopulation.draw(catalog(), 500, Map.of(), FIGURES, ModelParameterFile.bundled(), random);
        Applications apps = new Applications(
                pop, FIGURES, ModelParameterFile.bundled(), ReferenceData.latest(), MarketPolicy.NONE, random);
        int[] slots = new int[pop.programs.size()];
        Arrays.fill(slots, 30);
        InterviewMarket interviews = InterviewMarket.run(apps, 500, slots.length, slots, 12);
        int[] offered = new int[slots.length];
        for (int i = 0; i < 500; i++) {
            assertThat(interviews.interviews(i).length).isLessThanOrEqualTo(12);
            for (int a : interviews.interviews(i)) {
                assertThat(apps.applicant[a]).isEqualTo(i);
                assertThat(apps.screened[a]).isFalse();
                offered[apps.program[a]]++;
            }
        }
        assertThat(Arrays.stream(offered).max().orElse(0)).isLessThanOrEqualTo(30);
        MatchInstance instance =
                SeasonRankLists.rank(pop, apps, interviews, random).instance();
        assertThat(instance.couples()).isNotEmpty();
        MatchResult result = new Matcher().run(instance, true);
        assertThat(result.stable()).isTrue();
    }

    @Test
    void nonUsImgsNeverApplyWhereTheJ1IsKnownNotToBeSponsored() {
        Random random = new Random(8);
        MarketPopulation pop =
                MarketPopulation.draw(catalog(), 400, Map.of(), FIGURES, ModelParameterFile.bundled(), random);
        Applications apps = new Applications(
                pop, FIGURES, ModelParameterFile.bundled(), ReferenceData.latest(), MarketPolicy.NONE, random);
        int nonUs = 0;
        for (int a = 0; a < apps.size(); a++) {
            if (pop.type[apps.applicant[a]] == ApplicantType.NON_US_IMG) {
                nonUs++;
                assertThat(pop.programs.get(apps.program[a]).policy().sponsorsJ1())
                        .isNotEqualTo(Boolean.FALSE);
            }
        }
        assertThat(nonUs).isPositive();
    }

    @Test
    void aPolicyRunDrawsTheSameApplicantsAndAnApplicationCapCutsApplications() {
        Random first = new Random(21);
        Random second = new Random(21);
        MarketPopulation a =
                MarketPopulation.draw(catalog(), 300, Map.of(), FIGURES, ModelParameterFile.bundled(), first);
        MarketPopulation b =
                MarketPopulation.draw(catalog(), 300, Map.of(), FIGURES, ModelParameterFile.bundled(), second);
        assertThat(b.step2).containsExactly(a.step2);
        Applications capped = new Applications(
                b, FIGURES, ModelParameterFile.bundled(), ReferenceData.latest(), new MarketPolicy(5, 0, 0), second);
        for (int i = 0; i < 300; i++) {
            assertThat(capped.start[i + 1] - capped.start[i]).isLessThanOrEqualTo(5);
        }
        MarketOutcome base = run(600, MarketPolicy.NONE, 21);
        MarketOutcome withCap = run(600, new MarketPolicy(5, 0, 0), 21);
        assertThat(withCap.byType())
                .allSatisfy((type, tally) -> assertThat(tally.applicants())
                        .isEqualTo(base.byType().get(type).applicants()));
        assertThat(withCap.interviewsPerApplicant()).isLessThan(base.interviewsPerApplicant());
    }

    @Test
    void demandSendsApplicantsToTheSpecialtiesInItsProportions() {
        MarketOutcome o = simulation.run(
                catalog(),
                2000,
                Map.of(Specialty.INTERNAL_MEDICINE, 3.0, Specialty.FAMILY_MEDICINE, 1.0),
                MarketPolicy.NONE,
                4);
        assertThat(o.bySpecialty().get(Specialty.PSYCHIATRY).applicants()).isZero();
        assertThat(o.bySpecialty().get(Specialty.INTERNAL_MEDICINE).applicants())
                .isBetween(1400, 1600);
    }

    @Test
    void aCatalogWithoutPositionsCannotBeSimulated() {
        List<Candidate> none = catalog().stream()
                .map(c -> Candidate.of(new Program(
                        c.program().id(),
                        null,
                        c.program().specialty(),
                        "P",
                        "I",
                        new Site("C", UsState.CA, null, null),
                        null,
                        null,
                        null,
                        null,
                        new Provenance("s", false, null),
                        ProgramStats.NONE)))
                .toList();
        assertThatThrownBy(() -> simulation.run(none, 10, Map.of(), MarketPolicy.NONE, 1))
                .hasMessageContaining("PGY-1 positions");
        assertThat(simulation.applicantsFor(catalog()))
                .isEqualTo(Math.round(catalog().stream()
                                .mapToInt(c -> c.program().pgy1Positions())
                                .sum()
                        * FIGURES.applicantsPerPosition().value()));
    }
}
