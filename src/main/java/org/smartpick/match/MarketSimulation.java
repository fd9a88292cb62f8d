package org.smartpick.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.chance.ModelParameters;
import org.smartpick.engine.season.Candidate;
import org.smartpick.engine.season.SeasonFacts;

/**
 * A synthetic national market played through one season: applicants drawn from the published type mix and score
 * distributions apply to the catalog's programs, programs offer interviews within their capacity, both sides rank,
 * and the Match runs (docs/model.md, "Market simulation"). Seeded: the same seed, catalog and policy give the same
 * season, and a policy run draws the same people as the run without it.
 */
public final class MarketSimulation {
    private final MarketFigures figures;
    private final ModelParameters parameters;
    private final SeasonFacts season;

    public MarketSimulation(MarketFigures figures, ModelParameters parameters, SeasonFacts season) {
        this.figures = figures;
        this.parameters = parameters;
        this.season = season;
    }

    /** The number of applicants that makes the catalog's market as tight as the national one. */
    public int applicantsFor(List<Candidate> catalog) {
        return applicantsForPositions(catalog.stream()
                .filter(MarketPopulation::takesPart)
                .mapToLong(c -> c.program().pgy1Positions())
                .sum());
    }

    /** The applicants a season is played with for this many PGY-1 positions. */
    public int applicantsForPositions(long positions) {
        return (int) Math.round(positions * figures.applicantsPerPosition().value());
    }

    /**
     * Plays one season.
     *
     * @param demand applicants per specialty as published (only the proportions matter); empty: in proportion to
     *               the catalog's positions
     */
    public MarketOutcome run(
            List<Candidate> catalog, int applicants, Map<Specialty, Double> demand, MarketPolicy policy, long seed) {
        Played played = play(catalog, applicants, demand, policy, seed);
        return MarketOutcome.tally(played.pop(), played.interviews(), played.result(), policy, seed);
    }

    /**
     * Each program's cutoff in each of {@code seasons} seasons (seeds {@code seed}, {@code seed + 1} …): the score,
     * on the programs' match-stage scale, of the last applicant it matched, −∞ where it had room left. An applicant
     * added to such a market matches the first program on their list whose cutoff they beat.
     */
    public MarketCutoffs cutoffs(List<Candidate> catalog, int applicants, int seasons, long seed) {
        if (seasons < 1) {
            throw new IllegalArgumentException("seasons must be at least 1");
        }
        List<Map<String, Double>> out = new ArrayList<>();
        for (int s = 0; s < seasons; s++) {
            Played played = play(catalog, applicants, Map.of(), MarketPolicy.NONE, seed + s);
            out.add(played.ranked().cutoffs(played.result()));
        }
        return new MarketCutoffs(out, applicants);
    }

    private record Played(
            MarketPopulation pop,
            InterviewMarket interviews,
            SeasonRankLists.RankedSeason ranked,
            MatchResult result) {}

    private Played play(
            List<Candidate> catalog, int applicants, Map<Specialty, Double> demand, MarketPolicy policy, long seed) {
        if (applicants < 1) {
            throw new IllegalArgumentException("applicants must be at least 1");
        }
        // SplittableRandom: java.util.Random's atomic update was a tenth of a national season
        RandomGenerator random = new SplittableRandom(seed);
        MarketPopulation pop = MarketPopulation.draw(catalog, applicants, demand, figures, parameters, random);
        Applications apps = new Applications(pop, figures, parameters, season, policy, random);
        int[] slots = new int[pop.programs.size()];
        for (int j = 0; j < slots.length; j++) {
            slots[j] = (int) Math.max(
                    1,
                    Math.round(pop.capacity[j] * figures.interviewsPerPosition().value()));
        }
        InterviewMarket interviews = InterviewMarket.run(apps, applicants, slots.length, slots, (int)
                Math.round(figures.interviewsAttended().value()));
        SeasonRankLists.RankedSeason ranked = SeasonRankLists.rank(pop, apps, interviews, random);
        return new Played(pop, interviews, ranked, new Matcher().run(ranked.instance(), false));
    }
}
