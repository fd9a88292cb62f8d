package org.smartpick.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.smartpick.catalog.ModelInputs;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.engine.chance.ProgramChance;
import org.smartpick.engine.profile.Applicant;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.season.Candidate;
import org.smartpick.engine.season.Program;
import org.smartpick.match.MarketCutoffs;
import org.smartpick.match.MarketFigures;
import org.smartpick.match.MarketOdds;
import org.smartpick.match.MarketSimulation;

/**
 * A rank list's odds against competitors: seasons of the market of the list's specialties are simulated on the
 * catalog (docs/model.md §7), and the applicant is added to each (docs/api.md, {@code match odds --market}).
 */
public record MarketOddsReport(MarketOdds.Result result) {

    /** What to simulate: seasons of the market, draws of the applicant over them, and the seed. */
    public record Settings(int seasons, int draws, long seed) {
        /** Each season is a simulated season of the specialty (about 1 s for Internal Medicine nationally). */
        public static final int MAX_SEASONS = 10;
        /** Draws of the applicant over the seasons: 200,000 × 10 seasons is well under a second. */
        public static final int MIN_DRAWS = 100;

        public static final int MAX_DRAWS = 200_000;

        public Settings {
            if (seasons < 1 || seasons > MAX_SEASONS) {
                throw new IllegalArgumentException(
                        "market seasons must be between 1 and " + MAX_SEASONS + ", got " + seasons);
            }
            if (draws < MIN_DRAWS || draws > MAX_DRAWS) {
                throw new IllegalArgumentException(
                        "draws must be between " + MIN_DRAWS + " and " + MAX_DRAWS + ", got " + draws);
            }
        }
    }

    /**
     * The market's seasons are the catalog's, not a request's: season s is always played with this seed + s, so
     * the first n seasons of a market are the same for everyone and can be made once and shared (the applicant's
     * own draws take the request's seed).
     */
    public static final long MARKET_SEED = 2026;

    /**
     * Simulated seasons 0 … seasons − 1 of the market of the given specialties on the catalog: each program's
     * cutoffs.
     *
     * @throws IllegalArgumentException when the catalog gives no positions for those specialties (the starter
     *                                  catalog gives none)
     */
    public static MarketCutoffs market(
            ChanceModel model,
            MarketFigures figures,
            Set<Specialty> specialties,
            List<Candidate> catalog,
            int seasons) {
        return seasons(model, figures, specialties, catalog, 0, seasons);
    }

    /** Seasons {@code from} … {@code from + count − 1} of the market (see {@link #MARKET_SEED}). */
    public static MarketCutoffs seasons(
            ChanceModel model,
            MarketFigures figures,
            Set<Specialty> specialties,
            List<Candidate> catalog,
            int from,
            int count) {
        List<Candidate> market = catalog.stream()
                .filter(c -> specialties.contains(c.program().specialty()))
                .toList();
        MarketSimulation simulation = new MarketSimulation(figures, model.parameters(), model.season());
        int competitors = simulation.applicantsFor(market);
        if (competitors < 1) {
            throw new IllegalArgumentException(noPositions(specialties));
        }
        return simulation.cutoffs(market, competitors, count, MARKET_SEED + from);
    }

    /** The number of competitors a season of the market holds; 0 when the catalog gives it no positions. */
    public static int competitors(
            ChanceModel model, MarketFigures figures, Set<Specialty> specialties, List<Program> catalog) {
        long positions = catalog.stream()
                .filter(p -> specialties.contains(p.specialty()))
                .filter(p -> p.pgy1Positions() != null && p.pgy1Positions() > 0)
                .mapToLong(Program::pgy1Positions)
                .sum();
        return new MarketSimulation(figures, model.parameters(), model.season()).applicantsForPositions(positions);
    }

    /** Why a market cannot be simulated on a catalog without positions for its specialties. */
    public static String noPositions(Set<Specialty> specialties) {
        return "the catalog gives no number of PGY-1 positions for "
                + specialties.stream().map(Specialty::label).sorted().collect(Collectors.joining(", "))
                + " (the bundled starter catalog gives none): import the national catalog (docs/data.md)";
    }

    /** The specialties of a rank list: the market it is played in. */
    public static Set<Specialty> specialties(List<Program> ranked) {
        return ranked.stream().map(Program::specialty).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The applicant added to those seasons: {@code draws} draws with the seed. */
    public static MarketOddsReport of(
            Geography geography,
            ChanceModel model,
            Profile profile,
            List<Program> ranked,
            MarketCutoffs cutoffs,
            int draws,
            long seed) {
        ModelInputs inputs = new ModelInputs(geography);
        Applicant applicant = inputs.applicant(profile);
        List<ProgramChance> chances = ranked.stream()
                .map(p -> model.forApplicant(applicant, p.specialty()).assess(inputs.candidate(p)))
                .toList();
        return new MarketOddsReport(new MarketOdds(model.parameters()).of(chances, cutoffs, draws, new Random(seed)));
    }

    public Map<String, Object> json() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("pMatch", result.pMatch());
        doc.put("standardError", result.standardError());
        doc.put("seasons", result.seasons());
        doc.put("competitors", result.competitors());
        doc.put("draws", result.draws());
        List<Map<String, Object>> steps = new ArrayList<>();
        for (MarketOdds.Step s : result.steps()) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("rank", s.rank());
            step.put("id", s.chance().program().id());
            step.put("matchHere", s.matchHere());
            step.put("matchedByHere", s.matchedByHere());
            step.put("inMarket", s.inMarket());
            steps.add(step);
        }
        doc.put("ranks", steps);
        return doc;
    }
}
