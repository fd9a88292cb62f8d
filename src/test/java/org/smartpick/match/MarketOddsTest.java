package org.smartpick.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Signal;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.engine.chance.ProgramChance;
import org.smartpick.engine.chance.TypicalApplicant;
import org.smartpick.engine.profile.Applicant;
import org.smartpick.engine.season.Candidate;
import org.smartpick.reference.MarketData;
import org.smartpick.reference.ModelParameterFile;
import org.smartpick.reference.ReferenceData;

class MarketOddsTest {
    private final ChanceModel model = new ChanceModel(ModelParameterFile.bundled(), ReferenceData.latest());
    private final MarketOdds odds = new MarketOdds(model.parameters());

    private List<ProgramChance> ranks(int k) {
        var profile = TypicalApplicant.of(ApplicantType.US_MD).profile(2026, 240);
        var chances = model.forApplicant(new Applicant(profile, null), Specialty.INTERNAL_MEDICINE);
        List<ProgramChance> out = new ArrayList<>();
        for (Candidate c : TypicalApplicant.averagePrograms(Specialty.INTERNAL_MEDICINE, k)) {
            out.add(chances.assess(new Candidate(c.program(), Set.of(), 0.0)));
        }
        return out;
    }

    private static MarketCutoffs cutoffs(List<ProgramChance> list, double... values) {
        Map<String, Double> season = new HashMap<>();
        for (int k = 0; k < values.length; k++) {
            season.put(list.get(k).program().id(), values[k]);
        }
        return new MarketCutoffs(List.of(season), 100);
    }

    @Test
    void aProgramWithRoomLeftTakesTheApplicantAndAFullOneAboveEveryoneDoesNot() {
        List<ProgramChance> list = ranks(3);
        MarketOdds.Result open = odds.of(
                list,
                cutoffs(list, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY),
                2000,
                new Random(1));
        assertThat(open.steps().get(0).matchHere()).isZero();
        assertThat(open.steps().get(1).matchHere()).isEqualTo(1.0);
        assertThat(open.pMatch()).isEqualTo(1.0);
        MarketOdds.Result closed = odds.of(
                list,
                cutoffs(list, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY),
                2000,
                new Random(1));
        assertThat(closed.pMatch()).isZero();
        assertThat(closed.steps()).allSatisfy(s -> assertThat(s.inMarket()).isTrue());
    }

    @Test
    void theChanceAtACutoffIsTheLogisticOfTheScoreAboveIt() {
        List<ProgramChance> list = ranks(1);
        ProgramChance c = list.get(0);
        double score =
                c.matchLogOdds(Signal.NONE, 0, 0) - model.parameters().matchIntercept(Specialty.INTERNAL_MEDICINE);
        MarketOdds.Result r = odds.of(list, cutoffs(list, score), 200_000, new Random(2));
        // at the cutoff, strength and noise are symmetric about zero: one in two
        assertThat(r.pMatch()).isCloseTo(0.5, within(0.01));
        assertThat(r.standardError()).isCloseTo(Math.sqrt(0.25 / 200_000), within(1e-4));
    }

    @Test
    void aProgramOutsideTheMarketTakesTheApplicantWithTheModelsChance() {
        List<ProgramChance> list = ranks(1);
        MarketOdds.Result r = odds.of(list, new MarketCutoffs(List.of(Map.of()), 0), 100_000, new Random(3));
        double model = new RankListOdds(this.model.latent(), this.model.latentSd())
                .of(list)
                .pMatch();
        assertThat(r.pMatch()).isCloseTo(model, within(0.01));
        assertThat(r.steps().get(0).inMarket()).isFalse();
    }

    @Test
    void cutoffsComeFromSimulatedSeasonsOfTheCatalog() {
        var simulation = new MarketSimulation(MarketData.season(2026), model.parameters(), model.season());
        MarketCutoffs c = simulation.cutoffs(MarketSimulationTest.catalog(), 500, 2, 9);
        assertThat(c.size()).isEqualTo(2);
        assertThat(c.competitors()).isEqualTo(500);
        assertThat(c.cutoff(0, "p0")).isPresent();
        assertThat(c.cutoff(0, "no-such-program")).isEmpty();
        long full =
                c.seasons().get(0).values().stream().filter(Double::isFinite).count();
        assertThat(full).isPositive();
        assertThat(c.seasons().get(0)).isNotEqualTo(c.seasons().get(1));
    }
}
