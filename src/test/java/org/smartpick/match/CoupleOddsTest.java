package org.smartpick.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.engine.chance.ProgramChance;
import org.smartpick.engine.chance.TypicalApplicant;
import org.smartpick.engine.profile.Applicant;
import org.smartpick.engine.season.Candidate;
import org.smartpick.reference.ModelParameterFile;
import org.smartpick.reference.ReferenceData;

class CoupleOddsTest {
    private final ChanceModel model = new ChanceModel(ModelParameterFile.bundled(), ReferenceData.latest());

    private List<ProgramChance> programs(Specialty specialty, int k) {
        var profile = TypicalApplicant.of(ApplicantType.US_MD).profile(2026, 250);
        var chances = model.forApplicant(new Applicant(profile, null), specialty);
        return TypicalApplicant.averagePrograms(specialty, k).stream()
                .map(c -> chances.assess(new Candidate(c.program(), Set.of(), 0.0)))
                .toList();
    }

    @Test
    void aCoupleMatchesLessOftenTogetherThanEachAloneAndTheSeedReproduces() {
        List<ProgramChance> im = programs(Specialty.INTERNAL_MEDICINE, 4);
        List<ProgramChance> peds = programs(Specialty.PEDIATRICS, 4);
        List<CoupleOdds.Pair> pairs = List.of(
                new CoupleOdds.Pair(im.get(0), peds.get(0)),
                new CoupleOdds.Pair(im.get(1), peds.get(1)),
                new CoupleOdds.Pair(im.get(2), peds.get(2)),
                new CoupleOdds.Pair(im.get(3), null));
        CoupleOdds odds = new CoupleOdds(model.latentSd());
        CoupleOdds.Result r = odds.of(pairs, (a, b) -> true, 20_000, new Random(7));
        assertThat(r.bothMatch()).isLessThan(r.firstMatches());
        assertThat(r.firstMatches()).isLessThanOrEqualTo(r.someoneMatches());
        assertThat(r.sameRegion()).isEqualTo(r.bothMatch());
        assertThat(r.pairChances().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(r.someoneMatches(), within(1e-9));
        assertThat(odds.of(pairs, (a, b) -> true, 20_000, new Random(7))).isEqualTo(r);
    }

    @Test
    void aSinglePairIsTheProductOfTheTwoMembersChances() {
        ProgramChance a = programs(Specialty.INTERNAL_MEDICINE, 1).get(0);
        ProgramChance b = programs(Specialty.FAMILY_MEDICINE, 1).get(0);
        double pa = new RankListOdds(model.latent(), model.latentSd())
                .of(List.of(a))
                .pMatch();
        double pb = new RankListOdds(model.latent(), model.latentSd())
                .of(List.of(b))
                .pMatch();
        CoupleOdds.Result r = new CoupleOdds(model.latentSd())
                .of(List.of(new CoupleOdds.Pair(a, b)), (x, y) -> false, 200_000, new Random(11));
        assertThat(r.bothMatch()).isCloseTo(pa * pb, within(0.01));
        assertThat(r.sameRegion()).isZero();
    }

    @Test
    void theSimulationStopsWhenAskedAndOnlyThen() {
        ProgramChance a = programs(Specialty.INTERNAL_MEDICINE, 1).get(0);
        List<CoupleOdds.Pair> pairs = List.of(new CoupleOdds.Pair(a, null));
        CoupleOdds odds = new CoupleOdds(model.latentSd());
        int[] looks = {0};
        Assertions.assertThatThrownBy(
                        () -> odds.of(pairs, (x, y) -> false, 100_000, new Random(1), () -> ++looks[0] > 3))
                .isInstanceOf(CancellationException.class)
                .hasMessageContaining("stopped after " + 3 * CoupleOdds.DRAWS_PER_LOOK + " of 100000");
        assertThat(odds.of(pairs, (x, y) -> false, 5_000, new Random(1), () -> false))
                .isEqualTo(odds.of(pairs, (x, y) -> false, 5_000, new Random(1)));
    }
}
