package org.smartpick.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.smartpick.catalog.ModelInputs;
import org.smartpick.catalog.ProgramCatalog;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.engine.chance.ProgramChance;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.season.Candidate;
import org.smartpick.engine.season.Program;
import org.smartpick.match.CoupleOdds;
import org.smartpick.profile.JsonFields;

/**
 * A couple's rank list of pairs and its odds — both match, both in one region, each member — shared by
 * {@code match odds --partner} and {@code POST /api/match/couple-odds} (docs/api.md).
 */
public record CoupleOddsReport(CoupleOdds.Result result, List<CoupleOdds.Pair> pairs, long seed) {
    public CoupleOddsReport {
        pairs = List.copyOf(pairs);
    }

    /** The least and most simulated draws allowed (the API and the CLI alike). */
    public static final int MIN_DRAWS = 100;

    public static final int MAX_DRAWS = 200_000;
    /**
     * The most pairs × simulated draws one request may ask: about 1 µs each on the 2-core machine with ten pairs
     * (10 × 200,000 took 2.0 s on a warm server, 3.9 s on a cold one), so about a second of CPU at most warm and
     * two cold (docs/api.md, limits).
     */
    public static final long MAX_PAIR_DRAWS = 1_000_000;

    /** The problem with a request's pairs × draws, if it asks for more than {@link #MAX_PAIR_DRAWS}. */
    public static Optional<String> costProblem(int pairs, int draws) {
        if (pairs == 0 || (long) pairs * draws <= MAX_PAIR_DRAWS) {
            return Optional.empty();
        }
        return Optional.of(String.format(
                Locale.ROOT,
                "pairs × draws must be at most %,d: with" + " %d pairs, at most %,d draws",
                MAX_PAIR_DRAWS,
                pairs,
                MAX_PAIR_DRAWS / pairs));
    }

    /**
     * The catalog programs of each pair of the document's {@code "pairs": [[first's id or null, second's id or
     * null], …]} (at most {@link RankListReport#MAX_RANKS}, the NRMP's limit for a couple's lists too); each problem
     * is added with its JSON pointer.
     */
    public static List<Program[]> pairs(JsonFields doc, ProgramCatalog catalog) {
        boolean given =
                doc.field("pairs", false).map(v -> v.isArray() && !v.isEmpty()).orElse(false);
        if (!given) {
            doc.problem("pairs", "is required: a list of [program id or null, program id or null]");
            return List.of();
        }
        return doc.list("pairs", RankListReport.MAX_RANKS, e -> pair(e, catalog));
    }

    private static Program[] pair(JsonFields.Element e, ProgramCatalog catalog) {
        List<JsonFields.Element> ids = e.elements();
        if (ids == null || ids.size() != 2 || (ids.get(0).isNull() && ids.get(1).isNull())) {
            e.problem("must be [program, program] with at most one null");
            return null;
        }
        Program[] pair = new Program[2];
        boolean known = true;
        for (int i = 0; i < 2; i++) {
            JsonFields.Element id = ids.get(i);
            if (!id.isNull()) {
                String text = id.text(CatalogIds.MAX_LENGTH);
                pair[i] = text == null ? null : CatalogIds.program(id, text, catalog);
                known &= pair[i] != null;
            }
        }
        return known ? pair : null;
    }

    /**
     * Simulates {@code draws} draws of the pairs with the seed, stopping when {@code stop} says so (the asker has
     * gone; the command line never stops).
     *
     * @throws java.util.concurrent.CancellationException then
     */
    public static CoupleOddsReport of(
            Geography geography,
            ChanceModel model,
            Profile first,
            Profile second,
            List<Program[]> pairs,
            int draws,
            long seed,
            BooleanSupplier stop) {
        if (draws < MIN_DRAWS || draws > MAX_DRAWS) {
            throw new IllegalArgumentException(
                    "draws must be between " + MIN_DRAWS + " and " + MAX_DRAWS + ", got " + draws);
        }
        ModelInputs inputs = new ModelInputs(geography);
        Map<String, ProgramChance> assessed = new HashMap<>();
        Map<ProgramChance, Candidate> candidates = new HashMap<>();
        List<CoupleOdds.Pair> out = new ArrayList<>();
        for (Program[] pair : pairs) {
            out.add(new CoupleOdds.Pair(
                    chance(inputs, model, first, "1:", pair[0], assessed, candidates),
                    chance(inputs, model, second, "2:", pair[1], assessed, candidates)));
        }
        CoupleOdds.Result result = new CoupleOdds(model.latentSd())
                .of(out, (a, b) -> sameRegion(candidates.get(a), candidates.get(b)), draws, new Random(seed), stop);
        return new CoupleOddsReport(result, out, seed);
    }

    /** A program listed in several pairs is one draw per season for that member: one verdict per member. */
    private static ProgramChance chance(
            ModelInputs inputs,
            ChanceModel model,
            Profile member,
            String key,
            Program program,
            Map<String, ProgramChance> assessed,
            Map<ProgramChance, Candidate> candidates) {
        if (program == null) {
            return null;
        }
        return assessed.computeIfAbsent(key + program.id(), k -> {
            Candidate candidate = inputs.candidate(program);
            ProgramChance c = model.forApplicant(inputs.applicant(member), program.specialty())
                    .assess(candidate);
            candidates.put(c, candidate);
            return c;
        });
    }

    /** Two programs share a named region, or a state when neither has one. */
    private static boolean sameRegion(Candidate a, Candidate b) {
        if (a.regions().isEmpty() && b.regions().isEmpty()) {
            return a.program().state() == b.program().state();
        }
        return a.regions().stream().anyMatch(b.regions()::contains);
    }

    /** As {@code match odds --partner --format json} and the API. */
    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("bothMatch", result.bothMatch());
        json.put("bothMatchSameRegion", result.sameRegion());
        json.put("firstMatches", result.firstMatches());
        json.put("secondMatches", result.secondMatches());
        json.put("someoneMatches", result.someoneMatches());
        json.put("pairChances", result.pairChances());
        List<Map<String, Object>> list = new ArrayList<>();
        for (int k = 0; k < pairs.size(); k++) {
            Map<String, Object> pair = new LinkedHashMap<>();
            pair.put("rank", k + 1);
            pair.put("first", name(pairs.get(k).first()));
            pair.put("second", name(pairs.get(k).second()));
            pair.put("chance", result.pairChances().get(k));
            list.add(pair);
        }
        json.put("pairs", list);
        json.put("draws", result.draws());
        json.put("seed", seed);
        return json;
    }

    private static Map<String, Object> name(ProgramChance c) {
        if (c == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", c.program().id());
        out.put("name", c.program().name());
        return out;
    }
}
